package org.skycrane.earth;

import java.util.Objects;

/**
 * An EDL event as the simulator reports it: the contract between the flight sequencer and
 * {@link EarthView}.
 *
 * @param name   event name, e.g. {@code PARACHUTE_DEPLOY} (the strings of {@code summary.json})
 * @param time   since entry interface (s)
 * @param height of the vehicle above the landing site (m), or NaN when not known; used only for
 *               the dip of the horizon in direct-to-Earth visibility and for the relay geometry
 */
public record TimedEvent(String name, double time, double height) {

    public TimedEvent {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("event name must not be blank");
        }
        if (!Double.isFinite(time)) {
            throw new IllegalArgumentException("event time must be finite (s): " + time);
        }
        if (Double.isInfinite(height)) {
            throw new IllegalArgumentException("event height must be finite or NaN (m): " + height);
        }
    }

    /** An event whose height is not known. */
    public TimedEvent(String name, double time) {
        this(name, time, Double.NaN);
    }
}
