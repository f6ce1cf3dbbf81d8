package org.skycrane.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Numerical settings.
 *
 * @param maxTime           the run stops with TIMEOUT after this long (s)
 * @param relativeTolerance Dormand–Prince's relative tolerance, on the arcs it flies
 * @param outputStep        trajectory output spacing (s)
 * @param integrator        {@value #TICK_RK4} (absent: the default) or {@value #DORMAND_PRINCE}
 */
public record SimulationSpec(@JsonProperty("max_time_s") Double maxTime,
                             @JsonProperty("relative_tolerance") Double relativeTolerance,
                             @JsonProperty("output_step_s") Double outputStep,
                             @JsonProperty("integrator") String integrator) {

    /**
     * One classical RK4 step per flight-software tick, Dormand–Prince 8(5,3) over the parachute's
     * inflation (the default).
     */
    public static final String TICK_RK4 = "tick_rk4";
    /** Dormand–Prince 8(5,3) at the relative tolerance on every arc: the reference of the accuracy gate. */
    public static final String DORMAND_PRINCE = "dormand_prince";

    /** Most trajectory samples a run may keep (a few hundred bytes each: a few hundred MB at most). */
    public static final long MAX_SAMPLES = 2_000_000;

    public SimulationSpec {
        if (integrator == null) {
            integrator = TICK_RK4;
        } else if (!integrator.equals(TICK_RK4) && !integrator.equals(DORMAND_PRINCE)) {
            throw new FieldException("integrator", "must be " + TICK_RK4 + " or " + DORMAND_PRINCE + ", got '"
                    + integrator + "'");
        }
        Check.positiveUpTo("max_time_s", maxTime, 10_000, "s", "an entry, descent and landing lasts about 7 "
                + "minutes; 10,000 s bounds a run that went wrong");
        Check.range("relative_tolerance", relativeTolerance, 1e-13, 1e-3, null, "tighter than 1e-13 is below "
                + "what double precision can deliver over a flight, looser than 1e-3 misplaces the events");
        Check.range("output_step_s", outputStep, 1e-3, 60, "s", "the trajectory is sampled between once a "
                + "millisecond and once a minute");
        if (maxTime / outputStep > MAX_SAMPLES) {
            throw new FieldException("output_step_s", "gives " + Check.format(Math.ceil(maxTime / outputStep))
                    + " samples over max_time_s " + Check.format(maxTime) + " s, more than " + MAX_SAMPLES
                    + " (memory); use a step of at least " + Check.format(maxTime / MAX_SAMPLES) + " s");
        }
    }
}
