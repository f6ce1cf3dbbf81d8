package org.skycrane.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.stat.inference.AlternativeHypothesis;
import org.hipparchus.stat.inference.BinomialTest;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.skycrane.io.ScenarioReader;
import org.skycrane.scenario.TrnSpec;

/**
 * Model mode against image mode (issue "Terrain-relative navigation"): the 400 flight-level
 * image-mode LVS solutions of {@code lvs-flight-solutions.csv} (the dispersed cases of the
 * {@code mars2020} campaign, seed 1, flown in images mode by {@link LvsFlightCalibration}; see
 * docs/trn.md). The model is the pointing model: per axis, the solution's error is the filter's
 * attitude error tilting the nadir line of sight, projected over the true height above the ground
 * (east gets −h·φ_N, north h·φ_E: the geometry's gain 1, not fitted), plus a bias and a
 * Gaussian matching scatter; and a probability of no solution. It is fitted on the first half (cases
 * 0–199). 1,000 draws per axis, conditioned on the second half's own h·φ (draw k takes held-out case
 * k mod n), are compared with the second half's errors by a two-sample Kolmogorov–Smirnov test, and
 * the second half's failures with the fitted fraction by a two-sided binomial test, each at α = 0.05.
 */
class LvsFlightModelTest {

    private static final double ALPHA = 0.05;

    /**
     * One solved flight: error east, north (m), height (m), tilt north, east (rad), the filter's 1σ east,
     * north after the solution (m); null without a solution.
     */
    static List<double[]> flights() throws IOException {
        List<double[]> flights = new ArrayList<>();
        try (InputStream in = LvsFlightModelTest.class.getResourceAsStream("/lvs-flight-solutions.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<String> header = null;
            for (String line : lines) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (header == null) {
                    header = Arrays.asList(f);
                    assertThat(header).contains("error_east_m", "error_north_m", "height_m",
                            "attitude_error_north_mrad", "attitude_error_east_mrad", "sigma_east_m", "sigma_north_m",
                            "failure");
                    continue;
                }
                List<String> h = header;
                flights.add(!f[h.indexOf("failure")].isBlank() ? null : new double[] {
                    Double.parseDouble(f[h.indexOf("error_east_m")]), Double.parseDouble(f[h.indexOf("error_north_m")]),
                    Double.parseDouble(f[h.indexOf("height_m")]),
                    Double.parseDouble(f[h.indexOf("attitude_error_north_mrad")]) / 1000,
                    Double.parseDouble(f[h.indexOf("attitude_error_east_mrad")]) / 1000,
                    Double.parseDouble(f[h.indexOf("sigma_east_m")]), Double.parseDouble(f[h.indexOf("sigma_north_m")])});
            }
        }
        return flights;
    }

    /** The pointing term of {@code axis} (0 east, 1 north) of a solved flight: −h·φ_N east, h·φ_E north (m). */
    static double pointing(double[] s, int axis) {
        return axis == 0 ? -s[2] * s[3] : s[2] * s[4];
    }

    /**
     * {regression gain, bias (m), 1σ scatter (m)} of {@code axis}: the gain is the least-squares slope of
     * the error on the pointing term (a check of the geometry); the model itself takes the geometry's gain
     * 1 and fits only the bias (mean residual) and the scatter (their sample standard deviation).
     */
    static double[] fit(List<double[]> flights, int axis) {
        List<double[]> solved = flights.stream().filter(f -> f != null).toList();
        int n = solved.size();
        double mx = solved.stream().mapToDouble(s -> pointing(s, axis)).sum() / n;
        double my = solved.stream().mapToDouble(s -> s[axis]).sum() / n;
        double sxy = 0;
        double sxx = 0;
        for (double[] s : solved) {
            sxy += (pointing(s, axis) - mx) * (s[axis] - my);
            sxx += (pointing(s, axis) - mx) * (pointing(s, axis) - mx);
        }
        double bias = my - mx;
        double ss = 0;
        for (double[] s : solved) {
            double r = s[axis] - pointing(s, axis) - bias;
            ss += r * r;
        }
        return new double[] {sxy / sxx, bias, Math.sqrt(ss / (n - 1))};
    }

    /** The KS test's p-value for one axis: the model fitted on the first half, drawn on the second half's pointing. */
    static double ksAgainstTheOtherHalf(int axis) throws IOException {
        List<double[]> flights = flights();
        assertThat(flights).hasSizeGreaterThanOrEqualTo(200);
        int half = flights.size() / 2;
        double[] model = fit(flights.subList(0, half), axis);
        List<double[]> other = flights.subList(half, flights.size()).stream().filter(f -> f != null).toList();
        SplittableRandom random = new SplittableRandom(7 + axis);
        double[] draws = new double[1000];
        for (int k = 0; k < draws.length; k++) {
            draws[k] = model[1] + pointing(other.get(k % other.size()), axis)
                    + model[2] * random.nextGaussian();
        }
        double[] errors = other.stream().mapToDouble(s -> s[axis]).toArray();
        return new KolmogorovSmirnovTest().kolmogorovSmirnovTest(draws, errors);
    }

    /**
     * The fitted gains are the geometry's within the fit's spread: a tilt φ moves the nadir ground point
     * by h·φ, and the LVS projects its matches with the filter's attitude, so the whole pointing error
     * goes into the fix, and the fix dominates the filter's kilometre prior.
     * Measured on cases 0–199: 1.015 east, 1.017 north (correlations 0.93 and 0.98); asserted within
     * 0.1 of the geometry's 1, which the model uses.
     */
    @Test
    void theFittedGainsArePointingErrorsProjectedOverTheHeight() throws IOException {
        List<double[]> flights = flights();
        List<double[]> first = flights.subList(0, flights.size() / 2);
        for (int axis = 0; axis < 2; axis++) {
            assertThat(fit(first, axis)[0]).as("gain, axis %d", axis).isCloseTo(1.0, org.assertj.core.api.Assertions.within(0.1));
        }
    }

    /**
     * The preset flies the model fitted on all 400 flights (the halves above validate the method): its
     * biases and scatters are the fit rounded to 0.01 m, its no-solution probability the measured fraction,
     * and the 1σ its fix states is the fitted error's own RMS beyond the pointing term, √(mean over the two
     * axes of bias² + scatter²), to 0.006 m (the filter adds the pointing term from its own attitude
     * covariance). That is the LVS's accuracy calibrated against its flight-level solutions, as a mission's
     * Monte Carlo calibrates the covariance its LVS states; image mode states its own √(scatter²/n + tie²)
     * with the maps' assumed 3 m tie error. (The file's stated 1σ column dates from when the LVS still
     * stated a 2 mrad pointing term itself.)
     */
    @Test
    void thePresetCarriesTheFitToAllFlights() throws IOException {
        List<double[]> flights = flights();
        TrnSpec preset = ScenarioReader.read("mars2020").trn();
        assertThat(preset.mode()).isEqualTo("model");
        double[] east = fit(flights, 0);
        double[] north = fit(flights, 1);
        assertThat(preset.modelBiasEast()).isCloseTo(east[1], within(0.006));
        assertThat(preset.modelBiasNorth()).isCloseTo(north[1], within(0.006));
        assertThat(preset.modelScatterEast()).isCloseTo(east[2], within(0.006));
        assertThat(preset.modelScatterNorth()).isCloseTo(north[2], within(0.006));
        double failures = flights.stream().filter(f -> f == null).count();
        assertThat(preset.modelFailureProbability()).isCloseTo(failures / flights.size(), within(1e-9));
        double beyondPointing = Math.sqrt((east[1] * east[1] + east[2] * east[2] + north[1] * north[1]
                + north[2] * north[2]) / 2);
        assertThat(preset.modelSigma()).isCloseTo(beyondPointing, within(0.006));
    }

    @Test
    void eastTheModelFittedOnHalfTheFlightsIsNotRejectedByTheOtherHalf() throws IOException {
        assertThat(ksAgainstTheOtherHalf(0)).isGreaterThan(ALPHA);
    }

    @Test
    void northTheModelFittedOnHalfTheFlightsIsNotRejectedByTheOtherHalf() throws IOException {
        assertThat(ksAgainstTheOtherHalf(1)).isGreaterThan(ALPHA);
    }

    @Test
    void theFailureFractionFittedOnHalfTheFlightsIsNotRejectedByTheOtherHalf() throws IOException {
        List<double[]> flights = flights();
        int half = flights.size() / 2;
        List<double[]> first = flights.subList(0, half);
        double fraction = first.stream().filter(f -> f == null).count() / (double) first.size();
        List<double[]> other = flights.subList(half, flights.size());
        int failures = (int) other.stream().filter(f -> f == null).count();
        double p = new BinomialTest().binomialTest(other.size(), failures, fraction, AlternativeHypothesis.TWO_SIDED);
        assertThat(p).as("%d failures of %d against a fitted %.3f", failures, other.size(), fraction).isGreaterThan(ALPHA);
    }
}
