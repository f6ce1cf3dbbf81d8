package org.skycrane.render.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A browser plays the film: headless Chromium loads a page (served on 127.0.0.1) with a muted
 * {@code <video>}, reports {@code canPlayType} for H.264 in MP4, the {@code loadedmetadata}
 * duration and size, then plays half a second and reports how many audio and video bytes it
 * decoded. Skipped, saying so, only when /usr/bin/chromium is absent (CI installs it).
 */
class ChromiumPlaybackTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    static final String PAGE = """
            <!doctype html><html><body>
            <video id="v" muted playsinline preload="auto" src="/film.mp4"></video>
            <script>
            const v = document.getElementById('v');
            const r = {canPlay: v.canPlayType('video/mp4; codecs="avc1.42E028"'), sent: false};
            function send() { if (r.sent) return; r.sent = true;
              fetch('/result', {method: 'POST', body: JSON.stringify(r)}); }
            v.addEventListener('loadedmetadata', () => {
              r.duration = v.duration; r.width = v.videoWidth; r.height = v.videoHeight;
              v.play().catch(e => { r.playError = String(e); send(); });
            });
            v.addEventListener('timeupdate', () => {
              if (v.currentTime > 0.5) { r.currentTime = v.currentTime;
                r.audioBytes = v.webkitAudioDecodedByteCount; r.videoBytes = v.webkitVideoDecodedByteCount; send(); }
            });
            v.addEventListener('error', () => { r.error = v.error ? v.error.code + ' ' + v.error.message : '?'; send(); });
            setTimeout(() => { r.timeout = true; send(); }, 30000);
            </script></body></html>
            """;

    @Test
    void headlessChromiumReportsTheFilmPlayableWithItsDurationAndDecodesItsAudio(@TempDir Path dir) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            System.err.println("SKIPPED ChromiumPlaybackTest: " + CHROMIUM + " is not installed (apt-get install chromium)");
            Assumptions.abort("SKIPPED: " + CHROMIUM + " is not installed");
        }
        Path film = Mp4WriterTest.writeFilm(dir.resolve("film.mp4"), 320, 240, 48, 24, 2.0, 0.7);
        byte[] video = Files.readAllBytes(film);
        CompletableFuture<String> result = new CompletableFuture<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> respond(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/film.mp4", ex -> serveWithRanges(ex, video));
        server.createContext("/result", ex -> {
            result.complete(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            respond(ex, 200, "text/plain", new byte[0]);
        });
        server.start();
        Process chromium = null;
        try {
            Path profile = Files.createTempDirectory(dir, "profile");
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--autoplay-policy=no-user-gesture-required",
                    "--user-data-dir=" + profile, url))
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("chromium.log").toFile())
                    .start();
            String json = result.get(60, TimeUnit.SECONDS);
            assertFalse(json.contains("\"timeout\""), "Chromium timed out: " + json);
            assertFalse(json.contains("\"error\""), "Chromium media error: " + json);
            assertFalse(json.contains("\"playError\""), "Chromium refused to play: " + json);
            String canPlay = field(json, "canPlay");
            assertTrue("probably".equals(canPlay) || "maybe".equals(canPlay), "canPlayType: " + json);
            // 48 frames at 24 frames/s and 2 s of audio: 2 s, to a frame.
            assertEquals(2.0, Double.parseDouble(field(json, "duration")), 1.0 / 24, "duration (s) in " + json);
            assertEquals(320, (int) Double.parseDouble(field(json, "width")), "video width in " + json);
            assertEquals(240, (int) Double.parseDouble(field(json, "height")), "video height in " + json);
            assertTrue(Double.parseDouble(field(json, "audioBytes")) > 0, "decoded audio bytes in " + json);
            assertTrue(Double.parseDouble(field(json, "videoBytes")) > 0, "decoded video bytes in " + json);
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
        assertTrue(m.find(), "no " + name + " in " + json);
        assertNotNull(m.group(1));
        return m.group(1);
    }

    private static void respond(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    /** Serves the film with HTTP byte ranges, as media elements request it. */
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
