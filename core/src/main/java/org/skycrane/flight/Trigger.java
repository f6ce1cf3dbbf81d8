package org.skycrane.flight;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A flight-software decision's switching function, evaluated as an integrator event on what the
 * flight software believes ({@link Onboard}) and has decided ({@link History}): the trigger fires
 * where {@code g} falls through zero, and at once if {@code g ≤ 0} already when its arc starts (a
 * condition that already holds never changes sign, so it would otherwise never fire). Write {@code g}
 * as (measured − threshold) for "below" triggers and (deadline − time) for time triggers, so every
 * trigger fires on a decreasing crossing.
 */
public interface Trigger {

    /** Switching function; the trigger fires when it becomes ≤ 0. */
    double g(Onboard now, History past);

    /** Which condition fired, for the event record (e.g. "VELOCITY", "RANGE", "BACKUP"), or null. */
    default String label(Onboard now, History past) {
        return null;
    }

    /** The condition in words, for the sequence table. */
    String describe();

    /** This trigger, recorded under {@code name} when it fires. */
    default Trigger named(String name) {
        Trigger self = this;
        return new Trigger() {
            @Override
            public double g(Onboard now, History past) {
                return self.g(now, past);
            }

            @Override
            public String label(Onboard now, History past) {
                return name;
            }

            @Override
            public String describe() {
                return name + ": " + self.describe();
            }
        };
    }

    /** A trigger from a switching function and its description. */
    static Trigger of(String description, Function g) {
        return new Trigger() {
            @Override
            public double g(Onboard now, History past) {
                return g.g(now, past);
            }

            @Override
            public String describe() {
                return description;
            }
        };
    }

    /** The switching function alone. */
    @FunctionalInterface
    interface Function {
        double g(Onboard now, History past);
    }

    /** Navigated planet-relative speed falls below {@code speed} (m/s). */
    static Trigger speedBelow(double speed) {
        return of(String.format(Locale.ROOT, "speed < %.0f m/s", speed), (c, p) -> c.speed() - speed);
    }

    /** Onboard Mach number falls below {@code mach}. */
    static Trigger machBelow(double mach) {
        return of(String.format(Locale.ROOT, "Mach < %.2f", mach), (c, p) -> c.mach() - mach);
    }

    /** Height above the onboard ground falls below {@code height} (m). */
    static Trigger heightBelow(double height) {
        return of(String.format(Locale.ROOT, "height < %.0f m", height), (c, p) -> c.heightAboveGround() - height);
    }

    /** {@code delay} seconds after the flight software decided {@code earlier}. */
    static Trigger secondsAfter(EdlEvent earlier, double delay) {
        return of(String.format(Locale.ROOT, "%.1f s after %s", delay, earlier),
                (c, p) -> p.timeOf(earlier) + delay - c.time());
    }

    /** Fires once the flight software has decided {@code event} (at once from then on). */
    static Trigger once(EdlEvent event) {
        return of(String.valueOf(event), (c, p) -> p.has(event) ? -1.0 : 1.0);
    }

    /** Never fires. */
    static Trigger never() {
        return of("never", (c, p) -> 1.0);
    }

    /**
     * Fires once every one of {@code triggers} holds; the label is the deciding one's (the last to
     * hold), or the first named one's when the deciding one has no name.
     */
    static Trigger allOf(Trigger... triggers) {
        Trigger[] all = triggers.clone();
        return new Trigger() {
            @Override
            public double g(Onboard now, History past) {
                double max = Double.NEGATIVE_INFINITY;
                for (Trigger t : all) {
                    max = Math.max(max, t.g(now, past));
                }
                return max;
            }

            @Override
            public String label(Onboard now, History past) {
                Trigger last = all[0];
                double max = Double.NEGATIVE_INFINITY;
                String named = null;
                for (Trigger t : all) {
                    double g = t.g(now, past);
                    if (g > max) {
                        max = g;
                        last = t;
                    }
                    if (named == null) {
                        named = t.label(now, past);
                    }
                }
                String label = last.label(now, past);
                return label != null ? label : named;
            }

            @Override
            public String describe() {
                return Arrays.stream(all).map(Trigger::describe).collect(Collectors.joining(", once "));
            }
        };
    }

    /** Fires when the first of {@code triggers} fires; the label is that trigger's. */
    static Trigger firstOf(Trigger... triggers) {
        Trigger[] all = triggers.clone();
        return new Trigger() {
            @Override
            public double g(Onboard now, History past) {
                double min = Double.POSITIVE_INFINITY;
                for (Trigger t : all) {
                    min = Math.min(min, t.g(now, past));
                }
                return min;
            }

            @Override
            public String label(Onboard now, History past) {
                Trigger first = all[0];
                double min = Double.POSITIVE_INFINITY;
                for (Trigger t : all) {
                    double g = t.g(now, past);
                    if (g < min) {
                        min = g;
                        first = t;
                    }
                }
                return first.label(now, past);
            }

            @Override
            public String describe() {
                return Arrays.stream(all).map(Trigger::describe).collect(Collectors.joining(" or "));
            }
        };
    }
}
