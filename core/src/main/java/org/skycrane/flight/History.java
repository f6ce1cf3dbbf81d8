package org.skycrane.flight;

import java.util.EnumMap;
import java.util.Map;

/**
 * The events the flight software has decided so far and when: all a time trigger ("20 s after
 * deploy") may read of the past. Physical events it cannot know of (touchdown, impacts) are not in
 * it. Immutable.
 */
public final class History {

    private static final History EMPTY = new History(new EnumMap<>(EdlEvent.class));

    private final Map<EdlEvent, Double> times;

    private History(EnumMap<EdlEvent, Double> times) {
        this.times = times;
    }

    /** No decision yet. */
    public static History empty() {
        return EMPTY;
    }

    /** This history with {@code event} decided at {@code time} (s); the first decision of an event counts. */
    public History with(EdlEvent event, double time) {
        if (times.containsKey(event)) {
            return this;
        }
        EnumMap<EdlEvent, Double> more = new EnumMap<>(EdlEvent.class);
        more.putAll(times);
        more.put(event, time);
        return new History(more);
    }

    /** Whether {@code event} has been decided. */
    public boolean has(EdlEvent event) {
        return times.containsKey(event);
    }

    /**
     * Time (s since entry interface) of {@code event}; +∞ when it has not happened, so that a trigger
     * counting from it cannot fire.
     */
    public double timeOf(EdlEvent event) {
        Double t = times.get(event);
        return t == null ? Double.POSITIVE_INFINITY : t;
    }
}
