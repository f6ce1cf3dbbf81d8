package org.skycrane.stats;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TargetPlaneTest {

    /** Mars mean radius (m): IAU WGCCRE 2015, 3389.50 km (Archinal et al. 2018, Celest. Mech. Dyn. Astr. 130:22). */
    private static final double MARS_RADIUS = 3_389_500.0;
    /** Jezero crater landing target, planetocentric, roughly (deg): illustrative, not a reference value. */
    private static final TargetPlane JEZERO = TargetPlane.ofDegrees(18.44, 77.45, MARS_RADIUS);

    @Test
    void oneKilometreNorthIsThousandOverRadiusRadiansOfLatitude() {
        LatLon point = JEZERO.latLonOf(0, 1000);

        assertEquals(JEZERO.latitude() + 1000 / MARS_RADIUS, point.latitude(), 1e-15, "latitude (rad)");
        assertEquals(JEZERO.longitude(), point.longitude(), 1e-15, "longitude (rad)");
    }

    /**
     * Going due east a central angle δ along a great circle from latitude φ₁ (bearing 90°) ends at
     * sin φ₂ = sin φ₁ cos δ and Δλ = atan2(sin δ cos φ₁, cos δ − sin φ₁ sin φ₂) (Napier's rules on
     * the right spherical triangle with the pole).
     */
    @Test
    void fiftyKilometresEastFollowsTheGreatCircleThroughTheTarget() {
        double angle = 50_000 / MARS_RADIUS;
        double lat1 = JEZERO.latitude();
        double lat2 = Math.asin(Math.sin(lat1) * Math.cos(angle));
        double deltaLon = Math.atan2(Math.sin(angle) * Math.cos(lat1), Math.cos(angle) - Math.sin(lat1) * Math.sin(lat2));

        LatLon point = JEZERO.latLonOf(50_000, 0);

        assertEquals(lat2, point.latitude(), 1e-15, "latitude (rad)");
        assertEquals(JEZERO.longitude() + deltaLon, point.longitude(), 1e-15, "longitude (rad)");
    }

    @Test
    void eastNorthSurvivesTheRoundTripThroughLatitudeAndLongitude() {
        for (double[] offset : new double[][] {{0, 0}, {1234.5, -678.9}, {-20_000, 15_000}, {300_000, 400_000}, {-1e6, -1e6}}) {
            EastNorth back = JEZERO.eastNorthOf(JEZERO.latLonOf(offset[0], offset[1]));
            assertEquals(offset[0], back.east(), 1e-6, "east (m) after the round trip");
            assertEquals(offset[1], back.north(), 1e-6, "north (m) after the round trip");
        }
    }

    @Test
    void distanceFromTheTargetIsTheGreatCircleDistance() {
        // 90° of longitude along the equator is a quarter of the circumference.
        TargetPlane onEquator = new TargetPlane(0, 0, MARS_RADIUS);
        EastNorth quarter = onEquator.eastNorthOf(0, Math.PI / 2);

        assertEquals(Math.PI / 2 * MARS_RADIUS, quarter.east(), 1e-6, "east (m) of a point 90° east on the equator");
        assertEquals(0.0, quarter.north(), 1e-6, "north (m)");
    }

    @Test
    void longitudeWrapsIntoMinusPiToPi() {
        TargetPlane nearAntimeridian = TargetPlane.ofDegrees(0, 179.99, MARS_RADIUS);
        double twoCentidegrees = Math.toRadians(0.02) * MARS_RADIUS;

        assertEquals(-179.99, nearAntimeridian.latLonOf(twoCentidegrees, 0).longitudeDeg(), 1e-9, "longitude (deg)");
    }

    @Test
    void polesAndNonPositiveRadiiAreRefused() {
        assertThatThrownBy(() -> TargetPlane.ofDegrees(90, 0, MARS_RADIUS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TargetPlane.ofDegrees(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
