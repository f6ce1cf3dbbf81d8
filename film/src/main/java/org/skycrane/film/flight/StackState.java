package org.skycrane.film.flight;

import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.flight.Phase;

/**
 * The flying stack at one instant, in the scene's local frame.
 *
 * @param time              since entry interface (s)
 * @param position          the stack's reference point (local m): the rover's wheels while it is stowed
 * @param velocity          planet-relative (local m/s)
 * @param attitude          body to local (body x along the heat-shield axis, down in descent)
 * @param thrust            net engine thrust (local N)
 * @param heightAboveGround m
 * @param altitude          above the areoid (m)
 * @param speed             planet-relative (m/s)
 * @param dynamicPressure   Pa
 * @param mach              Mach number
 * @param phase             flight-software phase
 */
public record StackState(double time, Vector3D position, Vector3D velocity, Rotation attitude, Vector3D thrust,
                         double heightAboveGround, double altitude, double speed, double dynamicPressure, double mach,
                         Phase phase) {

    /** Body x (the heat-shield axis, forward) in the local frame. */
    public Vector3D axis() {
        return attitude.applyTo(Vector3D.PLUS_I);
    }

    /** A body-frame point (m) in the local frame. */
    public Vector3D point(Vector3D body) {
        return position.add(attitude.applyTo(body));
    }
}
