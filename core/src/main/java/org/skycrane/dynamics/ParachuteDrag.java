package org.skycrane.dynamics;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.vehicle.Parachute;
import org.skycrane.vehicle.Stack;

/**
 * Parachute drag q C_D(M) A₀ f(t) along −V, where f is the drag area over its steady value: 0 until
 * line stretch, then filling and overinflating (see {@link Parachute#openFraction}). The canopy is taken to trail the capsule directly (one
 * body, 3-DOF); riser dynamics are not modelled.
 *
 * @param parachute the canopy's shape and tables
 * @param canopy    when the mortar fired and how long the canopy takes to fill
 */
public record ParachuteDrag(Parachute parachute, Stack.Canopy canopy) implements Force {

    @Override
    public Vector3D force(FlightState state, AirData air, Actuation actuation) {
        if (!canopy.isStretched()) {
            return Vector3D.ZERO;
        }
        double open = parachute.openFraction(state.time() - canopy.lineStretch(), canopy.fillTime());
        if (open <= 0 || air.airspeed() <= 0) {
            return Vector3D.ZERO;
        }
        double drag = air.dynamicPressure() * parachute.dragCoefficient().value(air.mach())
                * parachute.referenceArea() * open;
        return air.airVelocity().scalarMultiply(-drag / air.airspeed());
    }
}
