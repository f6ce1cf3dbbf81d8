package org.skycrane.dynamics;

import java.util.Objects;
import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * State of a flying body in the Mars-fixed rotating frame.
 *
 * @param time     time since entry interface (s)
 * @param position from the centre of Mars (m)
 * @param velocity relative to the rotating frame (m/s)
 * @param mass     of the flying stack (kg)
 * @param heatLoad stagnation-point convective heat load integrated since entry interface (J/m²)
 */
public record FlightState(double time, Vector3D position, Vector3D velocity, double mass, double heatLoad) {

    public FlightState {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(velocity, "velocity");
        if (!(mass > 0)) { // also rejects NaN
            throw new IllegalArgumentException("mass must be positive (kg): " + mass);
        }
        if (!Double.isFinite(time) || !Double.isFinite(heatLoad) || !isFinite(position) || !isFinite(velocity)) {
            throw new IllegalArgumentException("flight state must be finite: t=" + time + " r=" + position
                    + " v=" + velocity + " Q=" + heatLoad);
        }
    }

    private static boolean isFinite(Vector3D v) {
        return Double.isFinite(v.getX()) && Double.isFinite(v.getY()) && Double.isFinite(v.getZ());
    }

    public FlightState withMass(double newMass) {
        return new FlightState(time, position, velocity, newMass, heatLoad);
    }

    /** Packs the state for the integrator: x, y, z, vx, vy, vz, mass, heat load. */
    double[] toArray() {
        return new double[] {position.getX(), position.getY(), position.getZ(),
            velocity.getX(), velocity.getY(), velocity.getZ(), mass, heatLoad};
    }

    /** Unpacks an integrator state at {@code t}; a non-finite one is a {@link NumericalFailure}. */
    static FlightState fromArray(double t, double[] y) {
        for (double v : y) {
            if (!Double.isFinite(v)) {
                throw new NumericalFailure("the integrated state is not finite at t = " + t + " s");
            }
        }
        if (!(y[6] > 0)) {
            throw new NumericalFailure("the integrated mass is not positive at t = " + t + " s: " + y[6]);
        }
        return new FlightState(t, new Vector3D(y[0], y[1], y[2]), new Vector3D(y[3], y[4], y[5]), y[6], y[7]);
    }
}
