package org.skycrane.gnc.nav;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * The navigation solution: what the flight software believes about the vehicle's motion, the only
 * state guidance and the sequencer's decisions may read.
 *
 * @param time               since entry interface (s)
 * @param position           Mars-fixed (m)
 * @param velocity           planet-relative (m/s)
 * @param sensedAcceleration non-gravitational acceleration measured by the IMU, Mars-fixed axes (m/s²)
 * @param heightAboveGround  estimated height above the ground below (m), NaN when the solution has no
 *                           ground of its own (the onboard models' ground then serves)
 * @param cycleAcceleration  the IMU's mean non-gravitational acceleration over its last cycle, Mars-fixed
 *                           axes (m/s²): what pairs with a thrust held over that cycle; the
 *                           {@code sensedAcceleration} is the estimate at {@code time}
 */
public record NavState(double time, Vector3D position, Vector3D velocity, Vector3D sensedAcceleration,
                       double heightAboveGround, Vector3D cycleAcceleration) {

    /** A solution without a ground estimate of its own, whose sensed acceleration is instantaneous. */
    public NavState(double time, Vector3D position, Vector3D velocity, Vector3D sensedAcceleration) {
        this(time, position, velocity, sensedAcceleration, Double.NaN, sensedAcceleration);
    }

    /**
     * Height above the ground (m): the solution's own estimate when it has one, else above a sphere
     * of {@code groundRadius} (m).
     */
    public double heightAbove(double groundRadius) {
        return Double.isFinite(heightAboveGround) ? heightAboveGround : position.getNorm() - groundRadius;
    }

    /** Planet-relative speed (m/s). */
    public double speed() {
        return velocity.getNorm();
    }

    /** Vertical speed along the local up, positive up (m/s). */
    public double verticalSpeed() {
        return Vector3D.dotProduct(velocity, position.normalize());
    }
}
