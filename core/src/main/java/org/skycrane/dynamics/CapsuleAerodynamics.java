package org.skycrane.dynamics;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.vehicle.Capsule;

/**
 * Capsule drag D = q C_D(M) A along −V and lift L = (L/D)·D perpendicular to V, banked by the bank
 * angle the attitude-control system flies (the actuation's, not the raw command): lift direction =
 * cos σ · (up ⊥ V) + sin σ · (V̂ × up ⊥ V), so a positive bank turns the vehicle right.
 *
 * @param capsule    aerodynamic shape and tables
 * @param liftToDrag L/D flown (the capsule's trim value with the balance masses on board, 0 after)
 */
public record CapsuleAerodynamics(Capsule capsule, double liftToDrag) implements Force {

    @Override
    public Vector3D force(FlightState state, AirData air, Actuation actuation) {
        if (air.airspeed() <= 0) {
            return Vector3D.ZERO;
        }
        double drag = air.dynamicPressure() * capsule.dragCoefficient().value(air.mach()) * capsule.referenceArea();
        Vector3D along = air.airVelocity().scalarMultiply(1.0 / air.airspeed());
        Vector3D total = along.scalarMultiply(-drag);
        if (liftToDrag != 0) {
            Vector3D liftUp = air.up().subtract(along.scalarMultiply(Vector3D.dotProduct(air.up(), along)));
            double norm = liftUp.getNorm();
            if (norm > 1e-9) {
                liftUp = liftUp.scalarMultiply(1.0 / norm);
                Vector3D right = Vector3D.crossProduct(along, liftUp);
                double lift = liftToDrag * drag;
                double bankAngle = actuation.bank().angle(state.time());
                total = total.add(liftUp.scalarMultiply(lift * Math.cos(bankAngle)))
                        .add(right.scalarMultiply(lift * Math.sin(bankAngle)));
            }
        }
        return total;
    }
}
