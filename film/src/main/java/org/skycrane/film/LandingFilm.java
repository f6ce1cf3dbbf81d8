package org.skycrane.film;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.earth.EarthEvent;
import org.skycrane.earth.EarthTimeline;
import org.skycrane.film.flight.Footage;
import org.skycrane.film.flight.StackState;
import org.skycrane.film.scene.FlightScene;
import org.skycrane.film.sound.OnboardSound;
import org.skycrane.flight.EdlEvent;
import org.skycrane.render.audio.AudioClip;
import org.skycrane.render.audio.Limiter;
import org.skycrane.render.audio.Mixer;
import org.skycrane.render.audio.Speech;
import org.skycrane.render.camera.PinholeCamera;
import org.skycrane.render.gl.Renderer;
import org.skycrane.render.video.Mp4Writer;

/**
 * The composed landing film, {@code film.mp4}: the views cut between ({@link CutList}) with a caption
 * strip, on Earth-received time. A frame at film time τ shows the spacecraft at the instant whose
 * signal reached Earth at the film's ERT clock, i.e. at SCET = ERT − one-way light time (the light
 * time of the landing, which changes by milliseconds over the descent); each call-out of the Earth
 * view is spoken when mission control heard it ({@link EarthEvent#heardAt}: the direct signal, or the
 * relay once Earth has set), overlapping call-outs mixed; under them the onboard sound
 * ({@link OnboardSound}), in step with the pictures. The pictures are made by {@link ComposedFilm},
 * within a {@link Shoot} that also shoots the camera reels, from which it takes its camera views.
 */
public final class LandingFilm {

    /** Gain of the spoken call-outs in the mix. */
    static final double VOICE_GAIN = 0.9;

    private LandingFilm() {
    }

    /**
     * @param width     px (even)
     * @param height    px (even)
     * @param frameRate frames per second
     * @param from      first spacecraft time shown (s since entry interface)
     * @param to        last (s)
     */
    public record Options(int width, int height, int frameRate, double from, double to) {

        /** The whole descent: entry interface to 12 s after touchdown (or the record's end). */
        public static Options whole(Footage footage, int width, int height, int frameRate) {
            double touchdown = footage.time(EdlEvent.TOUCHDOWN);
            double end = Double.isNaN(touchdown) ? footage.end() : Math.min(footage.end(), touchdown + 12);
            return new Options(width, height, frameRate, footage.start(), end);
        }

        /** Number of frames. */
        public int frames() {
            return (int) Math.floor((to - from) * frameRate + 1e-9) + 1;
        }
    }

    /**
     * A call-out as placed in the film.
     *
     * @param event name of the event
     * @param text  what is said
     * @param time  film time at which it starts (s from the film's first frame)
     * @param heard when mission control heard it (UTC)
     */
    public record Callout(String event, String text, double time, Instant heard) {
    }

    /**
     * What was written.
     *
     * @param file     the MP4
     * @param frames   frames written
     * @param duration of the sound track (s)
     * @param firstErt Earth-received time of the first frame
     * @param callouts the call-outs spoken, in film time
     */
    public record Output(Path file, int frames, double duration, Instant firstErt, List<Callout> callouts) {
    }

    /**
     * Writes the film of {@code scene} with Earth's view {@code earth} to {@code file}, rendering every
     * view itself (a {@link Shoot} with reels takes the camera views from them instead).
     */
    public static Output write(Renderer renderer, FlightScene scene, EarthTimeline earth, Path file, Options options,
                               Runnable onFrame) throws IOException {
        return Shoot.run(renderer, scene, List.of(), null, false, new Shoot.Film(earth, file, options), onFrame).film();
    }

    /** Mixes and writes the sound track of a film whose pictures {@code writer} has; says what was written. */
    static Output addSound(Mp4Writer writer, Footage footage, EarthTimeline earth, Path file, Options options)
            throws IOException {
        Instant entry = footage.scenario().mission().entryInterface();
        Instant firstErt = entry.plus(seconds(options.from() + earth.oneWayLightTime()));
        int frames = options.frames();
        double duration = frames / (double) options.frameRate();
        Mixer mixer = new Mixer(Mp4Writer.AUDIO_SAMPLE_RATE);
        mixer.place(OnboardSound.of(footage, options.from(), duration, Mp4Writer.AUDIO_SAMPLE_RATE, 2021L), 0);
        List<Callout> callouts = new ArrayList<>();
        try (Speech voice = new Speech()) {
            for (EarthEvent e : earth.events()) {
                Instant heard = e.heardAt();
                if (heard == null || e.callout().isBlank()) {
                    continue;
                }
                double at = Duration.between(firstErt, heard).toNanos() / 1e9;
                if (at < 0 || at >= duration) {
                    continue;
                }
                AudioClip clip = voice.say(e.callout(), Mp4Writer.AUDIO_SAMPLE_RATE);
                mixer.place(clip, at, VOICE_GAIN);
                callouts.add(new Callout(e.name(), e.callout(), at, heard));
            }
        }
        writer.writeAudio(mixer.render(duration, Limiter.standard()).samples());
        return new Output(file, frames, duration, firstErt, List.copyOf(callouts));
    }

    /** A view from 40 m behind and 12 m above the vehicle, looking at it. */
    static PinholeCamera chase(StackState s, int width, int height) {
        Vector3D v = s.velocity().getNorm() > 1e-3 ? s.velocity().normalize() : Vector3D.MINUS_K;
        Vector3D position = s.position().subtract(v.scalarMultiply(40)).add(new Vector3D(0, 0, 12));
        Vector3D up = Math.abs(v.getZ()) > 0.95 ? Vector3D.PLUS_J : Vector3D.PLUS_K;
        return PinholeCamera.lookingAt(width, height, Math.toRadians(40), position, s.position(), up);
    }

    static Duration seconds(double s) {
        return Duration.ofNanos(Math.round(s * 1e9));
    }
}
