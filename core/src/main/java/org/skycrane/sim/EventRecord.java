package org.skycrane.sim;

import org.skycrane.dynamics.FlightConditions;
import org.skycrane.flight.EdlEvent;
import org.skycrane.flight.Onboard;
import org.skycrane.flight.Phase;

/**
 * An event as it happened: the truth at that instant beside what the flight software believed.
 *
 * @param event      what happened
 * @param phase      flight-software phase after the event
 * @param conditions the true flight conditions of the flying stack at that instant
 * @param onboard    what the flight software believed at that instant
 * @param trigger    which condition fired it, or {@code null}
 * @param propellant left in the descent stage's tanks (kg)
 */
public record EventRecord(EdlEvent event, Phase phase, FlightConditions conditions, Onboard onboard, String trigger,
                          double propellant) {

    /** Time since entry interface (s). */
    public double time() {
        return conditions.time();
    }
}
