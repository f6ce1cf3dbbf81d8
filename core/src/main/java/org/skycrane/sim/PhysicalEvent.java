package org.skycrane.sim;

import java.util.function.BiPredicate;
import org.skycrane.dynamics.FlightConditions;
import org.skycrane.flight.EdlEvent;
import org.skycrane.flight.Phase;
import org.skycrane.vehicle.Effect;
import org.skycrane.vehicle.Stack;

/**
 * A physical event of the flight, evaluated on the truth (the flight software learns of it only
 * through what it senses): it changes the vehicle, never the phase.
 *
 * @param event   recorded when it happens
 * @param after   the decision that makes it possible, for the order of the sequence table
 * @param armed   whether it can happen in this phase with this stack
 * @param when    the condition in words, for the sequence table
 * @param trigger switching function on the true conditions and the stack; fires where it falls through 0
 * @param effect  what it does to the stack
 */
record PhysicalEvent(EdlEvent event, EdlEvent after, BiPredicate<Phase, Stack> armed, String when, Switching trigger, Effect effect) {

    /** The switching function of a physical event. */
    @FunctionalInterface
    interface Switching {
        double g(FlightConditions truth, Stack stack);
    }
}
