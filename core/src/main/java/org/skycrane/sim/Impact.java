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
 */
public record Impact(String body, double time, double latitude, double longitude, double distanceFromRover) {
}
