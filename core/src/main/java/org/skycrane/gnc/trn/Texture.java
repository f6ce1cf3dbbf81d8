package org.skycrane.gnc.trn;

import java.util.ArrayList;
import java.util.List;

/**
 * Where to put the fine templates: in each cell of a grid over the image, the template window with the
 * most texture by the Shi–Tomasi measure, the smaller eigenvalue of the window's gradient structure
 * tensor (Shi &amp; Tomasi, "Good Features to Track", CVPR 1994): a window with strong gradients in
 * two directions pins a match in both axes, a window along an edge or on flat ground does not.
 */
final class Texture {

    private Texture() {
    }

    /** Top-left corners {i, j} of the chosen size × size windows in a w × h image (NaN-free windows only). */
    static List<int[]> corners(float[] img, int w, int h, int size, int grid) {
        List<int[]> out = new ArrayList<>();
        int cellW = (w - size) / grid;
        int cellH = (h - size) / grid;
        if (cellW < 1 || cellH < 1) {
            return out;
        }
        int step = Math.max(1, size / 3);
        for (int gj = 0; gj < grid; gj++) {
            for (int gi = 0; gi < grid; gi++) {
                double best = 0;
                int[] pick = null;
                for (int j = gj * cellH; j < (gj + 1) * cellH; j += step) {
                    for (int i = gi * cellW; i < (gi + 1) * cellW; i += step) {
                        double q = minEigenvalue(img, w, i, j, size);
                        if (q > best) {
                            best = q;
                            pick = new int[] {i, j};
                        }
                    }
                }
                if (pick != null) {
                    out.add(pick);
                }
            }
        }
        return out;
    }

    /** Smaller eigenvalue of Σ[gx², gx gy; gx gy, gy²] over the window, 0 if the window holds a NaN. */
    static double minEigenvalue(float[] img, int w, int i0, int j0, int size) {
        double xx = 0;
        double xy = 0;
        double yy = 0;
        for (int j = j0; j < j0 + size - 1; j++) {
            for (int i = i0; i < i0 + size - 1; i++) {
                double v = img[j * w + i];
                double gx = img[j * w + i + 1] - v;
                double gy = img[(j + 1) * w + i] - v;
                if (Double.isNaN(gx) || Double.isNaN(gy)) {
                    return 0;
                }
                xx += gx * gx;
                xy += gx * gy;
                yy += gy * gy;
            }
        }
        double tr = (xx + yy) / 2;
        return tr - Math.sqrt(Math.max(0, tr * tr - (xx * yy - xy * xy)));
    }
}
