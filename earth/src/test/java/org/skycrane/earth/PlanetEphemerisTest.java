package org.skycrane.earth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanetEphemerisTest {

    private static final double AU = PlanetEphemeris.ASTRONOMICAL_UNIT;

    /** Closed form: a Kepler orbit stays between perihelion a(1 − e) and aphelion a(1 + e) (Standish Table 1 a, e). */
    @Test
    void heliocentricDistancesStayBetweenPerihelionAndAphelion() {
        for (int day = 0; day < 800; day += 7) {
            double t = (7000 + day) * TimeScales.DAY;
            double mars = PlanetEphemeris.MARS.position(t).getNorm() / AU;
            double earth = PlanetEphemeris.EARTH_MOON_BARYCENTRE.position(t).getNorm() / AU;
            assertTrue(mars > 1.52371 * (1 - 0.0934) - 1e-4 && mars < 1.52371 * (1 + 0.0934) + 1e-4, "Mars r (au) " + mars);
            assertTrue(earth > 0.98329 - 1e-4 && earth < 1.01671 + 1e-4, "EMB r (au) " + earth);
        }
    }

    /**
     * Closed form: the J2000 ecliptic is the EMB orbit plane of J2000; its inclination I = −0.00001531°
     * − 0.01294668° T bounds the EMB's height above it by r sin|I| (2.7e-3° in 2021: 4.8e-5 au).
     */
    @Test
    void theEarthMoonBarycentreStaysNearTheJ2000Ecliptic() {
        Instant utc = Instant.parse("2021-02-18T20:43:38Z");
        Vector3D emb = PlanetEphemeris.EARTH_MOON_BARYCENTRE.position(utc);
        double centuries = TimeScales.ttSinceJ2000(utc) / (TimeScales.DAY * TimeScales.JULIAN_CENTURY_DAYS);
        double inclination = Math.toRadians(-0.00001531 - 0.01294668 * centuries);
        assertTrue(Math.abs(emb.getZ()) <= emb.getNorm() * Math.abs(Math.sin(inclination)) * (1 + 1e-9),
                   "EMB ecliptic z (au): " + emb.getZ() / AU);
    }

    /**
     * Mars24 step D-2 (Allison &amp; McEwen 2000, eq. 25 as corrected on the Mars24 page) is an independent
     * published series for Mars' heliocentric distance; Standish's elements must agree with it within
     * 1e-4 au (15 000 km), inside Standish's stated 25 000 km error.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2000-01-06T00:00:00Z", "2012-08-06T05:17:57.3Z", "2021-02-18T20:43:38Z", "2004-01-04T04:35:00Z"})
    void marsDistanceAgreesWithTheMars24Series(String utc) {
        Instant instant = Instant.parse(utc);
        assertEquals(MarsTime.at(instant).heliocentricDistance() / AU,
                     PlanetEphemeris.MARS.position(instant).getNorm() / AU, 1e-4, "Mars heliocentric distance (au)");
    }

    /**
     * Cross-check of ephemeris, ecliptic-to-equatorial rotation and the IAU Mars rotation model: the
     * Sun seen from Mars must fall on Mars24's sub-solar point (C-5, D-1; planetographic declination,
     * flattening from pck00010 radii) within 0.02° in longitude and 0.03° in latitude (Mars24's D-1
     * declination is itself a two-term fit).
     */
    @ParameterizedTest
    @ValueSource(strings = {"2000-01-06T00:00:00Z", "2012-08-06T05:17:57.3Z", "2021-02-18T20:43:38Z", "2004-01-04T04:35:00Z"})
    void theSunSeenFromMarsFallsOnTheMars24SubsolarPoint(String utc) {
        Instant instant = Instant.parse(utc);
        double t = TimeScales.ttSinceJ2000(instant);
        Vector3D sun = MarsOrientation.atTt(t).eclipticToBodyFixed(PlanetEphemeris.MARS.position(t).negate());
        double longitude = Math.toDegrees(Math.atan2(sun.getY(), sun.getX()));
        double planetocentric = Math.asin(sun.getZ() / sun.getNorm());
        double axisRatio = 3396.19 / 3376.20;
        double planetographic = Math.toDegrees(Math.atan(Math.tan(planetocentric) * axisRatio * axisRatio));
        MarsTime mars = MarsTime.at(instant);
        double mars24Longitude = Math.toDegrees(mars.subsolarLongitude());
        assertEquals(0.0, Math.IEEEremainder(longitude - mars24Longitude, 360.0), 0.02, "sub-solar east longitude (deg)");
        assertEquals(Math.toDegrees(mars.solarDeclination()), planetographic, 0.03, "sub-solar planetographic latitude (deg)");
    }

    /** Closed form: Kepler's equation E − e sin E = M holds to 1e-12 for any e &lt; 1. */
    @Test
    void keplersEquationIsSolved() {
        for (double e : new double[] {0.0, 0.0934, 0.5, 0.95}) {
            for (double m = -3.1; m < 3.2; m += 0.37) {
                double ecc = Kepler.eccentricAnomaly(m, e);
                assertEquals(0.0, Math.IEEEremainder(ecc - e * Math.sin(ecc) - m, 2 * Math.PI), 1e-12,
                             "E - e sin E - M (rad), e = " + e);
                assertEquals(0.0, Math.IEEEremainder(Kepler.meanAnomaly(Kepler.trueAnomaly(ecc, e), e) - m, 2 * Math.PI),
                             1e-12, "round trip (rad)");
            }
        }
    }
}
