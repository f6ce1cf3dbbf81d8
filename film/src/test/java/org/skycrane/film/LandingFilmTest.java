package org.skycrane.film;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.skycrane.earth.EarthTimeline;
import org.skycrane.earth.EarthView;
import org.skycrane.earth.TimedEvent;
import org.skycrane.film.flight.Footage;
import org.skycrane.film.scene.FlightScene;
import org.skycrane.flight.EdlEvent;
import org.skycrane.render.audio.AudioClip;
import org.skycrane.render.audio.ClipLocator;
import org.skycrane.render.audio.Speech;
import org.skycrane.render.gl.Renderer;
import org.skycrane.render.video.Mp4Reader;
import org.skycrane.render.video.Mp4Writer;
import org.skycrane.sim.EventRecord;

/**
 * The composed film of the last 32 s of the Mars 2020 landing (sky crane to touchdown and the
 * flyaway), small and at 10 frames/s: its frames, sound track, call-outs and playability.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LandingFilmTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    LandingFilm.Output film;
    LandingFilm.Options options;

    /** The Earth view of a flight, direct-to-Earth only (the command line adds the scenario's relay). */
    static EarthTimeline earth(Footage footage) {
        List<TimedEvent> events = new ArrayList<>();
        for (EventRecord r : footage.result().timeline().records()) {
            events.add(new TimedEvent(r.event().name(), r.time(), Math.max(0, r.conditions().heightAboveGround())));
        }
        var m = footage.scenario().mission();
        return EarthView.timeline(m.entryInterface(), events, footage.result().target().latitude(),
                footage.result().target().longitude(), Optional.empty(), m.roverName());
    }

    @BeforeAll
    void writeFilm() throws IOException {
        FlightScene scene = Flights.mars2020Scene();
        Footage footage = scene.footage();
        double from = footage.time(EdlEvent.SKY_CRANE_START) - 2;
        options = new LandingFilm.Options(192, 144, 10, from, footage.time(EdlEvent.TOUCHDOWN) + 12);
        Path dir = Path.of("target", "film-test");
        Files.createDirectories(dir);
        try (Renderer renderer = new Renderer()) {
            film = LandingFilm.write(renderer, scene, earth(footage), dir.resolve("film.mp4"), options, () -> { });
        }
    }

    @Test
    @DisplayName("the film decodes back to the expected number of frames, at its size")
    void framesDecodeBack() throws IOException {
        AtomicInteger count = new AtomicInteger();
        List<int[]> sizes = new ArrayList<>();
        Mp4Reader.decodeFrames(film.file(), f -> {
            count.incrementAndGet();
            sizes.add(new int[] {f.width(), f.height()});
        });
        assertThat(count.get()).isEqualTo(options.frames()).isEqualTo(film.frames());
        assertThat(sizes).allSatisfy(s -> assertThat(s).containsExactly(192, 144));
    }

    @Test
    @DisplayName("the sound track lasts as long as the pictures")
    void audioHasTheFilmsDuration() throws IOException {
        Mp4Reader.Audio audio = Mp4Reader.readAudio(film.file());
        assertThat(audio.sampleRate()).isEqualTo(Mp4Writer.AUDIO_SAMPLE_RATE);
        assertThat(audio.clip().duration()).isCloseTo(options.frames() / 10.0, within(1e-3));
    }

    @Test
    @DisplayName("each call-out, found in the decoded track by cross-correlation, starts within 0.1 s of when Earth heard it")
    void calloutsStartWhenEarthHeardThem() throws IOException {
        assertThat(film.callouts()).extracting(LandingFilm.Callout::event).contains("SKY_CRANE_START", "TOUCHDOWN");
        // the film's clock: its first frame is the signal of SCET = entry + from, received one light time later
        EarthTimeline earth = earth(Flights.preset("mars2020"));
        Instant first = Flights.preset("mars2020").scenario().mission().entryInterface()
                .plusNanos(Math.round((options.from() + earth.oneWayLightTime()) * 1e9));
        assertThat(Duration.between(first, film.firstErt()).abs().toMillis()).isLessThanOrEqualTo(1);
        Footage footage = Flights.preset("mars2020");
        Instant entry = footage.scenario().mission().entryInterface();
        for (LandingFilm.Callout c : film.callouts()) {
            assertThat(c.time()).isCloseTo(Duration.between(first, c.heard()).toNanos() / 1e9, within(1e-3));
            // independently of the Earth-view code: direct to Earth, the call-out is heard one light time
            // after the event's spacecraft time (entry interface + the event's time since entry)
            Instant expected = entry.plusNanos(Math.round((footage.time(EdlEvent.valueOf(c.event()))
                    + earth.oneWayLightTime()) * 1e9));
            assertThat(Duration.between(expected, c.heard()).abs().toMillis()).as("%s heard", c.event())
                    .isLessThanOrEqualTo(1);
        }
        AudioClip track = Mp4Reader.readAudio(film.file()).clip();
        try (Speech voice = new Speech()) {
            for (LandingFilm.Callout c : film.callouts()) {
                AudioClip clip = voice.say(c.text(), Mp4Writer.AUDIO_SAMPLE_RATE);
                double latest = Math.min(c.time() + 1.5, track.duration() - clip.duration());
                ClipLocator.Match match = ClipLocator.locate(track, clip, Math.max(0, c.time() - 1.5), latest);
                assertThat(match.time()).as("%s: '%s'", c.event(), c.text()).isCloseTo(c.time(), within(0.1));
            }
        }
    }

    @Test
    @DisplayName("headless Chromium reports the film playable, with its duration")
    void chromiumPlaysTheFilm() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            System.err.println("SKIPPED LandingFilmTest.chromiumPlaysTheFilm: " + CHROMIUM + " is not installed");
            Assumptions.abort("SKIPPED: " + CHROMIUM + " is not installed");
        }
        String page = """
                <!doctype html><html><body>
                <video id="v" muted playsinline preload="auto" src="/film.mp4"></video>
                <script>
                const v = document.getElementById('v');
                const r = {canPlay: v.canPlayType('video/mp4; codecs="avc1.42E028"'), sent: false};
                function send() { if (r.sent) return; r.sent = true;
                  fetch('/result', {method: 'POST', body: JSON.stringify(r)}); }
                v.addEventListener('loadedmetadata', () => { r.duration = v.duration; r.width = v.videoWidth; send(); });
                v.addEventListener('error', () => { r.error = v.error ? v.error.code + ' ' + v.error.message : '?'; send(); });
                setTimeout(() => { r.timeout = true; send(); }, 30000);
                </script></body></html>
                """;
        byte[] video = Files.readAllBytes(film.file());
        CompletableFuture<String> result = new CompletableFuture<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> respond(ex, 200, "text/html", page.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/film.mp4", ex -> serveWithRanges(ex, video));
        server.createContext("/result", ex -> {
            result.complete(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            respond(ex, 200, "text/plain", new byte[0]);
        });
        server.start();
        Process chromium = null;
        Path dir = Files.createTempDirectory("film-chromium");
        try {
            chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + dir.resolve("profile"),
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/"))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
            String json = result.get(60, TimeUnit.SECONDS);
            assertThat(json).doesNotContain("\"timeout\"").doesNotContain("\"error\"");
            assertThat(field(json, "canPlay")).isIn("probably", "maybe");
            assertThat(Double.parseDouble(field(json, "duration"))).isCloseTo(options.frames() / 10.0, within(0.1));
            assertThat((int) Double.parseDouble(field(json, "width"))).isEqualTo(192);
        } finally {
            if (chromium != null) {
                chromium.descendants().forEach(ProcessHandle::destroyForcibly);
                chromium.destroyForcibly();
                chromium.waitFor(10, TimeUnit.SECONDS);
            }
            server.stop(0);
        }
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^,\"}]*)").matcher(json);
        assertThat(m.find()).as("%s in %s", name, json).isTrue();
        return m.group(1);
    }

    private static void respond(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static void serveWithRanges(HttpExchange ex, byte[] data) throws IOException {
        String range = ex.getRequestHeaders().getFirst("Range");
        ex.getResponseHeaders().set("Accept-Ranges", "bytes");
        if (range == null || !range.startsWith("bytes=")) {
            respond(ex, 200, "video/mp4", data);
            return;
        }
        String[] parts = range.substring(6).split("-", -1);
        int start = Integer.parseInt(parts[0]);
        int end = parts.length > 1 && !parts[1].isEmpty() ? Math.min(Integer.parseInt(parts[1]), data.length - 1)
                : data.length - 1;
        byte[] slice = Arrays.copyOfRange(data, start, end + 1);
        ex.getResponseHeaders().set("Content-Range", "bytes " + start + "-" + end + "/" + data.length);
        respond(ex, 206, "video/mp4", slice);
    }
}
