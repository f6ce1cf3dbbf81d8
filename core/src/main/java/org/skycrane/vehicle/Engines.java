package org.skycrane.vehicle;

/**
 * A cluster of identical throttled engines (the descent stage's eight Mars Lander Engines). The
 * cluster's net thrust is along the stage's thrust axis; canted engines lose the cosine of the cant.
 *
 * @param count         number of engines
 * @param maxThrust     maximum thrust of one engine (N)
 * @param minThrottle   lowest throttle setting while lit, as a fraction of maximum
 * @param isp           specific impulse (s)
 * @param cantAngle     angle between each engine's axis and the thrust axis (rad)
 * @param maxTotalThrust the cluster's largest total thrust (N), which may be below count × maxThrust
 */
public record Engines(int count, double maxThrust, double minThrottle, double isp, double cantAngle,
                      double maxTotalThrust) {

    /** Standard gravity g₀ that defines specific impulse (m/s²), by definition (CGPM 1901). */
    public static final double STANDARD_GRAVITY = 9.80665;

    /** Largest net thrust along the axis (N): the engines' sum, or the cluster's own limit if lower. */
    public double maxNetThrust() {
        return Math.min(count * maxThrust * Math.cos(cantAngle), maxTotalThrust);
    }

    /**
     * Largest net thrust along the axis (N) of {@code lit} of the engines sharing the thrust equally:
     * their sum, or the cluster's own limit if lower.
     */
    public double maxNetThrust(int lit) {
        return Math.min(lit * maxThrust * Math.cos(cantAngle), maxTotalThrust);
    }

    /** This cluster with its thrust scaled by {@code thrustFactor} and its Isp by {@code ispFactor}. */
    public Engines scaled(double thrustFactor, double ispFactor) {
        return new Engines(count, maxThrust * thrustFactor, minThrottle, isp * ispFactor, cantAngle,
                maxTotalThrust * thrustFactor);
    }

    /** Smallest net thrust along the axis while lit (N). */
    public double minNetThrust() {
        return maxNetThrust() * minThrottle;
    }

    /** Propellant flow (kg/s, positive) to give net thrust {@code netThrust} (N). */
    public double massFlow(double netThrust) {
        return netThrust / (Math.cos(cantAngle) * isp * STANDARD_GRAVITY);
    }
}
