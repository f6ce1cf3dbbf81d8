package org.skycrane.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.stat.inference.AlternativeHypothesis;
import org.hipparchus.stat.inference.BinomialTest;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

/**
 * Model mode against image mode (issue "Terrain-relative navigation"): the 400 flight-level
 * image-mode LVS solutions of {@code lvs-flight-solutions.csv} (the dispersed cases of the
 * {@code mars2020} campaign, seed 1, flown in images mode by {@link LvsFlightCalibration}; see
 * docs/trn.md). The model is fitted on the first half (cases 0–199): per axis the mean and 1σ of the
 * solutions' errors, and the fraction of flights without a solution. 1,000 draws of the model per axis
 * are compared with the second half's errors by a two-sample Kolmogorov–Smirnov test, and the second
 * half's failures with the fitted fraction by a two-sided binomial test, each at α = 0.05. The preset
 * still flies the single-image fit of {@link LvsModelTest}; this is the refit's acceptance test.
 */
class LvsFlightModelTest {

    private static final double ALPHA = 0.05;

    /** One flight: its solution's error east and north (m), or null without a solution. */
    private static List<double[]> flights() throws IOException {
        List<double[]> flights = new ArrayList<>();
        try (InputStream in = LvsFlightModelTest.class.getResourceAsStream("/lvs-flight-solutions.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            String[] header = null;
            for (String line : lines) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (header == null) {
                    header = f;
                    assertThat(header[5]).isEqualTo("error_east_m");
                    assertThat(header[6]).isEqualTo("error_north_m");
                    assertThat(header[header.length - 1]).isEqualTo("failure");
                    continue;
                }
                flights.add(f[header.length - 1].isBlank() ? new double[] {Double.parseDouble(f[5]), Double.parseDouble(f[6])} : null);
            }
        }
        return flights;
    }

    /** {mean east, mean north, 1σ east, 1σ north, failure fraction} of {@code flights} (sample standard deviation). */
    private static double[] fit(List<double[]> flights) {
        List<double[]> solved = flights.stream().filter(f -> f != null).toList();
        double[] out = new double[5];
        for (int axis = 0; axis < 2; axis++) {
            double sum = 0;
            for (double[] s : solved) {
                sum += s[axis];
            }
            double mean = sum / solved.size();
            double ss = 0;
            for (double[] s : solved) {
                ss += (s[axis] - mean) * (s[axis] - mean);
            }
            out[axis] = mean;
            out[2 + axis] = Math.sqrt(ss / (solved.size() - 1));
        }
        out[4] = (flights.size() - solved.size()) / (double) flights.size();
        return out;
    }

    /** The KS test's p-value for one axis (0 east, 1 north): the model fitted on the first half against the second. */
    private static double ksAgainstTheOtherHalf(int axis) throws IOException {
        List<double[]> flights = flights();
        assertThat(flights).hasSizeGreaterThanOrEqualTo(200);
        int half = flights.size() / 2;
        double[] model = fit(flights.subList(0, half));
        SplittableRandom random = new SplittableRandom(7 + axis);
        double[] draws = new double[1000];
        for (int k = 0; k < draws.length; k++) {
            draws[k] = model[axis] + model[2 + axis] * random.nextGaussian();
        }
        double[] errors = flights.subList(half, flights.size()).stream().filter(f -> f != null)
                .mapToDouble(s -> s[axis]).toArray();
        return new KolmogorovSmirnovTest().kolmogorovSmirnovTest(draws, errors);
    }

    /**
     * Measured at 1,000 draws of seed 7: p = 0.044, the Gaussian fitted on cases 0–199 (mean 1.32 m,
     * 1σ 3.44 m) is rejected by cases 200–399 (mean 2.17 m, 1σ 3.54 m; the halves' means differ by 2.4
     * standard errors). The issue's criterion (not rejected) is not met on this axis, so the refit is not
     * flown (docs/trn.md). The rejection itself is pinned as measured (non-regression): a change to the
     * data or the fit moves it, and whoever meets the criterion replaces this test by its assertion.
     */
    @Test
    void eastTheModelFittedOnHalfTheFlightsIsRejectedByTheOtherHalfAsMeasured() throws IOException {
        assertThat(ksAgainstTheOtherHalf(0)).isCloseTo(0.044, within(0.0005)).isLessThan(ALPHA);
    }

    @Test
    void northTheModelFittedOnHalfTheFlightsIsNotRejectedByTheOtherHalf() throws IOException {
        assertThat(ksAgainstTheOtherHalf(1)).isGreaterThan(ALPHA);
    }

    @Test
    void theFailureFractionFittedOnHalfTheFlightsIsNotRejectedByTheOtherHalf() throws IOException {
        List<double[]> flights = flights();
        int half = flights.size() / 2;
        double fraction = fit(flights.subList(0, half))[4];
        List<double[]> other = flights.subList(half, flights.size());
        int failures = (int) other.stream().filter(f -> f == null).count();
        double p = new BinomialTest().binomialTest(other.size(), failures, fraction, AlternativeHypothesis.TWO_SIDED);
        assertThat(p).as("%d failures of %d against a fitted %.3f", failures, other.size(), fraction).isGreaterThan(ALPHA);
    }
}
