package org.skycrane.sim;

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
 */
public record NavigationSample(double time, double[] error, double[] sigma, double heightError, int radarAccepted,
                               int radarRejected, double attitudeError) {

    /** Names of the six components, north, east, down position then velocity, for keys and columns. */
    public static final String[] POSITION_KEYS = {"north", "east", "down"};

    /** The latest sample at or before {@code time} (s), or null (samples in time order). */
    public static NavigationSample at(java.util.List<NavigationSample> samples, double time) {
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

    /** Normalised estimation error squared of the six position and velocity states, with their correlations ignored. */
    public double neesDiagonal() {
        double sum = 0;
        for (int i = 0; i < 6; i++) {
            sum += error[i] * error[i] / (sigma[i] * sigma[i]);
        }
        return sum;
    }
}
