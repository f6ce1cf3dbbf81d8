package org.skycrane.gnc.guidance;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.gnc.nav.NavState;
import org.skycrane.mars.Planet;
import org.skycrane.vehicle.Engines;

/**
 * Proportional velocity hold with a weak horizontal position hold, the law of the constant-velocity
 * descent and of the sky crane: thrust = m (−g − frame terms + K_v (v_wanted − v) + K_p Δr_horizontal).
 * With a zero-order hold of period T the loop is stable for K_v T &lt; 2; the defaults keep
 * K_v T ≈ 0.2.
 *
 * @param planet        gravity and rotating-frame terms
 * @param engines       throttle limits
 * @param velocityGain  K_v (1/s)
 * @param positionGain  K_p (1/s²), horizontal only
 */
public record VelocityHold(Planet planet, Engines engines, double velocityGain, double positionGain) {

    /**
     * Thrust (N, Mars-fixed) to fly {@code wantedVelocity} over {@code holdPosition}'s vertical, for a
     * believed mass {@code mass} (kg).
     */
    public Vector3D thrust(NavState nav, double mass, Vector3D wantedVelocity, Vector3D holdPosition) {
        return thrust(nav, mass, wantedVelocity, Vector3D.ZERO, holdPosition);
    }

    /**
     * As {@link #thrust(NavState, double, Vector3D, Vector3D)}, with a feed-forward acceleration
     * {@code wantedAcceleration} (m/s², Mars-fixed) added: the acceleration of the velocity profile flown.
     */
    public Vector3D thrust(NavState nav, double mass, Vector3D wantedVelocity, Vector3D wantedAcceleration,
                           Vector3D holdPosition) {
        Vector3D r = nav.position();
        Vector3D v = nav.velocity();
        Vector3D up = r.normalize();
        Vector3D a = wantedVelocity.subtract(v).scalarMultiply(velocityGain).add(wantedAcceleration);
        if (holdPosition != null) {
            Vector3D offset = holdPosition.subtract(r);
            Vector3D horizontal = offset.subtract(up.scalarMultiply(Vector3D.dotProduct(offset, up)));
            a = a.add(horizontal.scalarMultiply(positionGain));
        }
        Vector3D thrust = a.subtract(planet.gravity(r)).subtract(planet.frameAcceleration(r, v))
                .scalarMultiply(mass);
        double magnitude = thrust.getNorm();
        if (Vector3D.dotProduct(thrust, up) <= 0 || magnitude < engines.minNetThrust()) {
            return up.scalarMultiply(engines.minNetThrust());
        }
        return thrust.scalarMultiply(Math.min(engines.maxNetThrust(), magnitude) / magnitude);
    }
}
