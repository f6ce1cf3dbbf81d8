package org.skycrane.sim;

import org.skycrane.terrain.HazardSpec;

/**
 * The rover's touchdown, and the ground it came down on.
 *
 * @param time                since entry interface (s)
 * @param verticalSpeed       downward speed of the rover (m/s, non-negative when descending)
 * @param horizontalSpeed     m/s
 * @param latitude            planetocentric (rad)
 * @param longitude           east (rad)
 * @param propellantRemaining in the descent stage (kg)
 * @param slope               of the ground under the rover's footprint (rad), fitted over {@link #HAZARDS}' baseline
 * @param rockHeight          tallest rock under the footprint (m; 0 if none)
 * @param safe                slope and rock height both within {@link #HAZARDS}' limits
 */
public record Touchdown(double time, double verticalSpeed, double horizontalSpeed, double latitude,
                        double longitude, double propellantRemaining, double slope, double rockHeight, boolean safe) {

    /**
     * What makes the ground under the rover unsafe: the sky crane's limits (slope below 15° over 5 m,
     * rocks no higher than 0.55 m; sources in {@link HazardSpec#skyCrane()}). The footprint judged is
     * the baseline's disc, 5 m across, which covers the rover's wheels (Curiosity and Perseverance are
     * about 3 m long and 2.7 m wide, NASA fact sheets).
     */
    public static final HazardSpec HAZARDS = HazardSpec.skyCrane();

    /**
     * Vertical speed (m/s) above which the rover reaching the ground on its bridles is a crash, not a
     * landing: ASSUMED, an order of magnitude above the sky crane's 0.75 m/s (the speed of a fall of
     * 13 m on Mars); the rover's wheels and suspension are not built to take it. Below it, a hard
     * touchdown is a landing that fails the campaign's touchdown criteria.
     */
    public static final double CRASH_SPEED = 10.0;
}
