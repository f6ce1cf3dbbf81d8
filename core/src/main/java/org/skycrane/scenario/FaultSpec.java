package org.skycrane.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;
import org.skycrane.flight.EdlEvent;

/**
 * One injected fault: what fails and when. The flight software is not told; its fault protection
 * has to notice. In a {@code fault_rates:} list the same entry, with a {@code probability}, is a fault
 * a Monte Carlo case draws.
 *
 * @param kind        {@code radar_loss} (every beam), {@code radar_beam_loss} (the listed beams),
 *                    {@code imu_bias_step} (the accelerometer bias steps by the given vector),
 *                    {@code engine_out} (one descent engine gives no thrust from then on),
 *                    {@code parachute_failure} (the canopy gives no drag from then on: it never inflates
 *                    when the fault comes at or before line stretch) or {@code lvs_failure} (the Lander
 *                    Vision System gives no valid position solution from then on)
 * @param time        when it happens, since entry interface (s); or null with {@code event}
 * @param event       the EDL event it happens at (a name of the timeline, e.g. {@code POWERED_DESCENT_START}); or
 *                    null with {@code time_s}
 * @param delay       with {@code event}: seconds after the event's first occurrence (default 0)
 * @param beams       for a beam loss: the beams lost (0 nadir, 1–3 at 20°, 4–5 at 50°)
 * @param biasStep    for a bias step: the step in body axes x, y, z (m/s²)
 * @param engine      for an engine out: the engine (1–8); in {@code fault_rates} may be absent (drawn)
 * @param probability only in {@code fault_rates}: the chance a case draws this fault (0 to 1)
 */
public record FaultSpec(@JsonProperty("kind") String kind,
                        @JsonProperty("time_s") Double time,
                        @JsonProperty("event") String event,
                        @JsonProperty("delay_s") Double delay,
                        @JsonProperty("beams") List<Integer> beams,
                        @JsonProperty("accel_bias_step_mps2") List<Double> biasStep,
                        @JsonProperty("engine") Integer engine,
                        @JsonProperty("probability") Double probability) {

    /** The kinds this version injects. */
    public static final List<String> KINDS = List.of("radar_loss", "radar_beam_loss", "imu_bias_step", "engine_out",
            "parachute_failure", "lvs_failure");

    /** The events a fault may be tied to: the timeline's, except the fault events themselves. */
    public static final List<String> EVENTS = Arrays.stream(EdlEvent.values())
            .filter(e -> e != EdlEvent.FAULT_DETECTED && e != EdlEvent.FAULT_RESPONSE).map(Enum::name).toList();

    /** Largest engine number (Mars 2020 and MSL flew eight Mars Lander Engines). */
    public static final int MAX_ENGINE = 8;

    public FaultSpec {
        Check.required("kind", kind);
        if (!KINDS.contains(kind)) {
            throw new FieldException("kind", "must be one of " + String.join(", ", KINDS) + ", not '" + kind + "'");
        }
        if ((time == null) == (event == null)) {
            throw new FieldException(time == null ? "time_s" : "event", "give exactly one of time_s (s after entry "
                    + "interface) or event (an EDL event, with an optional delay_s)");
        }
        if (time != null) {
            Check.between("time_s", time, 0, 10_000, "s");
            if (delay != null) {
                throw new FieldException("delay_s", "delay_s goes with event, not with time_s");
            }
        } else {
            if (!EVENTS.contains(event)) {
                throw new FieldException("event", "unknown event '" + event + "'; one of " + String.join(", ", EVENTS));
            }
            delay = delay == null ? 0.0 : delay;
            Check.between("delay_s", delay, 0, 10_000, "s");
        }
        if (probability != null) {
            Check.between("probability", probability, 0, 1, null);
        }
        if (kind.equals("radar_beam_loss")) {
            Check.required("beams", beams);
            if (beams.isEmpty()) {
                throw new FieldException("beams", "name at least one beam (0 to 5)");
            }
            for (Integer b : beams) {
                if (b == null || b < 0 || b > 5) {
                    throw new FieldException("beams", "beams are numbered 0 to 5, got " + b);
                }
            }
        } else if (beams != null) {
            throw new FieldException("beams", "only a radar_beam_loss names beams");
        }
        if (kind.equals("imu_bias_step")) {
            Check.required("accel_bias_step_mps2", biasStep);
            if (biasStep.size() != 3) {
                throw new FieldException("accel_bias_step_mps2", "give three components x, y, z (m/s²)");
            }
            for (Double v : biasStep) {
                Check.between("accel_bias_step_mps2", v, -10, 10, "m/s²");
            }
        } else if (biasStep != null) {
            throw new FieldException("accel_bias_step_mps2", "only an imu_bias_step has a bias step");
        }
        if (kind.equals("engine_out")) {
            if (engine == null && probability == null) {
                throw new FieldException("engine", "name the engine that fails (1 to " + MAX_ENGINE + ")");
            }
            if (engine != null && (engine < 1 || engine > MAX_ENGINE)) {
                throw new FieldException("engine", "engines are numbered 1 to " + MAX_ENGINE + ", got " + engine);
            }
        } else if (engine != null) {
            throw new FieldException("engine", "only an engine_out names an engine");
        }
        beams = beams == null ? List.of() : List.copyOf(beams);
        biasStep = biasStep == null ? List.of() : List.copyOf(biasStep);
    }

    /** A fault at {@code time} (s after entry interface), with no parameters. */
    public static FaultSpec at(String kind, double time) {
        return new FaultSpec(kind, time, null, null, null, null, null, null);
    }

    /** This fault as drawn by a case: the engine chosen, no probability. */
    public FaultSpec drawn(Integer drawnEngine) {
        return new FaultSpec(kind, time, event, event == null ? null : delay, beams.isEmpty() ? null : beams,
                biasStep.isEmpty() ? null : biasStep, engine != null ? engine : drawnEngine, null);
    }

    /** The event this fault waits for, or null for a fault at a time. */
    public EdlEvent trigger() {
        return event == null ? null : EdlEvent.valueOf(event);
    }

    /** When it is due, or NaN before its event has happened ({@code eventTime} NaN). */
    public double dueTime(double eventTime) {
        return event == null ? time : eventTime + delay;
    }
}
