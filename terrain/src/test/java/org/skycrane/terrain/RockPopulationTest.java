package org.skycrane.terrain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RockPopulationTest {

    /** Expected compound-Poisson variance of the summed area of rocks ≥ D per unit area: ∫ n(x) (π x²/4)² dx. */
    private static double areaVariance(double k, double d) {
        int n = 2000;
        double h = (RockPopulation.MAX_DIAMETER - d) / n;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double x = d + (i + 0.5) * h;
            double a = Math.PI * x * x / 4;
            sum += RockPopulation.numberDensity(k, x) * a * a * h;
        }
        return sum;
    }

    /**
     * Golombek's model: the cumulative fractional area of rocks ≥ D equals k e^{−q(k) D}, q = 1.79 + 0.152/k,
     * within 4 standard deviations of its compound-Poisson sampling error, over 300 m × 300 m, for
     * Gale's k = 0.06 and Jezero's 0.12 and boulder fields' 0.30.
     */
    @Test
    void cumulativeFractionalAreaMatchesGolombeksModel() {
        double half = 150;
        double area = 4 * half * half;
        for (double k : new double[] {0.06, 0.12, 0.30}) {
            RockPopulation rocks = new RockPopulation(21, 0.5, 0.5, (e, n) -> k);
            List<Rock> all = rocks.overlapping(-half, half, -half, half);
            for (double d : new double[] {0.5, 1.0, 1.5, 2.0, 3.0}) {
                double covered = 0;
                for (Rock r : all) {
                    if (r.diameter() >= d && Math.abs(r.east()) < half && Math.abs(r.north()) < half) {
                        covered += Math.PI * r.diameter() * r.diameter() / 4;
                    }
                }
                double expected = RockPopulation.cumulativeArea(k, d);
                double sigma = Math.sqrt(areaVariance(k, d) / area);
                assertEquals(expected, covered / area, 4 * sigma + 1e-9,
                        String.format("F_k(%.1f m) for k = %.2f", d, k));
            }
        }
    }

    /** Rock height is half the diameter (the ratio given), and no rock is below the smallest diameter kept. */
    @Test
    void rocksHaveHeightRatioAndMinimumDiameter() {
        RockPopulation rocks = new RockPopulation(2, 0.5, 0.5, (e, n) -> 0.2);
        List<Rock> all = rocks.overlapping(0, 100, 0, 100);
        assertTrue(all.size() > 500, "rocks in 1 ha at k = 0.2: " + all.size());
        for (Rock r : all) {
            assertTrue(r.diameter() >= 0.5, "diameter (m)");
            assertEquals(0.5 * r.diameter(), r.height(), 1e-12, "height (m)");
        }
    }

    /** The number density integrates back to the area law: ∫_D^∞ n(x) π x²/4 dx = k e^{−qD} (Simpson, 0.1 %). */
    @Test
    void numberDensityIsTheDerivativeOfTheAreaLaw() {
        double k = 0.15;
        int n = 4000;
        double a = 1.0;
        double b = 12.0;
        double h = (b - a) / n;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double x = a + (i + 0.5) * h;
            sum += RockPopulation.numberDensity(k, x) * Math.PI * x * x / 4 * h;
        }
        double expected = RockPopulation.cumulativeArea(k, a) - RockPopulation.cumulativeArea(k, b);
        assertEquals(expected, sum, 1e-3 * expected, "area of rocks 1-12 m");
    }
}
