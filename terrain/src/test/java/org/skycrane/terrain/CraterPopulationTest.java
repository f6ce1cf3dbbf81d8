package org.skycrane.terrain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CraterPopulationTest {

    /** The table is the 1-Gyr isochron: its cumulative N(≥1 km) equals the chronology's N(1 km) at 1 Gyr (to 1 %). */
    @Test
    void productionTableAndChronologyAgreeAtOneGyr() {
        double cumulative = 0;
        for (int i = CraterPopulation.INDEX_1KM; i < CraterPopulation.H_1GA.length; i++) {
            cumulative += CraterPopulation.H_1GA[i];
        }
        assertEquals(CraterPopulation.chronology(1.0), cumulative, 0.01 * cumulative, "N(>=1 km) per km² at 1 Gyr");
    }

    /**
     * Counts per √2 bin in a 3 km × 3 km box against the chosen distribution (production scaled to
     * 2.6 Gyr, capped at Hartmann's equilibrium): each within 4 Poisson standard deviations.
     */
    @Test
    void craterCountsPerBinFollowTheSizeFrequencyDistribution() {
        CraterPopulation craters = new CraterPopulation(11, 2.6, 4, 2000);
        double half = 1500;
        List<Crater> all = craters.overlapping(-half, half, -half, half, 4);
        int checked = 0;
        for (int b = craters.firstBin(); b <= craters.lastBin(); b++) {
            double lo = CraterPopulation.binLower(b);
            double hi = lo * Math.sqrt(2);
            if (lo < 4 || hi > 2000) {
                continue;
            }
            double expected = craters.density(b) * (2 * half) * (2 * half);
            if (expected < 5) {
                continue;
            }
            long observed = all.stream().filter(c -> c.diameter() >= lo && c.diameter() < hi
                    && Math.abs(c.east()) < half && Math.abs(c.north()) < half).count();
            assertEquals(expected, observed, 4 * Math.sqrt(expected),
                    String.format("craters %.1f-%.1f m in 9 km² (expected %.1f)", lo, hi, expected));
            checked++;
        }
        assertTrue(checked >= 8, "bins checked: " + checked);
    }

    /** Small craters on a 2.6 Gyr surface sit at Hartmann's (1984) equilibrium; large ones on the isochron. */
    @Test
    void smallCratersAreCappedAtEquilibrium() {
        CraterPopulation craters = new CraterPopulation(11, 2.6, 4, 2000);
        int small = 4 + CraterPopulation.INDEX_1KM - 20;
        double eq = CraterPopulation.equilibriumInBin(CraterPopulation.binLower(small) / 1000) * 1e-6;
        assertEquals(eq, craters.density(small), 1e-12 * eq, "3.9 m bin at equilibrium (per m²)");
        int large = CraterPopulation.INDEX_1KM - 2;
        double iso = CraterPopulation.H_1GA[large] * CraterPopulation.chronology(2.6) / CraterPopulation.chronology(1)
                * 1e-6;
        assertEquals(iso, craters.density(large), 1e-12 * iso, "500 m bin on the isochron (per m²)");
    }

    /**
     * Depth/diameter: each crater's depth is f × 0.14 D^0.90 km (Garvin &amp; Frawley 1998), f uniform on
     * [0.2, 1]; the mean of f over the sample is 0.6 within 4 standard errors (σ_f = 0.8/√12).
     */
    @Test
    void depthFollowsGarvinFrawleyTimesAUniformFreshness() {
        assertEquals(140 * Math.pow(1, 0.90), CraterPopulation.freshDepth(1000), 1e-9, "fresh depth of a 1 km crater (m)");
        assertEquals(1000 * 0.14 * Math.pow(0.1, 0.90), CraterPopulation.freshDepth(100), 1e-9, "100 m crater (m)");
        List<Crater> all = new CraterPopulation(5, 2.6, 4, 2000).overlapping(-1000, 1000, -1000, 1000, 4);
        double sum = 0;
        for (Crater c : all) {
            double f = c.depth() / CraterPopulation.freshDepth(c.diameter());
            assertTrue(f >= 0.2 - 1e-12 && f <= 1 + 1e-12, "freshness in [0.2, 1]: " + f);
            assertEquals(f * CraterPopulation.freshRimHeight(c.diameter()), c.rimHeight(), 1e-9, "rim scales with depth");
            sum += f;
        }
        double se = 0.8 / Math.sqrt(12) / Math.sqrt(all.size());
        assertEquals(0.6, sum / all.size(), 4 * se, "mean freshness of " + all.size() + " craters");
    }

    /** Profile: floor at rim − depth, rim crest at R, continuous at the rim and zero at 3R (closed form). */
    @Test
    void craterProfileHasItsFloorRimAndEjecta() {
        Crater c = new Crater(0, 0, 100, 20, 3);
        assertEquals(-17, c.profile(0), 1e-12, "floor (m)");
        assertEquals(3, c.profile(50), 1e-12, "rim crest (m)");
        assertEquals(3, c.profile(50 + 1e-9), 1e-6, "continuous outside the rim (m)");
        assertEquals(0, c.profile(150), 1e-12, "ejecta edge (m)");
        assertEquals(3 * (1 / 8.0 - 1 / 27.0) / (1 - 1 / 27.0), c.profile(100), 1e-12, "ejecta at 2R (m)");
    }
}
