package org.skycrane.dynamics;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * The entry attitude-control thrusters' propellant: they fire in opposed pairs to roll the capsule,
 * so in a translational model they add no net force, only a mass flow from the descent stage's
 * tanks while they fly the bank.
 *
 * @param rate propellant burnt (kg/s)
 */
public record RcsPropellant(double rate) implements Force {

    @Override
    public Vector3D force(FlightState state, AirData air, Actuation actuation) {
        return Vector3D.ZERO;
    }

    @Override
    public double massRate(FlightState state, AirData air, Actuation actuation) {
        return -rate;
    }
}
