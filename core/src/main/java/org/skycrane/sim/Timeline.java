package org.skycrane.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.skycrane.flight.EdlEvent;

/** The events of one flight as recorded (truth and onboard), in the order they happened. Immutable. */
public final class Timeline {

    private static final Timeline EMPTY = new Timeline(List.of());

    private final List<EventRecord> records;

    private Timeline(List<EventRecord> records) {
        this.records = records;
    }

    /** A timeline with no events. */
    public static Timeline empty() {
        return EMPTY;
    }

    /** This timeline with one more event at the end. */
    public Timeline with(EventRecord record) {
        List<EventRecord> more = new ArrayList<>(records.size() + 1);
        more.addAll(records);
        more.add(record);
        return new Timeline(List.copyOf(more));
    }

    /** All events in order. */
    public List<EventRecord> records() {
        return records;
    }

    /** The first record of {@code event}, if it happened. */
    public Optional<EventRecord> first(EdlEvent event) {
        for (EventRecord r : records) {
            if (r.event() == event) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code event} happened. */
    public boolean has(EdlEvent event) {
        return first(event).isPresent();
    }

    /**
     * Time (s since entry interface) of the first {@code event}; +∞ when it has not happened, so that
     * a trigger counting from it cannot fire.
     */
    public double timeOf(EdlEvent event) {
        return first(event).map(EventRecord::time).orElse(Double.POSITIVE_INFINITY);
    }
}
