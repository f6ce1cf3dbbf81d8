package org.skycrane.earth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class MarsTimeTest {

    private static final Instant EXAMPLE_A = Instant.ofEpochMilli(947_116_800_000L);
    private static final MarsTime A = MarsTime.at(EXAMPLE_A);

    @ParameterizedTest(name = "{0} = {1} {2} ± {3} ({4}, {5})")
    @CsvFileSource(resources = "/reference/mars24-example-a.csv", numLinesToSkip = 1)
    void mars24WorkedExampleAMatchesThePublishedValues(String quantity, double value, String unit, double tolerance,
                                                        String source, String tag) {
        assertEquals(value, computed(quantity), tolerance, quantity + " (" + unit + "), " + source + ", " + tag);
    }

    private static double computed(String quantity) {
        return switch (quantity) {
            case "jd_ut" -> TimeScales.julianDateUtc(EXAMPLE_A);
            case "jd_tt" -> A.julianDateTt();
            case "delta_t_j2000" -> A.daysSinceJ2000();
            case "mean_anomaly" -> Math.toDegrees(A.meanAnomaly());
            case "fictitious_mean_sun" -> Math.toDegrees(A.fictitiousMeanSun());
            case "perturbers" -> Math.toDegrees(A.perturbers());
            case "equation_of_center" -> Math.toDegrees(A.equationOfCenter());
            case "solar_longitude" -> Math.toDegrees(A.solarLongitude());
            case "equation_of_time" -> Math.toDegrees(A.equationOfTime());
            case "mars_sol_date" -> A.marsSolDate();
            case "mtc" -> A.mtcHours();
            case "subsolar_longitude_west" -> 360.0 - Math.toDegrees(A.subsolarLongitude());
            case "solar_declination" -> Math.toDegrees(A.solarDeclination());
            case "heliocentric_distance" -> A.heliocentricDistance() / PlanetEphemeris.ASTRONOMICAL_UNIT;
            default -> throw new IllegalArgumentException("unknown quantity " + quantity);
        };
    }

    /**
     * Mars24 worked example A: MTC 23:59:39 and LTST 23:38:54 at the prime meridian (S: NASA GISS, Mars24
     * "Algorithm and Worked Examples", giss.nasa.gov/tools/mars24/help/algorithm.html, as quoted in the
     * tests of public implementations).
     */
    @Test
    void mars24WorkedExampleAClockTimesMatchToTheSecond() {
        assertEquals("23:59:39", MarsTime.formatHours(A.mtcHours()), "MTC");
        assertEquals("23:59:39", MarsTime.formatHours(A.lmstHours(0.0)), "LMST at 0° E");
        assertEquals("23:38:54", MarsTime.formatHours(A.ltstHours(0.0)), "LTST at 0° E");
    }

    /** Non-regression: Mars24 D-2 as printed gives 1.393584 au for example A (pinned to 1e-6 au). */
    @Test
    void heliocentricDistanceFollowsTheD2SeriesAsPrinted() {
        assertEquals(1.393584, A.heliocentricDistance() / PlanetEphemeris.ASTRONOMICAL_UNIT, 1e-6, "r_M (au)");
    }

    /** Closed form (Mars24 C-4): local mean solar time advances one Mars hour per 15° of east longitude. */
    @Test
    void localMeanSolarTimeAdvancesOneHourPerFifteenDegreesEast() {
        double mtc = A.mtcHours();
        assertEquals((mtc + 1.0) % 24.0, A.lmstHours(Math.toRadians(15.0)), 1e-12, "LMST at 15° E (Mars h)");
        assertEquals(mtc - 1.0, A.lmstHours(Math.toRadians(-15.0)), 1e-12, "LMST at 15° W (Mars h)");
        assertEquals(mtc - 1.0, A.lmstHours(Math.toRadians(345.0)), 1e-12, "345° E is 15° W (Mars h)");
    }

    /**
     * Non-regression (pinned once validated against worked example A): LMST and Ls at the touchdown
     * SCETs of PublishedLanding, 20:43:38Z at Jezero (D) and 05:17:57.3Z at Gale (P).
     */
    @Test
    void landingLocalTimesArePinned() {
        MarsTime m2020 = MarsTime.at(Instant.parse("2021-02-18T20:43:38Z"));
        assertEquals("15:53:15", MarsTime.formatHours(m2020.lmstHours(Math.toRadians(77.4508))), "Jezero LMST");
        MarsTime msl = MarsTime.at(Instant.parse("2012-08-06T05:17:57.3Z"));
        assertEquals("15:03:14", MarsTime.formatHours(msl.lmstHours(Math.toRadians(137.4417))), "Gale LMST");
        assertEquals(5.64464, Math.toDegrees(m2020.solarLongitude()), 1e-5, "Ls at Mars 2020 touchdown (deg)");
        assertEquals(150.70291, Math.toDegrees(msl.solarLongitude()), 1e-5, "Ls at MSL touchdown (deg)");
    }

    @Test
    void formatHoursTruncatesToTheSecondAndWraps() {
        assertEquals("00:00:00", MarsTime.formatHours(0.0), "midnight");
        assertEquals("23:59:59", MarsTime.formatHours(23.9999999), "just before midnight");
        assertEquals("01:00:00", MarsTime.formatHours(25.0), "wraps past 24 h");
        assertEquals("23:00:00", MarsTime.formatHours(-1.0), "wraps below 0 h");
        assertEquals("12:30:00", MarsTime.formatHours(12.5), "half hour");
    }
}
