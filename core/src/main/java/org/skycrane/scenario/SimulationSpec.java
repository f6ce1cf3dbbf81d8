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

    public SimulationSpec {
        Check.positive("max_time_s", maxTime, "s");
        Check.between("relative_tolerance", relativeTolerance, 1e-14, 1e-3, null);
        Check.positive("output_step_s", outputStep, "s");
    }
}
