package org.skycrane.gnc.nav;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fault protection of the radar navigation, in the flight software: it watches what the radar
 * returns and what the filter makes of it, and decides.
 *
 * <ul>
 *   <li>A beam that returned after lock, that the filter expects to return (its predicted slant range
 *       well inside the maximum), and that stays silent for {@link #SILENCE} is declared
 *       failed and excluded from the filter (a real beam over the ground does not fall silent below
 *       the radar's range).</li>
 *   <li>All beams silent for {@link #SILENCE} after lock: the radar is declared lost and the flight
 *       software navigates on the IMU alone to the ground.</li>
 *   <li>Most returns rejected by the filter's gate for {@link #INCONSISTENT_FRAMES} frames in a row
 *       while the radar is healthy: the IMU's calibration is suspected (a bias step), and the filter's
 *       bias uncertainty is reopened so the radar can re-estimate it.</li>
 * </ul>
 */
public final class RadarMonitor {

    /** Silence that declares a beam or the radar failed (s). */
    public static final double SILENCE = 1.0;
    /** Consecutive frames with most returns rejected that declare the IMU's calibration suspect. */
    public static final int INCONSISTENT_FRAMES = 5;

    /** A detection and the response taken. */
    public record Decision(String detected, String response) {
    }

    private final Map<Integer, Double> lastReturn = new HashMap<>();
    private final Set<Integer> excluded = new HashSet<>();
    private double lastAnyReturn = Double.NaN;
    private boolean radarLost;
    private int inconsistent;

    /** Beams the filter must ignore. */
    public Set<Integer> excluded() {
        return Set.copyOf(excluded);
    }

    /** Whether the radar has been declared lost. */
    public boolean radarLost() {
        return radarLost;
    }

    /**
     * The frame as the monitor sees it before the filter uses it; returns the decisions taken.
     *
     * @param frame    the returns
     * @param expected the beams that should return, by the filter's estimate (a beam near the end of
     *                 its range may come and go and is not judged)
     */
    public List<Decision> beforeUpdate(RadarFrame frame, Set<Integer> expected) {
        List<Decision> decisions = new ArrayList<>();
        double t = frame.time();
        for (RadarReturn r : frame.returns()) {
            lastReturn.put(r.beam(), t);
            lastAnyReturn = t;
        }
        if (radarLost || Double.isNaN(lastAnyReturn)) {
            return decisions;
        }
        if (t - lastAnyReturn >= SILENCE - 1e-9 && !expected.isEmpty()) {
            radarLost = true;
            decisions.add(new Decision(String.format(Locale.ROOT, "radar silent for %.1f s after lock",
                    t - lastAnyReturn), "navigate on the IMU alone to the ground"));
            return decisions;
        }
        for (int b : expected) {
            Double last = lastReturn.get(b);
            if (last != null && !excluded.contains(b) && t - last >= SILENCE - 1e-9) {
                excluded.add(b);
                decisions.add(new Decision(String.format(Locale.ROOT, "radar beam %d silent for %.1f s", b,
                        t - last), String.format(Locale.ROOT, "beam %d excluded from navigation", b)));
            }
        }
        return decisions;
    }

    /** What the filter made of the frame; returns a decision when the IMU's calibration is suspect. */
    public Decision afterUpdate(NavigationFilter.RadarUpdate update) {
        int total = update.accepted() + update.rejected();
        if (total >= 3 && update.rejected() > update.accepted()) {
            inconsistent++;
        } else {
            inconsistent = 0;
        }
        if (inconsistent == INCONSISTENT_FRAMES) {
            inconsistent = 0;
            return new Decision(String.format(Locale.ROOT,
                    "radar innovations inconsistent with the IMU for %d frames", INCONSISTENT_FRAMES),
                    "reopen the IMU bias estimates");
        }
        return null;
    }
}
