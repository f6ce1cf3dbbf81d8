package org.skycrane.flight;

/** EDL phases, in flight order. The ordinal never decreases during a flight. */
public enum Phase {
    /** From entry interface (cruise stage already gone) to parachute deploy. */
    ENTRY,
    /** Under the parachute, heat shield and then backshell still attached. */
    PARACHUTE_DESCENT,
    /** Descent stage and rover on the engines after backshell separation. */
    POWERED_DESCENT,
    /** Rover lowered on the bridles below the descent stage. */
    SKY_CRANE,
    /** Rover on the ground; descent stage still attached by the bridles until they are cut. */
    LANDED,
    /** Descent stage flying away to crash at a safe distance. */
    FLYAWAY
}
