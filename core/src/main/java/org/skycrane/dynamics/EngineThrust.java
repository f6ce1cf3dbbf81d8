package org.skycrane.dynamics;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.vehicle.Commands;
import org.skycrane.vehicle.Engines;

/**
 * Net engine thrust: the commanded force clipped to the cluster's throttle range (a zero command
 * turns the engines off), and nothing once the propellant is gone. Propellant flows at
 * |T| / (cos(cant) Isp g₀).
 *
 * @param engines the engine cluster
 * @param dryMass stack mass with empty tanks (kg); below it the engines starve
 */
public record EngineThrust(Engines engines, double dryMass) implements Force {

    @Override
    public Vector3D force(FlightState state, AirData air, Commands commands) {
        double wanted = commands.thrust().getNorm();
        double delivered = delivered(wanted, state.mass());
        return delivered == 0 ? Vector3D.ZERO : commands.thrust().scalarMultiply(delivered / wanted);
    }

    @Override
    public double massRate(FlightState state, AirData air, Commands commands) {
        return -engines.massFlow(delivered(commands.thrust().getNorm(), state.mass()));
    }

    /** Net thrust magnitude (N) the engines give for a wanted magnitude and the current mass. */
    public double delivered(double wanted, double mass) {
        if (wanted <= 0 || mass <= dryMass) {
            return 0.0;
        }
        return Math.max(engines.minNetThrust(), Math.min(engines.maxNetThrust(), wanted));
    }
}
