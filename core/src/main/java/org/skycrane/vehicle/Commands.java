package org.skycrane.vehicle;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * What the flight software tells the actuators; held constant between flight-software ticks.
 *
 * @param bankAngle bank angle of the lift vector about the air-relative velocity (rad); positive
 *                  turns the lift to the right of the velocity
 * @param thrust    net engine force wanted, in the Mars-fixed frame (N); the engine model limits it
 */
public record Commands(double bankAngle, Vector3D thrust) {

    /** No lift bank, engines off. */
    public static final Commands NONE = new Commands(0.0, Vector3D.ZERO);
}
