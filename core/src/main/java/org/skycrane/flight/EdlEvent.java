package org.skycrane.flight;

/** Named EDL events, in flight order; the names are the strings written to {@code summary.json}. */
public enum EdlEvent {
    ENTRY_INTERFACE,
    PEAK_HEATING,
    PEAK_DECELERATION,
    BANK_REVERSAL,
    BALANCE_MASS_JETTISON,
    PARACHUTE_DEPLOY,
    HEAT_SHIELD_SEPARATION,
    BACKSHELL_SEPARATION,
    POWERED_DESCENT_START,
    SKY_CRANE_START,
    TOUCHDOWN,
    BRIDLE_CUT,
    FLYAWAY,
    DESCENT_STAGE_IMPACT
}
