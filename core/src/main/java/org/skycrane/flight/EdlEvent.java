package org.skycrane.flight;

/** Named EDL events, in flight order; the names are the strings written to {@code summary.json}. */
public enum EdlEvent {
    ENTRY_INTERFACE,
    PEAK_HEATING,
    PEAK_DECELERATION,
    BANK_REVERSAL,
    /** Straighten up and fly right: roll to lift up before the balance masses go and the parachute deploys. */
    SUFR_START,
    /** A pair (or all) of the entry balance masses leaves; recorded once per jettison. */
    BALANCE_MASS_JETTISON,
    /** Mortar fire. */
    PARACHUTE_DEPLOY,
    /** The canopy's lines are stretched and it begins to fill (physical). */
    LINE_STRETCH,
    HEAT_SHIELD_SEPARATION,
    /** The navigation filter uses its first radar return. */
    RADAR_LOCK,
    /** The flight software's fault protection detects a fault; the trigger column says what and why. */
    FAULT_DETECTED,
    /** Fault protection's response to the fault just detected. */
    FAULT_RESPONSE,
    /** The Lander Vision System takes its first descent image. */
    LVS_START,
    /** The Lander Vision System's map-relative position solution; the trigger column gives its error. */
    LVS_SOLUTION,
    /** Safe Target Selection retargets the powered descent; the trigger column gives the divert and hazard. */
    SAFE_TARGET_SELECTED,
    BACKSHELL_SEPARATION,
    POWERED_DESCENT_START,
    CONSTANT_VELOCITY_START,
    CONSTANT_DECELERATION_START,
    SKY_CRANE_START,
    TOUCHDOWN,
    BRIDLE_CUT,
    FLYAWAY,
    DESCENT_STAGE_IMPACT
}
