package org.skycrane.sim.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.skycrane.InputException;
import org.skycrane.io.ScenarioReader;

/** Sample moments of each distribution against their closed forms. */
class DispersionTest {

    private static final int N = 200_000;

    private static double[] moments(Dispersion d) {
        SplittableRandom r = new SplittableRandom(7);
        double sum = 0;
        double sum2 = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < N; i++) {
            double x = d.sample(r);
            sum += x;
            sum2 += x * x;
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        double mean = sum / N;
        return new double[] {mean, Math.sqrt(sum2 / N - mean * mean), min, max};
    }

    @Test
    void normalHasItsMeanAndSigma() {
        double[] m = moments(new Dispersion.Normal(2.0, 0.5));
        // standard error of the mean 0.5/sqrt(N) = 0.0011; 5 standard errors
        assertEquals(2.0, m[0], 0.0056, "sample mean");
        assertEquals(0.5, m[1], 0.005, "sample sigma; 1 %");
    }

    @Test
    void uniformHasMeanAndSigmaOfItsBounds() {
        double[] m = moments(new Dispersion.Uniform(-3, 1));
        assertEquals(-1.0, m[0], 0.015, "sample mean; (hi-lo)/sqrt(12 N) = 0.0026, about 5 se");
        assertEquals(4 / Math.sqrt(12), m[1], 0.012, "sample sigma (hi-lo)/sqrt 12; 1 %");
        assertTrue(m[2] >= -3 && m[3] <= 1, "inside the bounds");
    }

    @Test
    void truncatedNormalStaysInsideAndKeepsSymmetricMean() {
        double[] m = moments(new Dispersion.TruncatedNormal(0, 1, -1, 1));
        assertTrue(m[2] >= -1 && m[3] <= 1, "inside [-1, 1]");
        assertEquals(0, m[0], 0.01, "mean of a symmetric truncation");
        // sigma of N(0,1) truncated to +-1: sqrt(1 - 2 phi(1)/(2 Phi(1) - 1)) = 0.5380
        assertEquals(0.5380, m[1], 0.006, "sigma of the standard normal truncated at +-1");
    }

    @Test
    void aDistributionNeedsExactlyOneKind() {
        InputException e = Assertions.assertThrows(InputException.class, () ->
                ScenarioReader.parse("base: mars2020\ndispersions:\n  entry_speed_mps: {normal: {sigma: 1}, "
                        + "uniform: {min: 0, max: 1}}\n", "test.yaml"));
        assertTrue(e.getMessage().contains("dispersions.entry_speed_mps"), e.getMessage());
    }
}
