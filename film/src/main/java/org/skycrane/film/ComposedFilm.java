package org.skycrane.film;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.skycrane.earth.EarthTimeline;
import org.skycrane.film.camera.CameraRig;
import org.skycrane.film.camera.EdlCamera;
import org.skycrane.film.flight.Footage;
import org.skycrane.film.flight.StackState;
import org.skycrane.film.scene.FlightScene;
import org.skycrane.render.gl.Renderer;
import org.skycrane.render.scene.Scene;
import org.skycrane.render.video.Mp4Writer;
import org.skycrane.sim.EventRecord;

/**
 * The pictures of {@code film.mp4} as they are made, frame by frame, driven by a {@link Shoot}: frame
 * k shows the spacecraft at SCET t = from + k / rate, which Earth received one light time later. The
 * view is the camera the {@link CutList} gives for t, taken from that camera's reel when one is being
 * shot at the film's size (its frame nearest t), rendered here otherwise; the chase view is always
 * rendered here. The caption strip is drawn over it; the sound is added when the pictures are done.
 */
final class ComposedFilm implements AutoCloseable {

    private final FlightScene scene;
    private final CameraRig rig;
    private final CutList cuts;
    private final EarthTimeline earth;
    private final Path file;
    private final LandingFilm.Options options;
    private final Instant entry;
    private final double owlt;
    private final Mp4Writer writer;
    private final FrameSink sink;
    private int next;

    ComposedFilm(FlightScene scene, EarthTimeline earth, Path file, LandingFilm.Options options) throws IOException {
        this.scene = scene;
        this.rig = new CameraRig(scene);
        this.cuts = new CutList(scene.footage(), rig);
        this.earth = earth;
        this.file = file;
        this.options = options;
        this.entry = scene.footage().scenario().mission().entryInterface();
        this.owlt = earth.oneWayLightTime();
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        this.writer = new Mp4Writer(file, options.width(), options.height(), options.frameRate(),
                options.frameRate(), CameraReel.MOTION_SEARCH_RANGE);
        this.sink = new FrameSink(writer);
    }

    LandingFilm.Options options() {
        return options;
    }

    /** Spacecraft time of the next frame (s since entry interface), or +∞ when the pictures are done. */
    double nextTime() {
        return next < options.frames() ? options.from() + next / (double) options.frameRate() : Double.POSITIVE_INFINITY;
    }

    /** The camera the next frame cuts to, or null for the chase view. */
    EdlCamera cut() {
        return cuts.at(nextTime());
    }

    /**
     * Makes the next frame.
     *
     * @param renderer    draws what is not given
     * @param sceneNow    the flight at {@link #nextTime()}
     * @param cameraFrame the picture of {@link #cut()} from its reel (film-sized RGB bytes), or null to render it
     */
    void frame(Renderer renderer, Scene sceneNow, byte[] cameraFrame) throws IOException {
        double t = nextTime();
        Footage footage = scene.footage();
        EdlCamera camera = cut();
        BufferedImage frame;
        String view;
        if (camera == null) {
            frame = renderer.render(sceneNow, LandingFilm.chase(footage.at(t), options.width(), options.height()));
            view = "chase view (simulated; no EDL camera)";
        } else {
            frame = cameraFrame != null ? CameraReel.image(cameraFrame, options.width(), options.height())
                    : CameraReel.still(renderer, scene, rig, camera.withSize(options.width(), options.height()), t);
            view = camera.title();
        }
        StackState s = footage.at(t);
        EventRecord last = footage.lastEvent(t);
        CaptionStrip.draw(frame, entry.plus(LandingFilm.seconds(t + owlt)), t, s.heightAboveGround(), s.speed(),
                last == null ? "" : last.event().name(), view);
        sink.write(frame);
        next++;
    }

    /** Waits for the pictures, adds the sound track and closes the file. */
    LandingFilm.Output finish() throws IOException {
        try {
            sink.close();
            return LandingFilm.addSound(writer, scene.footage(), earth, file, options);
        } finally {
            writer.close();
        }
    }

    /** Stops encoding and closes the file (after a failure; {@link #finish} otherwise). */
    @Override
    public void close() throws IOException {
        try {
            sink.close();
        } finally {
            writer.close();
        }
    }
}
