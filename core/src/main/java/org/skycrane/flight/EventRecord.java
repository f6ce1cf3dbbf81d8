package org.skycrane.flight;

import org.skycrane.dynamics.FlightConditions;

/**
 * An event as it happened.
 *
 * @param event      what happened
 * @param phase      phase after the event
 * @param conditions the flight conditions of the flying stack at that instant
 * @param trigger    which condition fired it, or {@code null}
 */
public record EventRecord(EdlEvent event, Phase phase, FlightConditions conditions, String trigger) {

    /** Time since entry interface (s). */
    public double time() {
        return conditions.time();
    }
}
