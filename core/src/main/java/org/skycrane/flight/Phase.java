package org.skycrane.flight;

/**
 * The flight software's EDL phases, in flight order; the ordinal never decreases during a flight.
 * A phase changes only on a decision of the flight software; physical events (the rover's wheels
 * touching the ground, an impact) change the vehicle, never the phase, because the flight software
 * learns of them only through what it senses.
 */
public enum Phase {
    /** From entry interface (cruise stage already gone) to parachute deploy. */
    ENTRY,
    /** Under the parachute, heat shield and then backshell still attached. */
    PARACHUTE_DESCENT,
    /** Descent stage and rover falling free after backshell separation, engines not yet at thrust. */
    FREE_FALL,
    /** Descent stage and rover on the engines. */
    POWERED_DESCENT,
    /** Rover lowered on the bridles below the descent stage, until touchdown is detected and the bridles cut. */
    SKY_CRANE,
    /** Descent stage flying away to crash at a safe distance. */
    FLYAWAY
}
