package org.skycrane.sim;

/**
 * Where a jettisoned body hit the ground.
 *
 * @param body              name (e.g. {@code heat_shield})
 * @param time              since entry interface (s)
 * @param latitude          planetocentric (rad)
 * @param longitude         east (rad)
 * @param distanceFromRover along the ground from the rover's touchdown point (m); NaN when the rover did
 *                          not land
 * @param speed             speed relative to the ground at impact (m/s)
 */
public record Impact(String body, double time, double latitude, double longitude, double distanceFromRover,
                     double speed) {
}
