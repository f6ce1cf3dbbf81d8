package org.skycrane.flight;

import java.util.Objects;
import org.skycrane.vehicle.Effect;

/**
 * One row of the EDL sequence, a decision of the flight software: in phase {@code from}, when
 * {@code trigger} fires on what the flight software believes, record {@code event}, apply
 * {@code effect} to the vehicle and go to phase {@code to} (which may be the same phase). Within a
 * phase the rows are armed in table order: a row is armed once the rows before it from the same
 * phase have fired.
 *
 * @param from    phase in which the trigger is armed
 * @param event   event recorded when it fires
 * @param trigger switching function on the onboard view
 * @param effect  what the event does to the vehicle stack
 * @param to      phase after the event
 */
public record Transition(Phase from, EdlEvent event, Trigger trigger, Effect effect, Phase to) {

    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(to, "to");
        if (to.ordinal() < from.ordinal()) {
            throw new IllegalArgumentException("a transition may not go back from " + from + " to " + to);
        }
    }
}
