package org.skycrane.flight;

import java.util.Objects;

/**
 * One step of the EDL sequence: in phase {@code from}, when {@code trigger} fires, record
 * {@code event} and go to phase {@code to} (which may be the same phase).
 *
 * @param from    phase in which the trigger is armed
 * @param event   event recorded when it fires
 * @param trigger switching function
 * @param basis   whether the trigger reads the true state (physics) or the navigated one (a
 *                flight-software decision)
 * @param to      phase after the event
 */
public record Transition(Phase from, EdlEvent event, Trigger trigger, Basis basis, Phase to) {

    /** What a trigger is evaluated on. */
    public enum Basis {
        /** The true state: a physical event such as touchdown or impact. */
        TRUTH,
        /** The navigated state: a decision of the flight software. */
        NAVIGATED
    }

    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(to, "to");
        if (to.ordinal() < from.ordinal()) {
            throw new IllegalArgumentException("a transition may not go back from " + from + " to " + to);
        }
    }
}
