package org.skycrane.mars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;

/**
 * Geodetic conversions: round trips over a grid, and closed forms of the ellipsoid (pole, equator,
 * normal direction, geocentric against geodetic latitude). The NESC files' own pairs of Earth-fixed
 * position and latitude, longitude and altitude are checked in
 * {@code org.skycrane.verification.NescDataTest}.
 */
class EllipsoidTest {

    private static final Ellipsoid[] SHAPES = {Ellipsoid.WGS84, Ellipsoid.IAU_2015_MARS, Ellipsoid.sphere(6_371_007.18)};

    /** Round trip to 1 mm (the acceptance limit); the closed form does it to about 10⁻⁸ m. */
    @Test
    void roundTripIsWithinAMillimetreFromMinus10KmTo1000Km() {
        double worst = 0;
        for (Ellipsoid shape : SHAPES) {
            for (double latDeg = -90; latDeg <= 90; latDeg += 2.5) {
                for (double lonDeg = -180; lonDeg < 180; lonDeg += 37) {
                    for (double h : new double[] {-10_000, -100, 0, 9144, 100_000, 400_000, 1_000_000}) {
                        GeodeticPoint p = new GeodeticPoint(Math.toRadians(latDeg), Math.toRadians(lonDeg), h);
                        Vector3D r = shape.position(p);
                        GeodeticPoint back = shape.geodetic(r);
                        Vector3D again = shape.position(back);
                        worst = Math.max(worst, again.distance(r));
                        assertEquals(h, back.altitude(), 1e-3, "altitude (m) at " + latDeg + "°, " + lonDeg + "°, " + h + " m");
                        assertEquals(0, again.distance(r), 1e-3, "position round trip (m) at " + latDeg + "°, " + lonDeg + "°");
                        assertEquals(p.latitude(), back.latitude(), 1e-3 / shape.equatorialRadius(), "latitude (rad)");
                        if (Math.abs(latDeg) < 90) {
                            assertEquals(0, Math.IEEEremainder(back.longitude() - p.longitude(), 2 * Math.PI),
                                    1e-3 / shape.equatorialRadius(), "longitude (rad)");
                        }
                    }
                }
            }
        }
        assertEquals(0, worst, 1e-6, "the closed form is far inside the millimetre (m)");
    }

    @Test
    void poleAndEquatorSitAtThePolarAndEquatorialRadii() {
        Ellipsoid e = Ellipsoid.WGS84;
        assertEquals(6_356_752.314, e.polarRadius(), 1e-3, "WGS-84 polar radius b (m), NIMA TR8350.2 Table 3.3");
        assertEquals(e.polarRadius() + 500, e.position(new GeodeticPoint(Math.PI / 2, 0, 500)).getZ(), 1e-8, "z at the pole (m)");
        assertEquals(e.equatorialRadius() + 500, e.position(new GeodeticPoint(0, 0, 500)).getX(), 1e-8, "x on the equator (m)");
        GeodeticPoint pole = e.geodetic(new Vector3D(0, 0, -(e.polarRadius() + 1234)));
        assertEquals(-Math.PI / 2, pole.latitude(), 1e-15, "south pole latitude (rad)");
        assertEquals(1234, pole.altitude(), 1e-8, "altitude over the south pole (m)");
        assertEquals(3_376_200, Ellipsoid.IAU_2015_MARS.polarRadius(), 1e-6, "IAU Mars polar radius (m)");
    }

    /** The geodetic down axis is the inward normal of the ellipsoid x²/a² + y²/a² + z²/b² = 1 at the foot point. */
    @Test
    void downIsTheEllipsoidNormal() {
        Ellipsoid e = Ellipsoid.IAU_2015_MARS;
        for (double latDeg = -80; latDeg <= 80; latDeg += 20) {
            GeodeticPoint foot = new GeodeticPoint(Math.toRadians(latDeg), 0.7, 0);
            Vector3D r = e.position(foot);
            double a = e.equatorialRadius();
            double b = e.polarRadius();
            Vector3D outward = new Vector3D(r.getX() / (a * a), r.getY() / (a * a), r.getZ() / (b * b)).normalize();
            assertEquals(0, Vector3D.angle(outward.negate(), Ellipsoid.down(foot)), 1e-12, "down vs normal (rad) at " + latDeg + "°");
            Vector3D above = e.position(new GeodeticPoint(foot.latitude(), foot.longitude(), 50_000));
            assertEquals(0, above.subtract(r).subtract(outward.scalarMultiply(50_000)).getNorm(), 1e-7,
                    "altitude is measured along the normal (m)");
        }
    }

    /** On the surface tan ψ = (1 − e²) tan φ; at φ = 45° on WGS-84, ψ = atan(1 − e²) = 44.8076°. */
    @Test
    void geocentricLatitudeOnTheSurface() {
        Ellipsoid e = Ellipsoid.WGS84;
        double phi = Math.toRadians(45);
        assertEquals(Math.atan(1 - e.eccentricitySquared()), e.geocentricLatitudeOnSurface(phi), 1e-15, "closed form (rad)");
        assertEquals(44.8076, Math.toDegrees(e.geocentricLatitudeOnSurface(phi)), 1e-4, "ψ at 45° (deg)");
        for (double latDeg = -85; latDeg <= 85; latDeg += 5) {
            double p = Math.toRadians(latDeg);
            assertEquals(e.geocentricLatitudeOnSurface(p), Ellipsoid.geocentricLatitude(e.position(new GeodeticPoint(p, 1, 0))),
                    1e-14, "geocentric latitude of the surface point (rad) at " + latDeg + "°");
        }
    }

    @Test
    void northEastDownIsRightHandedAndInvertible() {
        GeodeticPoint p = new GeodeticPoint(Math.toRadians(18.4), Math.toRadians(77.5), 1000);
        assertEquals(0, Vector3D.crossProduct(Ellipsoid.north(p), Ellipsoid.east(p)).subtract(Ellipsoid.down(p)).getNorm(),
                1e-15, "north × east = down");
        Vector3D v = new Vector3D(12.5, -3.25, 800);
        assertEquals(0, Ellipsoid.fromNorthEastDown(Ellipsoid.toNorthEastDown(v, p), p).subtract(v).getNorm(), 1e-12,
                "NED round trip (m/s)");
    }

    @Test
    void rejectsImpossibleShapes() {
        assertThrows(IllegalArgumentException.class, () -> new Ellipsoid(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Ellipsoid(1, 1));
        assertThrows(IllegalArgumentException.class, () -> new GeodeticPoint(2, 0, 0));
    }
}
