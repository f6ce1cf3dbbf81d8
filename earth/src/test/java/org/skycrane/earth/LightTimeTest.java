package org.skycrane.earth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class LightTimeTest {

    @ParameterizedTest(name = "{0}: {2} {3} ± {4} ({6})")
    @CsvFileSource(resources = "/reference/light-time.csv", numLinesToSkip = 1)
    void lightTimeFromMarsMatchesThePublishedValue(String name, String emission, double value, String unit,
                                                   double tolerance, String source, String tag) {
        LightTime.Downlink downlink = LightTime.fromMars(Instant.parse(emission));
        assertEquals(value, downlink.seconds(), tolerance, name + " one-way light time (" + unit + "): " + source);
    }

    /** Non-regression: achieved 682.258 s (Mars 2020) and 828.261 s (MSL), pinned to 1 ms. */
    @Test
    void lightTimesArePinned() {
        assertEquals(682.258, LightTime.fromMars(Instant.parse("2021-02-18T20:43:38Z")).seconds(), 1e-3, "Mars 2020 (s)");
        assertEquals(828.261, LightTime.fromMars(Instant.parse("2012-08-06T05:17:57.3Z")).seconds(), 1e-3, "MSL (s)");
    }

    /**
     * Earth–Mars distance at the Mars 2020 landing, 127 million miles = 204–205 million km (P: NASA's Mars 2020
     * mission blog of landing day, 2021-02-18, blogs.nasa.gov/mars2020).
     */
    @Test
    void mars2020DistanceMatchesThePublishedFigure() {
        double distance = LightTime.fromMars(Instant.parse("2021-02-18T20:43:38Z")).distance();
        assertEquals(204.5e9, distance, 0.5e9, "Earth-Mars distance (m)");
    }

    /**
     * The light-time equation holds: c (t_r − t_e) = |r_E(t_r) − r_M(t_e)| to 50 m (a double holds TT
     * seconds since J2000 to about 0.1 μs, 36 m of light travel), and ERT − SCET = τ.
     */
    @Test
    void theSolutionSatisfiesTheLightTimeEquation() {
        Instant emission = Instant.parse("2021-02-18T20:43:38Z");
        LightTime.Downlink downlink = LightTime.fromMars(emission);
        double te = TimeScales.ttSinceJ2000(emission);
        double tr = TimeScales.ttSinceJ2000(downlink.reception());
        Vector3D path = PlanetEphemeris.EARTH_MOON_BARYCENTRE.position(tr).subtract(PlanetEphemeris.MARS.position(te));
        assertEquals(path.getNorm(), LightTime.SPEED_OF_LIGHT * (tr - te), 50.0, "path length (m)");
        assertEquals(downlink.seconds(), TimeScales.ttBetween(emission, downlink.reception()), 1e-9, "ERT - SCET (s)");
    }

    /** Closed form: moving the emitter 1000 km towards Earth shortens the light time by 1000 km / c. */
    @Test
    void anEmitterOffsetTowardsEarthShortensTheLightTime() {
        Instant emission = Instant.parse("2012-08-06T05:17:57.3Z");
        LightTime.Downlink centre = LightTime.fromMars(emission);
        Vector3D towardsEarth = centre.marsToEarth().normalize().scalarMultiply(1e6);
        LightTime.Downlink offset = LightTime.fromMars(emission, towardsEarth);
        assertEquals(1e6 / LightTime.SPEED_OF_LIGHT, centre.seconds() - offset.seconds(), 1e-5, "shortening (s)");
    }
}
