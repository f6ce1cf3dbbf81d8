package org.skycrane.dynamics;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.vehicle.Commands;
import org.skycrane.vehicle.Parachute;

/**
 * Parachute drag q C_D(M) A₀ f(t) along −V, where f grows from 0 at line stretch to 1 over the fill
 * time (see {@link Parachute#openFraction}). The canopy is taken to trail the capsule directly (one
 * body, 3-DOF); riser dynamics are not modelled.
 *
 * @param parachute  the canopy
 * @param deployTime mortar fire (s since entry interface)
 * @param fillTime   fill time, fixed at deploy from the deploy speed (s)
 */
public record ParachuteDrag(Parachute parachute, double deployTime, double fillTime) implements Force {

    @Override
    public Vector3D force(FlightState state, AirData air, Commands commands) {
        double open = parachute.openFraction(state.time() - deployTime, fillTime);
        if (open <= 0 || air.airspeed() <= 0) {
            return Vector3D.ZERO;
        }
        double drag = air.dynamicPressure() * parachute.dragCoefficient().value(air.mach())
                * parachute.referenceArea() * open;
        return air.airVelocity().scalarMultiply(-drag / air.airspeed());
    }
}
