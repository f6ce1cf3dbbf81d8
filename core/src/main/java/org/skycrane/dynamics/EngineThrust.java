package org.skycrane.dynamics;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.vehicle.Engines;

/**
 * Net engine thrust: the thrust asked for, shared by the engines in use and clipped to their throttle
 * range (a zero request turns the engines off), and nothing once the propellant is gone. An engine
 * that has failed (truth) gives no thrust and burns nothing, so the cluster delivers the share of the
 * engines still working: before the flight software notices, each lit engine carries an equal share.
 * Propellant flows at |T| / (cos(cant) Isp g₀).
 *
 * @param engines the engine cluster
 * @param dryMass stack mass with empty tanks (kg); below it the engines starve
 * @param failed  the engines that have failed, a bit per engine (bit k − 1 for engine k)
 */
public record EngineThrust(Engines engines, double dryMass, int failed) implements Force {

    /** A cluster with every engine working. */
    public EngineThrust(Engines engines, double dryMass) {
        this(engines, dryMass, 0);
    }

    @Override
    public Vector3D force(FlightState state, AirData air, Actuation actuation) {
        Vector3D wanted = actuation.thrust();
        double magnitude = wanted.getNorm();
        double delivered = delivered(magnitude, state.mass(), actuation.enginesOff());
        return delivered == 0 ? Vector3D.ZERO : wanted.scalarMultiply(delivered / magnitude);
    }

    @Override
    public double massRate(FlightState state, AirData air, Actuation actuation) {
        return -engines.massFlow(delivered(actuation.thrust().getNorm(), state.mass(), actuation.enginesOff()));
    }

    /** Net thrust magnitude (N) the engines give for a wanted magnitude and the current mass, all in use. */
    public double delivered(double wanted, double mass) {
        return delivered(wanted, mass, 0);
    }

    /**
     * Net thrust magnitude (N) for a wanted magnitude, the current mass and the engines shut off: the
     * lit engines' throttle range, times the share of the lit engines that work.
     */
    public double delivered(double wanted, double mass, int off) {
        if (wanted <= 0 || mass <= dryMass) {
            return 0.0;
        }
        int lighted = engines.count() - Integer.bitCount(off);
        if (lighted <= 0) {
            return 0.0;
        }
        double max = engines.maxNetThrust(lighted);
        double net = Math.max(max * engines.minThrottle(), Math.min(max, wanted));
        return failed == 0 ? net : net * (lighted - Integer.bitCount(failed & ~off)) / lighted;
    }
}
