package org.skycrane.film;

import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.film.camera.EdlCamera;
import org.skycrane.film.scene.FlightScene;
import org.skycrane.gnc.trn.LanderVisionSystem;
import org.skycrane.render.camera.PinholeCamera;
import org.skycrane.sim.TrnReport;
import org.skycrane.terrain.Terrain;

/**
 * The Lander Vision System's fine matches drawn on LCAM's frames: on the frames from each image the
 * LVS took until {@link #HOLD} later, a square round every fine template's place on the ground, green
 * when the match agreed with the image's consensus shift and red when the consensus rejected it. Each
 * match is kept as a ground point (its map position corrected by the consensus), so it is projected
 * through the film camera of the frame, which flies the same true pose the LVS image was taken from.
 * Nothing is drawn for another camera, for a flight without image-mode LVS frames, or between images.
 */
public final class LvsOverlay {

    /** How long each image's matches stay on the reel (s): about half the 1 s between LVS images. */
    static final double HOLD = 0.6;
    /** Half the side of a mark (px). */
    static final int HALF = 4;
    static final int GREEN = 0x00FF00;
    static final int RED = 0xFF0000;

    private LvsOverlay() {
    }

    /**
     * Draws the matches of the LVS image shown at {@code t}, if any, on {@code rgb} (the frame of
     * {@code camera}, seen by {@code view}: width × height × 3 bytes, rows from the top).
     *
     * @return the marks drawn
     */
    public static int draw(FlightScene scene, EdlCamera camera, PinholeCamera view, double t, byte[] rgb) {
        if (!camera.name().equals("lcam")) {
            return 0;
        }
        TrnReport.Frame image = imageAt(scene.footage().result().trn(), t);
        if (image == null) {
            return 0;
        }
        Terrain ground = scene.footage().terrain();
        int drawn = 0;
        for (LanderVisionSystem.Match m : image.matches()) {
            Vector3D fixed = ground.frame().toMarsFixed(m.east(), m.north(), ground.height(m.east(), m.north()));
            PinholeCamera.ImagePoint p = view.project(scene.footage().frame().position(fixed));
            if (p != null && p.inside(view.width(), view.height())) {
                square(rgb, view.width(), view.height(), (int) Math.floor(p.u()), (int) Math.floor(p.v()),
                        m.consistent() ? GREEN : RED);
                drawn++;
            }
        }
        return drawn;
    }

    /** The latest LVS image taken at most {@link #HOLD} before {@code t}, or null. */
    static TrnReport.Frame imageAt(TrnReport trn, double t) {
        if (trn == null) {
            return null;
        }
        List<TrnReport.Frame> frames = trn.frames();
        TrnReport.Frame shown = null;
        for (TrnReport.Frame f : frames) {
            if (f.time() <= t + 1e-6 && t < f.time() + HOLD && !f.matches().isEmpty()) {
                shown = f;
            }
        }
        return shown;
    }

    private static void square(byte[] rgb, int w, int h, int cx, int cy, int colour) {
        for (int d = -HALF; d <= HALF; d++) {
            set(rgb, w, h, cx + d, cy - HALF, colour);
            set(rgb, w, h, cx + d, cy + HALF, colour);
            set(rgb, w, h, cx - HALF, cy + d, colour);
            set(rgb, w, h, cx + HALF, cy + d, colour);
        }
    }

    private static void set(byte[] rgb, int w, int h, int x, int y, int colour) {
        if (x < 0 || y < 0 || x >= w || y >= h) {
            return;
        }
        int o = 3 * (y * w + x);
        rgb[o] = (byte) (colour >> 16);
        rgb[o + 1] = (byte) (colour >> 8);
        rgb[o + 2] = (byte) colour;
    }
}
