package org.skycrane.sim;

/**
 * The rover's touchdown.
 *
 * @param time                since entry interface (s)
 * @param verticalSpeed       downward speed of the rover (m/s, non-negative when descending)
 * @param horizontalSpeed     m/s
 * @param latitude            planetocentric (rad)
 * @param longitude           east (rad)
 * @param propellantRemaining in the descent stage (kg)
 */
public record Touchdown(double time, double verticalSpeed, double horizontalSpeed, double latitude,
                        double longitude, double propellantRemaining) {
}
