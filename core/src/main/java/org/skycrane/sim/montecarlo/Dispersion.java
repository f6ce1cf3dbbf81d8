package org.skycrane.sim.montecarlo;

import java.util.random.RandomGenerator;
import org.skycrane.scenario.DistributionSpec;

/** A random offset from a nominal value: one draw per call from the case's own random stream. */
public sealed interface Dispersion {

    /** No dispersion: always 0. */
    Dispersion NONE = new Normal(0.0, 0.0);

    /** One draw. */
    double sample(RandomGenerator random);

    /** The dispersion a scenario entry describes, or {@link #NONE} for an absent entry. */
    static Dispersion of(DistributionSpec spec) {
        if (spec == null) {
            return NONE;
        }
        if (spec.normal() != null) {
            return new Normal(spec.normal().meanOrZero(), spec.normal().sigma());
        }
        if (spec.uniform() != null) {
            return new Uniform(spec.uniform().min(), spec.uniform().max());
        }
        var t = spec.truncatedNormal();
        return new TruncatedNormal(t.meanOrZero(), t.sigma(), t.min(), t.max());
    }

    /** Normal with {@code mean} and standard deviation {@code sigma} (≥ 0). */
    record Normal(double mean, double sigma) implements Dispersion {
        public Normal {
            if (!(sigma >= 0) || !Double.isFinite(mean) || Double.isInfinite(sigma)) {
                throw new IllegalArgumentException("normal needs finite mean and sigma >= 0: " + mean + ", " + sigma);
            }
        }

        @Override
        public double sample(RandomGenerator random) {
            double z = random.nextGaussian();         // drawn even for sigma 0, so the stream use is fixed
            return mean + sigma * z;
        }
    }

    /** Uniform on [lo, hi]. */
    record Uniform(double lo, double hi) implements Dispersion {
        public Uniform {
            if (!(hi >= lo) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
                throw new IllegalArgumentException("uniform needs finite lo <= hi: " + lo + ", " + hi);
            }
        }

        @Override
        public double sample(RandomGenerator random) {
            return lo + (hi - lo) * random.nextDouble();
        }
    }

    /** Normal with {@code mean} and {@code sigma}, restricted to [lo, hi] by rejection. */
    record TruncatedNormal(double mean, double sigma, double lo, double hi) implements Dispersion {
        public TruncatedNormal {
            if (!(sigma > 0) || !(hi > lo)) {
                throw new IllegalArgumentException("truncated normal needs sigma > 0 and lo < hi: " + sigma + ", "
                        + lo + ", " + hi);
            }
        }

        @Override
        public double sample(RandomGenerator random) {
            for (int i = 0; i < 1_000_000; i++) {
                double x = mean + sigma * random.nextGaussian();
                if (x >= lo && x <= hi) {
                    return x;
                }
            }
            throw new IllegalStateException("truncated normal: no draw inside [" + lo + ", " + hi + "]");
        }
    }
}
