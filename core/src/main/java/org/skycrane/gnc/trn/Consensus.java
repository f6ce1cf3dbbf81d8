package org.skycrane.gnc.trn;

import java.util.ArrayList;
import java.util.List;

/**
 * Outlier rejection for matches that should all agree on one shift (a rectified image against an
 * ortho map differs by a translation): every match proposes its own shift, the proposal most others
 * agree with within a tolerance wins, and its agreeing matches are the inliers. This is RANSAC
 * (Fischler &amp; Bolles, Comm. ACM 24(6), 1981) with a one-match model, tried exhaustively.
 */
final class Consensus {

    private Consensus() {
    }

    /** Indices of the largest set of shifts {dx, dy} within {@code tolerance} of one of them (of their mean, refined once). */
    static List<Integer> largest(List<double[]> shifts, double tolerance) {
        List<Integer> best = List.of();
        for (double[] proposal : shifts) {
            List<Integer> set = near(shifts, proposal[0], proposal[1], tolerance);
            if (set.size() > best.size()) {
                best = set;
            }
        }
        if (best.isEmpty()) {
            return best;
        }
        double mx = 0;
        double my = 0;
        for (int k : best) {
            mx += shifts.get(k)[0];
            my += shifts.get(k)[1];
        }
        return near(shifts, mx / best.size(), my / best.size(), tolerance);
    }

    private static List<Integer> near(List<double[]> shifts, double x, double y, double tolerance) {
        List<Integer> set = new ArrayList<>();
        for (int k = 0; k < shifts.size(); k++) {
            if (Math.hypot(shifts.get(k)[0] - x, shifts.get(k)[1] - y) <= tolerance) {
                set.add(k);
            }
        }
        return set;
    }
}
