package org.skycrane.terrain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;

class SiteFrameTest {

    private static final SiteFrame JEZERO = TerrainSpec.jezero().frame();

    /** Round trip map → Mars-fixed → map, to 300 km at every azimuth: exact up to double rounding (≪ 0.1 mm). */
    @Test
    void mapPointsRoundTripToWellBelowAMillimetre() {
        for (double range = 0; range <= 300_000; range += 12_500) {
            for (int k = 0; k < 36; k++) {
                double az = Math.toRadians(10 * k + 3);
                double e = range * Math.sin(az);
                double n = range * Math.cos(az);
                for (double h : new double[] {-2640, 0, 125_000}) {
                    Vector3D p = JEZERO.toMarsFixed(e, n, h);
                    MapPoint m = JEZERO.toMap(p);
                    assertEquals(e, m.east(), 1e-4, "east (m)");
                    assertEquals(n, m.north(), 1e-4, "north (m)");
                    assertEquals(h, m.height(), 1e-4, "height (m)");
                    assertTrue(p.distance(JEZERO.toMarsFixed(m)) < 1e-4, "position round trip (m)");
                }
            }
        }
    }

    /**
     * Near the site the conversion uses atan's Taylor series (to about 100 km) instead of atan2: from 1 m
     * to 120 km, across the switch, the round trip holds to 0.1 µm (the series' truncation is below 1e-21
     * relative; what remains is double rounding at a Mars radius, about 5e-10 m a coordinate).
     */
    @Test
    void theSeriesNearTheSiteRoundTripsToDoubleRounding() {
        for (double range = 1; range <= 120_000; range *= 1.07) {
            for (int k = 0; k < 8; k++) {
                double az = Math.toRadians(45 * k + 7);
                double e = range * Math.sin(az);
                double n = range * Math.cos(az);
                MapPoint m = JEZERO.toMap(JEZERO.toMarsFixed(e, n, 1500));
                assertEquals(e, m.east(), 1e-7, "east (m) at " + range + " m");
                assertEquals(n, m.north(), 1e-7, "north (m) at " + range + " m");
            }
        }
    }

    /** Azimuthal equidistant: map distance from the site equals the great-circle distance R·angle (closed form). */
    @Test
    void mapDistanceIsGreatCircleDistanceOnTheDatum() {
        Vector3D site = JEZERO.up();
        for (double lat = -80; lat <= 80; lat += 20) {
            for (double lon = -170; lon <= 180; lon += 35) {
                Vector3D p = SiteFrame.ofDegrees(lat, lon, 1).up().scalarMultiply(3_400_000);
                MapPoint m = JEZERO.toMap(p);
                double expected = Vector3D.angle(site, p) * JEZERO.datumRadius();
                assertEquals(expected, Math.hypot(m.east(), m.north()), 1e-6 * expected + 1e-6, "map range (m)");
                assertEquals(3_400_000 - JEZERO.datumRadius(), m.height(), 1e-6, "height (m)");
            }
        }
    }

    /** Site axes: up radial at (lat, lon); east (−sin λ, cos λ, 0); north completes ENU (closed form). */
    @Test
    void axesAtTheSiteAreTheLocalEastNorthUp() {
        double lat = JEZERO.latitude();
        double lon = JEZERO.longitude();
        Vector3D up = new Vector3D(Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat));
        LocalAxes axes = JEZERO.axesAt(0, 0);
        assertTrue(axes.up().distance(up) < 1e-15, "up");
        assertTrue(axes.east().distance(new Vector3D(-Math.sin(lon), Math.cos(lon), 0)) < 1e-15, "east");
        assertTrue(axes.north().distance(Vector3D.crossProduct(up, axes.east())) < 1e-15, "north");
        LocalAxes far = JEZERO.axesAt(150_000, -80_000);
        assertEquals(0, Vector3D.dotProduct(far.east(), far.up()), 1e-12, "east horizontal 170 km away");
        assertEquals(1, far.north().getNorm(), 1e-12, "north unit 170 km away");
    }

    /** The map is defined everywhere: the antipode, the centre of Mars and a site at a pole give finite numbers. */
    @Test
    void noNaNAnywhereOnThePlanet() {
        Vector3D antipode = JEZERO.up().negate().scalarMultiply(3_390_000);
        MapPoint m = JEZERO.toMap(antipode);
        assertEquals(Math.PI * JEZERO.datumRadius(), Math.hypot(m.east(), m.north()), 1e-3, "antipode range (m)");
        assertTrue(Double.isFinite(JEZERO.toMap(Vector3D.ZERO).height()), "centre");
        SiteFrame pole = new SiteFrame(Math.PI / 2, 0, 3_376_200);
        MapPoint q = pole.toMap(new Vector3D(1000, 2000, 3_376_000));
        assertTrue(Double.isFinite(q.east()) && Double.isFinite(q.north()), "near the pole");
        Vector3D back = pole.toMarsFixed(q);
        assertTrue(back.distance(new Vector3D(1000, 2000, 3_376_000)) < 1e-4, "pole round trip (m)");
        LocalAxes axes = JEZERO.axesAt(Math.PI * JEZERO.datumRadius() * 0.999, 0);
        assertTrue(Double.isFinite(axes.north().getNorm()), "axes near the antipode");
    }
}
