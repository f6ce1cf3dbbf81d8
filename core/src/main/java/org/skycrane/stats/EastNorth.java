package org.skycrane.stats;

/**
 * A point in the local east-north plane of a target, relative to the target.
 *
 * @param east  towards local east (m)
 * @param north towards local north (m)
 */
public record EastNorth(double east, double north) {

    /** The target itself. */
    public static final EastNorth ORIGIN = new EastNorth(0.0, 0.0);

    /** Distance from the target (m). */
    public double distance() {
        return Math.hypot(east, north);
    }
}
