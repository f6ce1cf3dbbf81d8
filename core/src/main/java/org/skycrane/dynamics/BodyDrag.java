package org.skycrane.dynamics;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * Drag of a body with a constant drag area: D = q C_D A along −V.
 *
 * @param dragArea C_D·A (m²)
 */
public record BodyDrag(double dragArea) implements Force {

    @Override
    public Vector3D force(FlightState state, AirData air, Actuation actuation) {
        if (air.airspeed() <= 0 || dragArea == 0) {
            return Vector3D.ZERO;
        }
        return air.airVelocity().scalarMultiply(-air.dynamicPressure() * dragArea / air.airspeed());
    }
}
