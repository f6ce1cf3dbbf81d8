package org.skycrane.flight;

/**
 * The flight software's EDL phases, in flight order; the ordinal never decreases during a flight.
 * A phase changes only on a decision of the flight software; physical events (line stretch, the
 * rover's wheels touching the ground, an impact) change the vehicle, never the phase, because the
 * flight software learns of them only through what it senses.
 */
public enum Phase {
    /** From entry interface (cruise stage already gone) to straighten-up-and-fly-right. */
    ENTRY,
    /**
     * Straighten up and fly right: lift up, the entry balance masses jettisoned to trim the capsule to
     * zero angle of attack, waiting for the deploy trigger.
     */
    SUFR,
    /** Under the parachute, heat shield and then backshell still attached. */
    PARACHUTE_DESCENT,
    /** Descent stage and rover falling free after backshell separation, engines not yet throttled up. */
    FREE_FALL,
    /** On the engines: away from the backshell's path, then down to the constant-velocity aim point. */
    POWERED_APPROACH,
    /** Straight down at a constant speed over the aim point. */
    CONSTANT_VELOCITY,
    /** Constant deceleration to the sky crane's descent rate at the sky-crane height. */
    CONSTANT_DECELERATION,
    /** Rover lowered on the bridles below the descent stage, until touchdown is detected and the bridles cut. */
    SKY_CRANE,
    /** Descent stage flying away to crash at a safe distance. */
    FLYAWAY
}
