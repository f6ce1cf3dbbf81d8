package org.skycrane.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Numerical settings.
 *
 * @param maxTime           the run stops with TIMEOUT after this long (s)
 * @param relativeTolerance integrator relative tolerance
 * @param outputStep        trajectory output spacing (s)
 */
public record SimulationSpec(@JsonProperty("max_time_s") Double maxTime,
                             @JsonProperty("relative_tolerance") Double relativeTolerance,
                             @JsonProperty("output_step_s") Double outputStep) {

    /** Most trajectory samples a run may keep (a few hundred bytes each: a few hundred MB at most). */
    public static final long MAX_SAMPLES = 2_000_000;

    public SimulationSpec {
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
