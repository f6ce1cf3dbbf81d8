package org.skycrane.flight;

import org.skycrane.dynamics.FlightConditions;

/**
 * A switching function for the sequencer, evaluated as an integrator event: the trigger fires where
 * {@code g} falls through zero, and at once if {@code g ≤ 0} already when its arc starts (a condition
 * that already holds never changes sign, so it would otherwise never fire). Write {@code g} as
 * (measured − threshold) for "below" triggers and (deadline − time) for time triggers, so every
 * trigger fires on a decreasing crossing.
 */
@FunctionalInterface
public interface Trigger {

    /** Switching function; the trigger fires when it becomes ≤ 0. */
    double g(FlightConditions now, Timeline past);

    /** Which condition fired, for the event record (e.g. "VELOCITY", "RANGE", "BACKUP"). */
    default String label(FlightConditions now, Timeline past) {
        return null;
    }

    /** {@code trigger}, recorded under {@code name}. */
    static Trigger named(Trigger trigger, String name) {
        return trigger.named(name);
    }

    /** This trigger, recorded under {@code name}. */
    default Trigger named(String name) {
        Trigger self = this;
        return new Trigger() {
            @Override
            public double g(FlightConditions now, Timeline past) {
                return self.g(now, past);
            }

            @Override
            public String label(FlightConditions now, Timeline past) {
                return name;
            }
        };
    }

    /** Planet-relative speed falls below {@code speed} (m/s). */
    static Trigger speedBelow(double speed) {
        return (c, p) -> c.speed() - speed;
    }

    /** Mach number falls below {@code mach}. */
    static Trigger machBelow(double mach) {
        return (c, p) -> c.mach() - mach;
    }

    /** Height above ground falls below {@code height} (m). */
    static Trigger heightBelow(double height) {
        return (c, p) -> c.heightAboveGround() - height;
    }

    /** {@code delay} seconds after {@code earlier} was recorded. */
    static Trigger secondsAfter(EdlEvent earlier, double delay) {
        return (c, p) -> p.timeOf(earlier) + delay - c.time();
    }

    /** Never fires. */
    static Trigger never() {
        return (c, p) -> 1.0;
    }

    /** Fires when the first of {@code triggers} fires; the label is that trigger's. */
    static Trigger firstOf(Trigger... triggers) {
        Trigger[] all = triggers.clone();
        return new Trigger() {
            @Override
            public double g(FlightConditions now, Timeline past) {
                double min = Double.POSITIVE_INFINITY;
                for (Trigger t : all) {
                    min = Math.min(min, t.g(now, past));
                }
                return min;
            }

            @Override
            public String label(FlightConditions now, Timeline past) {
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
        };
    }
}
