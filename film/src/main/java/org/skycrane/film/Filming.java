package org.skycrane.film;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.film.camera.CameraRig;
import org.skycrane.film.camera.EdlCamera;
import org.skycrane.film.flight.Footage;
import org.skycrane.film.scene.FlightScene;
import org.skycrane.film.scene.SiteGround;
import org.skycrane.flight.EdlEvent;
import org.skycrane.render.gl.Renderer;

/** Films a flight with a set of cameras: the scene, the cameras at the size asked for, their reels. */
public final class Filming {

    private Filming() {
    }

    /**
     * How to film.
     *
     * @param width         image width for every camera (px, even), or 0 for each camera's own
     * @param height        image height (px, even), or 0 for each camera's own
     * @param frameRate     frames per second for every camera, or NaN for each camera's own
     * @param stills        also write the event stills
     * @param groundSize    side of the square of terrain drawn, centred on the touchdown (m)
     * @param groundPosting its grid spacing (m)
     */
    public record Options(int width, int height, double frameRate, boolean stills, double groundSize,
                          double groundPosting) {

        public Options {
            if (width < 0 || height < 0 || width % 2 != 0 || height % 2 != 0 || (width == 0) != (height == 0)) {
                throw new IllegalArgumentException("image size must be two even positive numbers (or both 0 for each "
                        + "camera's own): " + width + " x " + height);
            }
            if (!Double.isNaN(frameRate) && !(frameRate > 0 && frameRate <= 120)) {
                throw new IllegalArgumentException("frame rate must be in (0, 120] frames/s: " + frameRate);
            }
            if (!(groundSize > 0) || !(groundPosting > 0) || groundSize / groundPosting > 8192) {
                throw new IllegalArgumentException("ground must be a positive size over at most 8192 postings: "
                        + groundSize + " m at " + groundPosting + " m");
            }
        }

        /** 640 x 480 at each camera's own frame rate, no stills, 16 km of ground at 8 m. */
        public static Options standard() {
            return new Options(640, 480, Double.NaN, false, 16_000, 8);
        }

        public Options withStills(boolean on) {
            return new Options(width, height, frameRate, on, groundSize, groundPosting);
        }

        public Options withSize(int w, int h) {
            return new Options(w, h, frameRate, stills, groundSize, groundPosting);
        }

        public Options withFrameRate(double rate) {
            return new Options(width, height, rate, stills, groundSize, groundPosting);
        }

        public Options withGround(double size, double posting) {
            return new Options(width, height, frameRate, stills, size, posting);
        }

        /** {@code camera} as these options film it. */
        public EdlCamera apply(EdlCamera camera) {
            EdlCamera c = width > 0 ? camera.withSize(width, height) : camera;
            return Double.isNaN(frameRate) ? c : c.withFrameRate(frameRate);
        }
    }

    /** The scene of {@code footage}, with the ground the options ask for round the touchdown (or the end). */
    public static FlightScene scene(Footage footage, Options options) {
        double touchdown = footage.time(EdlEvent.TOUCHDOWN);
        Vector3D centre = footage.at(Double.isNaN(touchdown) ? footage.end() : touchdown).position();
        return new FlightScene(footage, SiteGround.of(footage.terrain(), footage.frame(), centre.getX(), centre.getY(),
                options.groundSize(), options.groundPosting()));
    }

    /** Frames the cameras will write in this flight (for a progress bar). */
    public static long frames(FlightScene scene, List<EdlCamera> cameras) {
        CameraRig rig = new CameraRig(scene);
        long total = 0;
        for (EdlCamera c : cameras) {
            double[] window = rig.window(c);
            total += window == null ? 0 : CameraRig.frameCount(c, window);
        }
        return total;
    }

    /**
     * Films every camera of {@code cameras} (already {@link Options#apply applied}) into {@code dir}, in
     * one pass over time ({@link Shoot}; with the composed film, {@link Shoot#run}).
     */
    public static List<CameraReel.Output> film(Renderer renderer, FlightScene scene, List<EdlCamera> cameras, Path dir,
                                               boolean stills, Runnable onFrame) throws IOException {
        return Shoot.reels(renderer, scene, cameras, dir, stills, onFrame);
    }
}
