package org.skycrane.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One dispersion's distribution as written in a scenario's {@code dispersions:} block: exactly one
 * of {@code normal: {sigma}}, {@code uniform: {min, max}} or
 * {@code truncated_normal: {sigma, min, max}}. Values are offsets from the nominal in the unit of
 * the entry's key (a {@code mean} defaults to 0).
 *
 * @param normal          normal distribution
 * @param uniform         uniform distribution
 * @param truncatedNormal normal distribution restricted to [min, max]
 */
public record DistributionSpec(@JsonProperty("normal") Normal normal,
                               @JsonProperty("uniform") Uniform uniform,
                               @JsonProperty("truncated_normal") TruncatedNormal truncatedNormal) {

    public DistributionSpec {
        int given = (normal != null ? 1 : 0) + (uniform != null ? 1 : 0) + (truncatedNormal != null ? 1 : 0);
        if (given != 1) {
            throw new FieldException("normal", "give exactly one of normal, uniform or truncated_normal, got "
                    + given);
        }
    }

    /** Normal with mean (default 0) and standard deviation. */
    public record Normal(@JsonProperty("mean") Double mean, @JsonProperty("sigma") Double sigma) {
        public Normal {
            if (mean != null) {
                Check.finite("mean", mean);
            }
            Check.nonNegative("sigma", sigma, null);
        }

        public double meanOrZero() {
            return mean == null ? 0.0 : mean;
        }
    }

    /** Uniform on [min, max]. */
    public record Uniform(@JsonProperty("min") Double min, @JsonProperty("max") Double max) {
        public Uniform {
            Check.finite("min", min);
            Check.finite("max", max);
            if (!(max >= min)) {
                throw new FieldException("max", "must be >= min (" + Check.format(min) + "), got " + Check.format(max));
            }
        }
    }

    /** Normal with mean (default 0) and sigma, restricted to [min, max] (redrawn until inside). */
    public record TruncatedNormal(@JsonProperty("mean") Double mean, @JsonProperty("sigma") Double sigma,
                                  @JsonProperty("min") Double min, @JsonProperty("max") Double max) {
        public TruncatedNormal {
            if (mean != null) {
                Check.finite("mean", mean);
            }
            Check.positive("sigma", sigma, null);
            Check.finite("min", min);
            Check.finite("max", max);
            if (!(max > min)) {
                throw new FieldException("max", "must be > min (" + Check.format(min) + "), got " + Check.format(max));
            }
            double m = mean == null ? 0.0 : mean;
            // more than 6 sigma outside would make rejection sampling hopeless
            if (min > m + 6 * sigma || max < m - 6 * sigma) {
                throw new FieldException("min", "the interval [min, max] lies more than 6 sigma from the mean");
            }
        }

        public double meanOrZero() {
            return mean == null ? 0.0 : mean;
        }
    }
}
