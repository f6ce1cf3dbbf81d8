package org.skycrane.film;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.skycrane.earth.EarthTimeline;
import org.skycrane.film.camera.CameraRig;
import org.skycrane.film.camera.EdlCamera;
import org.skycrane.film.scene.FlightScene;
import org.skycrane.render.gl.Renderer;
import org.skycrane.render.scene.Scene;

/**
 * One pass over the flight's time that shoots every camera's reel and the composed film together, so
 * that each picture is rendered once: the frame loop takes, at each step, whichever is due first of
 * the reels' next frames and the film's next frame. The film's frame at SCET t (Earth-received time t
 * plus the light time) shows the frame of the camera it cuts to that is nearest t, so it waits until
 * that frame is shot; a reel frame at the same instant goes first. Cameras not being shot, or shot at
 * another size than the film's, are rendered for the film itself, as is the chase view.
 *
 * <p>Frames at the same instant share one scene (the three up-look cameras film in step). Reels and
 * film each encode on a thread of their own ({@link FrameSink}), the frames in order, so the files do
 * not depend on the interleaving.
 */
public final class Shoot {

    /**
     * The composed film to make in the pass.
     *
     * @param earth   Earth's view of the flight (light time, call-outs)
     * @param file    the MP4
     * @param options its size, rate and span
     */
    public record Film(EarthTimeline earth, Path file, LandingFilm.Options options) {
    }

    /**
     * What the pass wrote.
     *
     * @param reels one per camera asked for, in that order
     * @param film  the composed film, or null when none was asked for
     */
    public record Result(List<CameraReel.Output> reels, LandingFilm.Output film) {
    }

    private final Renderer renderer;
    private final FlightScene scene;
    private final List<CameraReel> reels = new ArrayList<>();
    private ComposedFilm film;
    private double sceneTime = Double.NaN;
    private Scene sceneNow;
    // the film's next frame as planned: the reel it takes its picture from (or null), that frame, when due
    private int plannedFor = -1;
    private CameraReel source;
    private int sourceFrame;
    private double filmDue;
    private int filmFrames;

    private Shoot(Renderer renderer, FlightScene scene) {
        this.renderer = renderer;
        this.scene = scene;
    }

    /** Shoots the reels of {@code cameras} (already sized) into {@code dir}, without a composed film. */
    static List<CameraReel.Output> reels(Renderer renderer, FlightScene scene, List<EdlCamera> cameras, Path dir,
                                         boolean stills, Runnable onFrame) throws IOException {
        return run(renderer, scene, cameras, dir, stills, null, onFrame).reels();
    }

    /**
     * Shoots the reels of {@code cameras} into {@code dir} and, when {@code film} is not null, the
     * composed film, in one pass.
     *
     * @param cameras the cameras (already {@link Filming.Options#apply applied}); may be empty
     * @param dir     where the reels go (unused when there are none)
     * @param stills  also write each reel's stills (rendered after the pass)
     * @param onFrame called after each frame of a reel or the film (for a progress bar)
     */
    public static Result run(Renderer renderer, FlightScene scene, List<EdlCamera> cameras, Path dir, boolean stills,
                             Film film, Runnable onFrame) throws IOException {
        Shoot shoot = new Shoot(renderer, scene);
        CameraRig rig = new CameraRig(scene);
        List<CameraReel> byCamera = new ArrayList<>();
        LandingFilm.Output composed;
        try {
            if (!cameras.isEmpty()) {
                Files.createDirectories(dir);
            }
            for (EdlCamera c : cameras) {
                CameraReel reel = rig.window(c) == null ? null : new CameraReel(rig, c, dir);
                byCamera.add(reel);
                if (reel != null) {
                    shoot.reels.add(reel);
                }
            }
            if (film != null) {
                shoot.film = new ComposedFilm(scene, film.earth(), film.file(), film.options());
            }
            shoot.loop(onFrame);
            for (CameraReel r : shoot.reels) {
                r.close();
            }
            composed = shoot.film == null ? null : shoot.film.finish();
        } catch (IOException | RuntimeException e) {
            shoot.closeQuietly(e);
            throw e;
        }
        List<CameraReel.Output> outputs = new ArrayList<>();
        for (int i = 0; i < cameras.size(); i++) {
            CameraReel r = byCamera.get(i);
            outputs.add(r == null ? new CameraReel.Output(cameras.get(i), null, 0, Double.NaN, Double.NaN, Map.of()) : r.output(renderer, scene, stills));
        }
        return new Result(outputs, composed);
    }

    private void loop(Runnable onFrame) throws IOException {
        while (true) {
            CameraReel due = null;
            for (CameraReel r : reels) {
                if (due == null || r.nextTime() < due.nextTime()) {
                    due = r;
                }
            }
            double reelDue = due == null ? Double.POSITIVE_INFINITY : due.nextTime();
            double filmAt = planFilm();
            if (reelDue == Double.POSITIVE_INFINITY && filmAt == Double.POSITIVE_INFINITY) {
                return;
            }
            if (reelDue <= filmAt) {
                due.shoot(renderer, sceneAt(reelDue));
            } else {
                byte[] picture = source != null && source.last() == sourceFrame ? source.lastFrame() : null;
                film.frame(renderer, sceneAt(film.nextTime()), picture);
                filmFrames++;
            }
            onFrame.run();
        }
    }

    /** When the film's next frame can be made: its time, or that of the reel frame it shows if later. */
    private double planFilm() {
        if (film == null) {
            return Double.POSITIVE_INFINITY;
        }
        if (plannedFor == filmFrames) {
            return filmDue;
        }
        plannedFor = filmFrames;
        source = null;
        double t = film.nextTime();
        filmDue = t;
        EdlCamera cut = t == Double.POSITIVE_INFINITY ? null : film.cut();
        if (cut == null) {
            return filmDue;
        }
        LandingFilm.Options o = film.options();
        for (CameraReel r : reels) {
            EdlCamera c = r.camera();
            int k = r.nearest(t);
            if (c.name().equals(cut.name()) && c.width() == o.width() && c.height() == o.height() && k >= 0) {
                source = r;
                sourceFrame = k;
                filmDue = Math.max(t, r.time(k));
            }
        }
        return filmDue;
    }

    private Scene sceneAt(double t) {
        if (t != sceneTime) {
            sceneNow = scene.at(t);
            sceneTime = t;
        }
        return sceneNow;
    }

    private void closeQuietly(Exception failure) {
        List<AutoCloseable> open = new ArrayList<>(reels);
        if (film != null) {
            open.add(film);
        }
        for (AutoCloseable c : open) {
            try {
                c.close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
    }
}
