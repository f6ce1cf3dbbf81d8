package org.skycrane.canopy;

import static org.skycrane.canopy.CanopyImageReader.noCanopy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.skycrane.canopy.Conics.Ellipse;

/**
 * Step 2 of {@link CanopyImageReader}, the outline: from the canopy's centroid, {@value #RAYS} rays
 * find the outermost canopy pixel; an algebraic conic fit (constraint a + c = 1) with rejection of
 * outliers gives an ellipse, whose inverse square root maps the picture onto a unit disk (an affine
 * camera).
 */
final class Outline {

    /** Directions in which the outline (and, in {@link Perspective}, every edge) is traced. */
    static final int RAYS = 360;

    private Outline() {
    }

    /** The outline traced from the canopy's centroid, as an ellipse. */
    static Ellipse of(Picture pixels, boolean[] canopy) {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (int y = 0; y < pixels.height; y++) {
            for (int x = 0; x < pixels.width; x++) {
                if (canopy[y * pixels.width + x]) {
                    sx += x;
                    sy += y;
                    n++;
                }
            }
        }
        double cx = sx / n;
        double cy = sy / n;
        List<double[]> points = new ArrayList<>();
        for (int k = 0; k < RAYS; k++) {
            double angle = 2 * Math.PI * k / RAYS;
            double dx = Math.cos(angle);
            double dy = Math.sin(angle);
            double last = -1;
            double r = 0;
            boolean clipped = false;
            while (true) {
                int x = (int) Math.round(cx + r * dx);
                int y = (int) Math.round(cy + r * dy);
                if (x < 0 || y < 0 || x >= pixels.width || y >= pixels.height) {
                    clipped = last >= r - 1.5;
                    break;
                }
                if (canopy[y * pixels.width + x]) {
                    last = r;
                }
                r += 0.5;
            }
            if (last > 0 && !clipped) {
                points.add(new double[] {cx + (last + 0.5) * dx, cy + (last + 0.5) * dy});
            }
        }
        if (points.size() < RAYS / 3) {
            throw noCanopy("its outline could not be traced (" + points.size() + " of " + RAYS
                    + " directions reach the sky; is the canopy cut off by the edge of the picture?)");
        }
        double scale = 0;
        for (double[] p : points) {
            scale = Math.max(scale, Math.hypot(p[0] - cx, p[1] - cy));
        }
        Ellipse ellipse = Ellipse.of(Conics.fitConic(points, cx, cy, scale), cx, cy, scale);
        if (ellipse == null) {
            throw noCanopy("its outline is not an ellipse");
        }
        double[] axes = ellipse.axes();
        if (axes[1] < 24) {
            throw noCanopy(String.format(Locale.ROOT, "the bright outline is only %.0f px across",
                    2 * pixels.block * axes[1]));
        }
        if (axes[1] / axes[0] < 0.6) {
            throw noCanopy(String.format(Locale.ROOT,
                    "the bright outline is not round (axis ratio %.2f; at least 0.6 is needed)", axes[1] / axes[0]));
        }
        return ellipse;
    }
}
