package org.skycrane.gnc.nav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The statistics of the map error's gradient against the closed forms of a Gaussian-correlated field,
 * ρ(d) = exp(−d²/L²), over a flat map (no relief, so the map error is all there is).
 */
class GroundOffsetTest {

    private static final double SIGMA = 2;
    private static final double L = 2000;

    private static GroundOffset flat() {
        return new GroundOffset(new OnboardMap(SphereProjection.INSTANCE, 20, 101, new float[101 * 101], SIGMA, L));
    }

    /** The gradient of a field of variance σ² and correlation exp(−d²/L²) has variance 2σ²/L² per axis. */
    @Test
    void gradientVarianceIsTheFieldsOwn() {
        assertEquals(2 * SIGMA * SIGMA / (L * L), flat().slopeVariance(), 1e-18);
    }

    /**
     * What the offset and the gradient leave unexplained at a footprint Δ away, 2σ²(1 − ρ − uρ²) with
     * u = Δ²/L²: 3σ²u² for footprints close together (the plane's curvature error), 2σ² far apart.
     */
    @Test
    void footprintRestFollowsTheClosedForm() {
        GroundOffset g = flat();
        for (double d : new double[] {10, 50, 100}) {
            double u = d * d / (L * L);
            assertEquals(3 * SIGMA * SIGMA * u * u, g.footprintVariance(d, 0), 3 * SIGMA * SIGMA * u * u * 0.01,
                    "footprint " + d + " m away");
        }
        assertEquals(2 * SIGMA * SIGMA, g.footprintVariance(20_000, 0), 1e-9);
        double d = 1500;
        double u = d * d / (L * L);
        double rho = Math.exp(-u);
        assertEquals(2 * SIGMA * SIGMA * (1 - rho - u * rho * rho), g.footprintVariance(d, 0), 1e-12);
        assertEquals(rho, g.slopeReach(d), 1e-15);
    }

    /**
     * The relief below the map's posting, as the map states it, adds its variance σᵤ² to every footprint's
     * rest, near or far (no state follows it), outside the 2S bound of the map's own part.
     */
    @Test
    void theUnresolvedReliefAddsToEveryFootprintsRest() {
        GroundOffset plain = flat();
        GroundOffset rough = new GroundOffset(new OnboardMap(SphereProjection.INSTANCE, 20, 101, new float[101 * 101],
                SIGMA, L).withUnresolvedRelief(0.94));
        for (double d : new double[] {5, 100, 20_000}) {
            assertEquals(plain.footprintVariance(d, 0) + 0.94 * 0.94, rough.footprintVariance(d, 0), 1e-12,
                    "footprint " + d + " m away");
        }
        assertThrows(IllegalArgumentException.class, () -> new OnboardMap(SphereProjection.INSTANCE, 20, 101,
                new float[101 * 101], SIGMA, L).withUnresolvedRelief(-1));
    }

    /** The gradient's Gauss–Markov correlation equals the field's across the track at the fit lag, 1 km. */
    @Test
    void gradientMarkovMatchesTheFieldAtTheFitLag() {
        double lag = GroundOffset.FIT_LAG;
        assertEquals(Math.exp(-lag * lag / (L * L)), flat().slopeMarkov(lag), 1e-15);
    }

    /**
     * A beam's footprint rest counted as first-order Markov from frame to frame: a first frame, or one
     * after more than a second, counts once; a footprint that did not move repeats its error fully, so
     * the factor is the stated cap; otherwise (1 + ρ₁)/(1 − ρ₁) with ρ₁ = 1 − D/(2V), D the mean-square
     * change of the offset at the nadir point and at the footprint, 2σ²(1 − ρ(s)) each over a flat map.
     */
    @Test
    void aFootprintsRestRepeatsAsAFirstOrderMarkovSequence() {
        GroundOffset g = flat();
        double[] under = {0, 0};
        double rest = 2;
        assertEquals(1, g.repeats(0, 10.0, under, new double[] {100, 0}, rest, 0), 0, "a beam's first frame");
        assertEquals(GroundOffset.MOST_REPEATS, g.repeats(0, 10.1, under, new double[] {100, 0}, rest, 0), 0,
                "a footprint that stayed put");
        assertEquals(1, g.repeats(0, 11.2, under, new double[] {100, 0}, rest, 0), 0, "after a gap of 1.1 s");
        assertEquals(1, g.repeats(1, 11.2, under, new double[] {100, 0}, rest, 0), 0, "another beam's first frame");
        // the footprint moves s with the nadir point still: ρ₁ = 1 − 2σ²(1 − exp(−s²/L²))/(2V) = 0.2 for exp(−s²/L²) = 0.6
        double s = L * Math.sqrt(-Math.log(0.6));
        assertEquals((1 + 0.2) / (1 - 0.2), g.repeats(0, 11.3, under, new double[] {100 + s, 0}, rest, 0), 1e-12);
        assertEquals(1, g.repeats(0, 11.4, new double[] {3 * L, 0}, new double[] {100 + s, 0}, rest, 0), 0,
                "a nadir point that moved far: no correlation left");
        // ρ₁ = 0.8 (exp(−s²/L²) = 0.9): (1 + ρ₁)/(1 − ρ₁) = 9, above the cap
        double near = L * Math.sqrt(-Math.log(0.9));
        g.repeats(2, 20.0, under, new double[] {0, 0}, rest, 0);
        assertEquals(GroundOffset.MOST_REPEATS, g.repeats(2, 20.1, under, new double[] {near, 0}, rest, 0), 0,
                "a factor of 9 capped");
        g.repeats(3, 20.0, under, new double[] {0, 0}, rest, 0);
        double half = L * Math.sqrt(-Math.log(0.75)); // ρ₁ = 0.5: factor 3 exactly, at the cap
        assertEquals(3, g.repeats(3, 20.1, under, new double[] {half, 0}, rest, 0), 1e-12);
    }
}
