package org.skycrane.vehicle;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * What the flight software tells the actuators; held constant between flight-software ticks.
 *
 * @param bankAngle bank angle of the lift vector about the air-relative velocity (rad); positive
 *                  turns the lift to the right of the velocity
 * @param thrust    net engine force wanted, in the Mars-fixed frame (N); the engine model limits it
 * @param enginesOff the engines the flight software has shut off, a bit per engine (bit k − 1 for engine
 *                   k); the others share the thrust
 */
public record Commands(double bankAngle, Vector3D thrust, int enginesOff) {

    /** No lift bank, engines off. */
    public static final Commands NONE = new Commands(0.0, Vector3D.ZERO);

    /** Commands with every engine in use. */
    public Commands(double bankAngle, Vector3D thrust) {
        this(bankAngle, thrust, 0);
    }

    /** These commands with {@code thrust} from the engines not in {@code off}. */
    public Commands withThrust(Vector3D newThrust, int off) {
        return new Commands(bankAngle, newThrust, off);
    }
}
