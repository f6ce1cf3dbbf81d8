package org.skycrane.vehicle;

/**
 * The bridles (and umbilical) on which the sky crane lowers the rover.
 *
 * @param length      fully paid out (m)
 * @param payoutSpeed rate at which the descent brake lets them out (m/s, rover relative to stage)
 */
public record Bridles(double length, double payoutSpeed) {
}
