package org.skycrane.earth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EarthVisibilityTest {

    private static final double GALE_LAT = Math.toRadians(-4.5895);
    private static final double GALE_LON = Math.toRadians(137.4417);
    private static final double JEZERO_LAT = Math.toRadians(18.4447);
    private static final double JEZERO_LON = Math.toRadians(77.4508);

    /** Closed form: the horizon from 10 km over a 3396.19 km sphere dips by acos(R / (R + h)) = 4.3915°. */
    @Test
    void theHorizonDipsWithHeight() {
        assertEquals(4.3915, Math.toDegrees(EarthVisibility.horizonDip(10e3)), 1e-4, "dip at 10 km (deg)");
        assertEquals(0.0, EarthVisibility.horizonDip(0.0), 0.0, "dip on the ground (rad)");
    }

    /**
     * MSL's direct-to-Earth link ended about 05:15:45 UTC SCET, E+299 s (S: E. Lakdawalla, "The Design and
     * Engineering of Curiosity", Springer-Praxis 2018, Table 2.2); Earth "set below the horizon part way
     * through descent" (P: Soriano et al., "Direct-to-Earth communications with Mars Science Laboratory
     * during entry, descent, and landing", IEEE Aerospace Conference 2013).
     * With the vehicle's published heights (EI 131.1 km, 14.5 km at E+240 s, 12.1 km at E+259 s,
     * touchdown E+431.6 s), Earth sets below the vehicle's geometric horizon at E+389 s, 90 s after
     * the reported loss; within 3 minutes. Terrain (Gale's western rim) and the antenna pattern,
     * not modelled, would both end the link earlier.
     */
    @Test
    void mslLosesEarthWithinThreeMinutesOfTheReportedEndOfDte() {
        EarthEvent set = PublishedLanding.msl().earthTimeline().event(EarthView.EARTH_SET).orElseThrow();
        double reported = 299.0;
        assertEquals(reported, set.time(), 180.0, "Earth set below the vehicle's horizon (s after entry)");
        assertEquals(389.13, set.time(), 0.05, "non-regression: Earth set (s after entry)");
    }

    /**
     * On the ground at Gale, Earth had already set before entry: the geometric crossing is at
     * 05:06:24.9 UTC SCET, E−261 s (non-regression, ±1 s); hence the vehicle's height matters.
     */
    @Test
    void atGroundLevelEarthSetAtGaleBeforeEntry() {
        Instant before = Instant.parse("2012-08-06T05:06:23.9Z");
        Instant after = Instant.parse("2012-08-06T05:06:25.9Z");
        assertTrue(EarthVisibility.earthElevation(GALE_LAT, GALE_LON, before) > 0, "Earth up at 05:06:23.9");
        assertTrue(EarthVisibility.earthElevation(GALE_LAT, GALE_LON, after) < 0, "Earth down at 05:06:25.9");
    }

    /**
     * Mars 2020: Earth stays up at Jezero through EDL, 2.7° at entry interface falling to 1.2° at
     * touchdown, and sets on the ground at 20:48:52.6 UTC SCET, 5 min 15 s after touchdown
     * (non-regression; no published figure found).
     */
    @Test
    void atJezeroEarthStaysUpThroughEdlAndSetsAfterTouchdown() {
        double atEntry = EarthVisibility.earthElevation(JEZERO_LAT, JEZERO_LON, Instant.parse("2021-02-18T20:36:48Z"));
        double atTouchdown = EarthVisibility.earthElevation(JEZERO_LAT, JEZERO_LON, Instant.parse("2021-02-18T20:43:38Z"));
        assertEquals(2.680, Math.toDegrees(atEntry), 0.005, "Earth elevation at entry interface (deg)");
        assertEquals(1.165, Math.toDegrees(atTouchdown), 0.005, "Earth elevation at touchdown (deg)");
        assertTrue(EarthVisibility.earthElevation(JEZERO_LAT, JEZERO_LON, Instant.parse("2021-02-18T20:48:51.6Z")) > 0,
                   "Earth up at 20:48:51.6");
        assertTrue(EarthVisibility.earthElevation(JEZERO_LAT, JEZERO_LON, Instant.parse("2021-02-18T20:48:53.6Z")) < 0,
                   "Earth down at 20:48:53.6");
    }

    /** Closed form: Mars turns 350.892° a day, so near the horizon Earth sinks at most 0.2437° per minute. */
    @Test
    void earthSinksNoFasterThanMarsTurns() {
        Instant t = Instant.parse("2012-08-06T05:10:45.7Z");
        double rate = Math.toDegrees(EarthVisibility.earthElevation(GALE_LAT, GALE_LON, t)
                - EarthVisibility.earthElevation(GALE_LAT, GALE_LON, t.plusSeconds(60)));
        assertTrue(rate > 0 && rate < 350.892 / 1440, "elevation change per minute (deg): " + rate);
    }
}
