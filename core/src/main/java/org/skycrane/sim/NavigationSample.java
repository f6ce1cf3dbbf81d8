package org.skycrane.sim;

import java.util.List;

/**
 * The navigation filter at one flight-software tick: its error (estimate minus truth) and its own
 * 1σ, north, east, down.
 *
 * @param time          since entry (s)
 * @param error         {r_N, r_E, r_D (m), v_N, v_E, v_D (m/s)}, planet-relative velocity
 * @param sigma         the filter's 1σ, same order
 * @param heightError   estimated minus true height above the ground below (m)
 * @param radarAccepted radar returns the filter used at this tick
 * @param radarRejected returns it rejected (gate, no map intersection)
 * @param attitudeError angle between the estimated and the true attitude (rad)
 * @param nees          normalised estimation error squared of the six position and velocity errors, with the
 *                      filter's full covariance: χ² with 6 degrees of freedom when the filter is consistent
 * @param attitudeNees  the same of the three attitude errors (χ² with 3 degrees of freedom)
 * @param attitudeErrorNed the attitude error φ (C_true = (I + [φ×]) Ĉ) north, east, down (rad): its north
 *                      and east components tilt a nadir line of sight, the LVS's pointing error
 */
public record NavigationSample(double time, double[] error, double[] sigma, double heightError, int radarAccepted,
                               int radarRejected, double attitudeError, double nees,
                               double attitudeNees, double[] attitudeErrorNed) {

    /** Names of the three axes, north, east, down, for keys and columns. */
    public static final String[] POSITION_KEYS = {"north", "east", "down"};

    /** The latest sample at or before {@code time} (s), or null (samples in time order). */
    public static NavigationSample at(List<NavigationSample> samples, double time) {
        int lo = 0;
        int hi = samples.size() - 1;
        NavigationSample found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (samples.get(mid).time() <= time + 1e-9) {
                found = samples.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
