package org.skycrane.canopy;

import static org.skycrane.canopy.CanopyPattern.RINGS;
import static org.skycrane.canopy.CanopyPattern.SEGMENTS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealVector;

/**
 * Red or white for every gore, from its measured redness: the decisions of {@link CanopyImageReader}.
 * Values are {@code [ring][segment]}, red high, on any scale.
 */
final class GoreBits {

    /** Uncertain segments whose flips are tried when the pattern is not a valid code. */
    private static final int FLIP_CANDIDATES = 6;

    private GoreBits() {
    }

    /**
     * Patterns to try for one set of segment values: each ring thresholded on its own and then
     * corrected for blur between neighbouring gores, the same without the correction, one
     * threshold for all rings, and flips of the least certain segments.
     */
    static List<CanopyPattern> patterns(double[][] redness) {
        double[] all = new double[RINGS * SEGMENTS];
        for (int ring = 0; ring < RINGS; ring++) {
            System.arraycopy(redness[ring], 0, all, ring * SEGMENTS, SEGMENTS);
        }
        double global = otsu(all);
        boolean[][] perRing = new boolean[RINGS][];
        boolean[][] sharpened = new boolean[RINGS][];
        boolean[][] single = new boolean[RINGS][SEGMENTS];
        double[] certainty = new double[RINGS * SEGMENTS];
        for (int ring = 0; ring < RINGS; ring++) {
            double t = otsu(redness[ring]);
            perRing[ring] = new boolean[SEGMENTS];
            for (int k = 0; k < SEGMENTS; k++) {
                perRing[ring][k] = redness[ring][k] > t;
                single[ring][k] = redness[ring][k] > global;
            }
            sharpened[ring] = deblurred(redness[ring], perRing[ring]);
            double[] levels = levels(redness[ring], sharpened[ring]);
            for (int k = 0; k < SEGMENTS; k++) {
                certainty[ring * SEGMENTS + k] = Math.abs(redness[ring][k] - (levels[0] + levels[1]) / 2)
                        / Math.max(1e-9, levels[1] - levels[0]);
            }
        }
        List<CanopyPattern> candidates = new ArrayList<>();
        candidates.add(CanopyPattern.of(sharpened));
        candidates.add(CanopyPattern.of(perRing));
        candidates.add(CanopyPattern.of(single));
        Integer[] order = new Integer[RINGS * SEGMENTS];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (p, q) -> Double.compare(certainty[p], certainty[q]));
        for (int i = 0; i < FLIP_CANDIDATES; i++) {
            candidates.add(flipped(sharpened, order[i]));
            for (int j = 0; j < i; j++) {
                candidates.add(flipped(flipped(sharpened, order[j]).toArray(), order[i]));
            }
        }
        return candidates;
    }

    /**
     * Decisions corrected for blur between neighbouring gores (narrow near the vent): the model
     * x_k = a + c b_k + d (b_{k-1} + b_{k+1}) is fitted by least squares to the current decisions,
     * then the most likely decisions under it are found by the Viterbi algorithm around the ring
     * (state: two neighbouring bits), twice. An isolated red gore between whites looks paler than a
     * red run, and a white gore next to reds looks pinker; this is what keeps each on its side.
     */
    static boolean[] deblurred(double[] x, boolean[] start) {
        boolean[] b = start;
        for (int round = 0; round < 3; round++) {
            double[] model = blurModel(x, b);
            if (model == null) {
                return b;
            }
            boolean[] next = viterbi(x, model);
            if (Arrays.equals(next, b)) {
                break;
            }
            b = next;
        }
        return b;
    }

    /** The circular bit sequence with the least squared misfit to {@code x} under the blur model. */
    private static boolean[] viterbi(double[] x, double[] model) {
        int n = SEGMENTS;
        double bestTotal = Double.POSITIVE_INFINITY;
        int[] best = null;
        int[][] back = new int[n][4];
        for (int b0 = 0; b0 < 2; b0++) {
            for (int b1 = 0; b1 < 2; b1++) {
                double[] cost = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                    Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};   // state 2 b_k + b_{k+1}
                for (int b2 = 0; b2 < 2; b2++) {
                    cost[2 * b1 + b2] = misfit(x[1], model, b0, b1, b2);
                }
                for (int k = 2; k < n; k++) {
                    double[] next = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                        Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
                    for (int state = 0; state < 4; state++) {
                        if (cost[state] == Double.POSITIVE_INFINITY) {
                            continue;
                        }
                        int before = state >> 1;
                        int here = state & 1;
                        for (int after = 0; after < 2; after++) {
                            if (k == n - 1 && after != b0) {
                                continue;
                            }
                            double total = cost[state] + misfit(x[k], model, before, here, after);
                            int target = 2 * here + after;
                            if (total < next[target]) {
                                next[target] = total;
                                back[k][target] = state;
                            }
                        }
                    }
                    cost = next;
                }
                for (int state = 0; state < 4; state++) {
                    if ((state & 1) != b0 || cost[state] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double total = cost[state] + misfit(x[0], model, state >> 1, b0, b1);
                    if (total < bestTotal) {
                        bestTotal = total;
                        best = new int[n];
                        best[0] = b0;
                        best[1] = b1;
                        int s = state;
                        for (int k = n - 1; k >= 2; k--) {
                            best[k] = s >> 1;
                            s = back[k][s];
                        }
                    }
                }
            }
        }
        boolean[] bits = new boolean[n];
        for (int k = 0; k < n; k++) {
            bits[k] = Objects.requireNonNull(best)[k] == 1;
        }
        return bits;
    }

    private static double misfit(double x, double[] model, int before, int here, int after) {
        double error = x - (model[0] + model[1] * here + model[2] * (before + after));
        return error * error;
    }

    /** Least-squares (a, c, d) of x_k = a + c b_k + d (b_{k-1} + b_{k+1}), or null if degenerate. */
    private static double[] blurModel(double[] x, boolean[] b) {
        double[][] normal = new double[3][3];
        double[] right = new double[3];
        for (int k = 0; k < SEGMENTS; k++) {
            double[] row = {1, bit(b, k), bit(b, k - 1) + bit(b, k + 1)};
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    normal[i][j] += row[i] * row[j];
                }
                right[i] += row[i] * x[k];
            }
        }
        try {
            RealVector s = new QRDecomposition(MatrixUtils.createRealMatrix(normal), 1e-9).getSolver()
                    .solve(new ArrayRealVector(right));
            double c = s.getEntry(1);
            double d = s.getEntry(2);
            if (!(c > 0) || d < 0 || d > 0.9 * c) {
                return null;   // not red-over-white with mild blur: keep the plain threshold
            }
            return s.toArray();
        } catch (MathRuntimeException e) {
            return null;
        }
    }

    private static double bit(boolean[] b, int k) {
        return b[Math.floorMod(k, SEGMENTS)] ? 1 : 0;
    }

    /** Mean value of the white and the red segments of a ring. */
    private static double[] levels(double[] x, boolean[] b) {
        double white = 0;
        double red = 0;
        int reds = 0;
        for (int k = 0; k < SEGMENTS; k++) {
            if (b[k]) {
                red += x[k];
                reds++;
            } else {
                white += x[k];
            }
        }
        return new double[] {reds == SEGMENTS ? 0 : white / (SEGMENTS - reds), reds == 0 ? 1 : red / reds};
    }

    /** Distance between the mean redness of red and white segments, all rings together. */
    static double contrast(double[][] redness) {
        double[] all = new double[RINGS * SEGMENTS];
        for (int ring = 0; ring < RINGS; ring++) {
            System.arraycopy(redness[ring], 0, all, ring * SEGMENTS, SEGMENTS);
        }
        double threshold = otsu(all);
        double red = 0;
        double white = 0;
        int reds = 0;
        for (double value : all) {
            if (value > threshold) {
                red += value;
                reds++;
            } else {
                white += value;
            }
        }
        return reds == 0 || reds == all.length ? 0 : red / reds - white / (all.length - reds);
    }

    private static CanopyPattern flipped(boolean[][] bits, int index) {
        boolean[][] copy = new boolean[RINGS][];
        for (int ring = 0; ring < RINGS; ring++) {
            copy[ring] = bits[ring].clone();
        }
        copy[index / SEGMENTS][index % SEGMENTS] ^= true;
        return CanopyPattern.of(copy);
    }

    /** Otsu's threshold: the split of {@code values} into two groups with the largest between-group variance. */
    static double otsu(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double total = 0;
        for (double v : sorted) {
            total += v;
        }
        double best = -1;
        double threshold = (sorted[0] + sorted[n - 1]) / 2;
        double lower = 0;
        for (int i = 1; i < n; i++) {
            lower += sorted[i - 1];
            if (sorted[i] == sorted[i - 1]) {
                continue;
            }
            double m0 = lower / i;
            double m1 = (total - lower) / (n - i);
            double between = (double) i * (n - i) * (m0 - m1) * (m0 - m1);
            if (between > best) {
                best = between;
                threshold = (sorted[i - 1] + sorted[i]) / 2;
            }
        }
        return threshold;
    }
}
