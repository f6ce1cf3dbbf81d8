package org.skycrane.dynamics;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.vehicle.BankManeuver;

/**
 * What the actuators deliver over one arc in answer to the held commands: the bank angle the
 * attitude-control system flies toward the commanded one, and the net thrust asked of the engines
 * (the engine model limits it). This is the one route from a guidance command to the force that uses it.
 *
 * @param bank   bank angle flown against time
 * @param thrust net engine force wanted, Mars-fixed (N)
 * @param enginesOff engines the flight software shut off, a bit per engine (bit k − 1 for engine k)
 */
public record Actuation(BankManeuver bank, Vector3D thrust, int enginesOff) {

    /** No lift bank, engines off. */
    public static final Actuation NONE = new Actuation(BankManeuver.hold(0.0, 0.0), Vector3D.ZERO);

    /** Every engine in use. */
    public Actuation(BankManeuver bank, Vector3D thrust) {
        this(bank, thrust, 0);
    }
}
