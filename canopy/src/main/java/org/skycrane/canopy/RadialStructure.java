package org.skycrane.canopy;

import static org.skycrane.canopy.CanopyImageReader.noCanopy;

import java.util.Locale;
import org.skycrane.canopy.Conics.Frame;

/**
 * Step 3 of {@link CanopyImageReader}, vent, gap and band: their radii come from the share of canopy
 * pixels on each circle of the unit disk. It runs twice, on the affine outline and again on the
 * perspective one.
 */
final class RadialStructure {

    private RadialStructure() {
    }

    /** Normalised radii {vent edge, disk outer edge, band inner edge} from the share of bright pixels per circle. */
    static double[] of(Picture pixels, Frame outline, float threshold) {
        double[] axes = outline.axes();
        int steps = (int) Math.ceil(1.02 * axes[1] / 0.5);
        int angles = 720;
        double[] share = new double[steps];
        double[] cos = new double[angles];
        double[] sin = new double[angles];
        for (int k = 0; k < angles; k++) {
            cos[k] = Math.cos(2 * Math.PI * k / angles);
            sin[k] = Math.sin(2 * Math.PI * k / angles);
        }
        double[] p = new double[2];
        for (int i = 0; i < steps; i++) {
            double rho = (i + 0.5) / steps * 1.02;
            int bright = 0;
            int seen = 0;
            for (int k = 0; k < angles; k++) {
                outline.map(rho, cos[k], sin[k], p);
                float v = pixels.at(4, p[0], p[1]);
                if (!Float.isNaN(v)) {
                    seen++;
                    bright += v > threshold ? 1 : 0;
                }
            }
            share[i] = seen == 0 ? 0 : bright / (double) seen;
        }
        boolean[] light = new boolean[steps];
        for (int i = 0; i < steps; i++) {
            double sum = 0;
            int n = 0;
            for (int j = Math.max(0, i - 1); j <= Math.min(steps - 1, i + 1); j++) {
                sum += share[j];
                n++;
            }
            light[i] = sum / n >= 0.6;   // the gap of a tilted canopy is smeared in this average
        }
        int ventEnd = 0;
        while (ventEnd < steps && !light[ventEnd]) {
            ventEnd++;
        }
        int outer = steps - 1;
        while (outer > ventEnd && !light[outer]) {
            outer--;
        }
        int bestStart = -1;
        int bestLength = 0;
        for (int i = ventEnd; i <= outer; i++) {
            if (!light[i]) {
                int start = i;
                while (i <= outer && !light[i]) {
                    i++;
                }
                double middle = (start + i) / 2.0 / steps * 1.02;
                if (i - start > bestLength && middle > 0.3 && middle < 0.97) {
                    bestStart = start;
                    bestLength = i - start;
                }
            }
        }
        double step = 1.02 / steps;
        if (bestStart < 0 || bestLength * step < 0.01) {
            throw noCanopy("no gap between the disk and the band (a dark ring inside the canopy's outline)");
        }
        double vent = ventEnd * step;
        double diskOuter = bestStart * step;
        double bandInner = (bestStart + bestLength) * step;
        if (diskOuter - vent < 0.15) {
            throw noCanopy(String.format(Locale.ROOT,
                    "the disk inside the gap is too narrow for three rings (%.2f to %.2f of the radius)", vent, diskOuter));
        }
        if (1 - bandInner < 0.04) {
            throw noCanopy("the band outside the gap is too narrow");
        }
        return new double[] {vent, diskOuter, bandInner};
    }
}
