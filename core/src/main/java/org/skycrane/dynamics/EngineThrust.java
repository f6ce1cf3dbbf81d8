package org.skycrane.dynamics;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.vehicle.Engines;

/**
 * Net engine thrust: the thrust asked for, clipped to the cluster's throttle range (a zero request
 * turns the engines off), and nothing once the propellant is gone. Propellant flows at
 * |T| / (cos(cant) Isp g₀).
 *
 * @param engines the engine cluster
 * @param dryMass stack mass with empty tanks (kg); below it the engines starve
 */
public record EngineThrust(Engines engines, double dryMass) implements Force {

    @Override
    public Vector3D force(FlightState state, AirData air, Actuation actuation) {
        Vector3D wanted = actuation.thrust();
        double magnitude = wanted.getNorm();
        double delivered = delivered(magnitude, state.mass());
        return delivered == 0 ? Vector3D.ZERO : wanted.scalarMultiply(delivered / magnitude);
    }

    @Override
    public double massRate(FlightState state, AirData air, Actuation actuation) {
        return -engines.massFlow(delivered(actuation.thrust().getNorm(), state.mass()));
    }

    /** Net thrust magnitude (N) the engines give for a wanted magnitude and the current mass. */
    public double delivered(double wanted, double mass) {
        if (wanted <= 0 || mass <= dryMass) {
            return 0.0;
        }
        return Math.max(engines.minNetThrust(), Math.min(engines.maxNetThrust(), wanted));
    }
}
