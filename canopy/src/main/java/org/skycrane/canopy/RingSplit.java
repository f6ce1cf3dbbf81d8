package org.skycrane.canopy;

import static org.skycrane.canopy.CanopyPattern.SEGMENTS;
import static org.skycrane.canopy.GoreSeams.ACROSS;

import java.util.ArrayList;
import java.util.List;
import org.skycrane.canopy.Conics.Frame;

/**
 * Step 6 of {@link CanopyImageReader}, the rings: inside the disk, {@value #DISK_CIRCLES} circles are
 * sampled gore by gore and split into three runs where their colour patterns change (least squares
 * over all splits); the {@value #SPLIT_CANDIDATES} best splits are kept as candidates.
 */
final class RingSplit {

    private static final int DISK_CIRCLES = 48;
    /** Splits of the disk into three rings that are tried, best first. */
    private static final int SPLIT_CANDIDATES = 3;

    private RingSplit() {
    }

    /**
     * Candidate radii of the ring 1/2 and ring 2/3 edges, best first: splits of the disk's circles
     * into three runs that are alike within and differ between. Each circle's segment values are
     * standardised first (zero mean, unit spread), so that a gradual change of contrast towards the
     * vent, where seams and blur eat the narrow gores, cannot pass for a ring edge.
     */
    static List<double[]> candidates(Picture pixels, Frame outline, double[] edges, double phase) {
        double margin = GoreSeams.margin(outline);
        double from = edges[0] + margin;
        double to = edges[1] - margin;
        double[][] x = new double[DISK_CIRCLES][];
        double[][] angles = GoreSeams.segmentAngles(phase, 0.12, new double[3]);
        for (int i = 0; i < DISK_CIRCLES; i++) {
            double rho = from + (to - from) * (i + 0.5) / DISK_CIRCLES;
            x[i] = standardised(circle(pixels, outline, rho, angles));
        }
        double[][] sum = new double[DISK_CIRCLES + 1][SEGMENTS];
        double[][] squares = new double[DISK_CIRCLES + 1][SEGMENTS];
        for (int i = 0; i < DISK_CIRCLES; i++) {
            for (int k = 0; k < SEGMENTS; k++) {
                sum[i + 1][k] = sum[i][k] + x[i][k];
                squares[i + 1][k] = squares[i][k] + x[i][k] * x[i][k];
            }
        }
        int least = 3;
        List<double[]> splits = new ArrayList<>();   // {cost, b1, b2}
        for (int b1 = least; b1 <= DISK_CIRCLES - 2 * least; b1++) {
            double first = spread(sum, squares, 0, b1);
            for (int b2 = b1 + least; b2 <= DISK_CIRCLES - least; b2++) {
                double cost = first + spread(sum, squares, b1, b2) + spread(sum, squares, b2, DISK_CIRCLES);
                splits.add(new double[] {cost, b1, b2});
            }
        }
        splits.sort((p, q) -> Double.compare(p[0], q[0]));
        List<double[]> chosen = new ArrayList<>();
        for (double[] split : splits) {
            boolean distinct = true;
            for (double[] c : chosen) {
                distinct &= Math.abs(split[1] - c[1]) > 4 || Math.abs(split[2] - c[2]) > 4;
            }
            if (distinct) {
                chosen.add(split);
                if (chosen.size() == SPLIT_CANDIDATES) {
                    break;
                }
            }
        }
        List<double[]> radii = new ArrayList<>();
        for (double[] c : chosen) {
            radii.add(new double[] {from + (to - from) * c[1] / DISK_CIRCLES, from + (to - from) * c[2] / DISK_CIRCLES});
        }
        return radii;
    }

    private static double[] standardised(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double variance = 0;
        for (double v : values) {
            variance += (v - mean) * (v - mean);
        }
        double spread = Math.sqrt(variance / values.length) + 0.02;
        double[] z = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            z[i] = (values[i] - mean) / spread;
        }
        return z;
    }

    /** Sum of squared deviations from the mean of circles {@code [from, to)}, over all segments. */
    private static double spread(double[][] sum, double[][] squares, int from, int to) {
        double total = 0;
        int n = to - from;
        for (int k = 0; k < SEGMENTS; k++) {
            double s = sum[to][k] - sum[from][k];
            total += squares[to][k] - squares[from][k] - s * s / n;
        }
        return total;
    }

    /** Mean redness of each segment's middle along one circle. */
    private static double[] circle(Picture pixels, Frame outline, double rho, double[][] angles) {
        double[] values = new double[SEGMENTS];
        double[] p = new double[2];
        for (int k = 0; k < SEGMENTS; k++) {
            double total = 0;
            int n = 0;
            for (int j = k * ACROSS; j < (k + 1) * ACROSS; j++) {
                outline.map(rho, angles[0][j], angles[1][j], p);
                float value = pixels.redness(p[0], p[1]);
                if (!Float.isNaN(value)) {
                    total += value;
                    n++;
                }
            }
            values[k] = n == 0 ? 0 : total / n;
        }
        return values;
    }
}
