package org.skycrane.vision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

/**
 * Model mode against image mode: the 100 image-mode LVS solutions of {@code lvs-solutions.csv}
 * (made by {@link LvsCalibration}, see docs/trn.md); σ per axis fitted on the first half, 1,000 draws
 * of N(0, σ) compared with the second half by a two-sample Kolmogorov–Smirnov test per axis
 * (α = 0.05). These are single-image solutions from random poses with a small attitude error: the
 * matcher's own accuracy. The model flown in model mode is the pointing model fitted to flight-level
 * solutions instead ({@link LvsFlightModelTest}), because in flight the filter's attitude error adds
 * its projection over the height, which these poses do not carry.
 */
class LvsModelTest {

    @Test
    void theGaussianModelIsNotRejectedByTheOtherHalf() throws IOException {
        List<double[]> fixes = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/lvs-solutions.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int k = 1; k < lines.length; k++) {
                String[] f = lines[k].split(",", -1);
                if (f[5].isBlank()) {
                    fixes.add(new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3])});
                }
            }
        }
        assertThat(fixes.size()).isGreaterThanOrEqualTo(80);
        int half = fixes.size() / 2;
        for (int axis = 0; axis < 2; axis++) {
            double ss = 0;
            for (int k = 0; k < half; k++) {
                ss += fixes.get(k)[axis] * fixes.get(k)[axis];
            }
            double sigma = Math.sqrt(ss / half);
            SplittableRandom random = new SplittableRandom(7 + axis);
            double[] model = new double[1000];
            for (int k = 0; k < model.length; k++) {
                model[k] = sigma * random.nextGaussian();
            }
            double[] other = new double[fixes.size() - half];
            for (int k = half; k < fixes.size(); k++) {
                other[k - half] = fixes.get(k)[axis];
            }
            double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(model, other);
            assertThat(p).as("axis %d, sigma %.2f m", axis, sigma).isGreaterThan(0.05);
        }
    }
}
