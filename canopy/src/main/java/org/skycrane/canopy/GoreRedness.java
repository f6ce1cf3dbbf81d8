package org.skycrane.canopy;

import static org.skycrane.canopy.CanopyPattern.RINGS;
import static org.skycrane.canopy.CanopyPattern.SEGMENTS;
import static org.skycrane.canopy.GoreSeams.ACROSS;

import org.skycrane.canopy.Conics.Frame;

/**
 * Step 7 of {@link CanopyImageReader}, the bits, first half: redness (R − B) / max(R, G, B), which
 * ignores the lighting level and suits red and orange alike, averaged over the middle of each gore of
 * each ring. {@link GoreBits} thresholds it per ring (Otsu) and corrects it for blur between
 * neighbouring gores (a Viterbi pass).
 */
final class GoreRedness {

    private GoreRedness() {
    }

    /** Mean redness of the middle of every segment, {@code [ring][segment]}. */
    static double[][] of(Picture pixels, Frame outline, double[] ringEdges, double phase) {
        double[][] redness = new double[RINGS][SEGMENTS];
        double[] inner = {ringEdges[0], ringEdges[1], ringEdges[2], ringEdges[4]};
        double[] outer = {ringEdges[1], ringEdges[2], ringEdges[3], ringEdges[5]};
        double[] p = new double[2];
        for (int ring = 0; ring < RINGS; ring++) {
            double width = outer[ring] - inner[ring];
            // the innermost ring is sampled further out, where its gores are wider
            double low = ring == 0 ? 0.4 : 0.25;
            double[] warp = GoreSeams.ringWarp(pixels, outline, inner[ring] + low * width, inner[ring] + 0.8 * width, phase);
            double[][] angles = GoreSeams.segmentAngles(phase, 0.1, warp);
            for (int k = 0; k < SEGMENTS; k++) {
                double r = 0;
                double b = 0;
                double v = 0;
                for (int i = 0; i < 5; i++) {
                    double rho = inner[ring] + width * (low + (0.8 - low) * i / 4);
                    for (int j = k * ACROSS; j < (k + 1) * ACROSS; j++) {
                        outline.map(rho, angles[0][j], angles[1][j], p);
                        float red = pixels.at(0, p[0], p[1]);
                        if (!Float.isNaN(red)) {
                            r += red;
                            b += pixels.at(2, p[0], p[1]);
                            v += pixels.at(3, p[0], p[1]);
                        }
                    }
                }
                redness[ring][k] = (r - b) / Math.max(v, 1e-9);
            }
        }
        return redness;
    }
}
