package org.skycrane.earth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;

class MarsOrientationTest {

    /** pck00010: at J2000.0, α₀ = 317.68143°, δ₀ = 52.88650°, W = 176.630°. */
    @Test
    void atJ2000TheAnglesAreThePck00010Constants() {
        MarsOrientation o = MarsOrientation.atTt(0.0);
        assertEquals(317.68143, Math.toDegrees(o.poleRightAscension()), 1e-12, "pole RA (deg)");
        assertEquals(52.88650, Math.toDegrees(o.poleDeclination()), 1e-12, "pole Dec (deg)");
        assertEquals(176.630, Math.toDegrees(o.primeMeridian()), 1e-9, "W (deg)");
    }

    /** Closed form: W advances 350.89198226° per day, so 1 day later W = 176.630 + 350.89198226 − 360. */
    @Test
    void thePrimeMeridianTurnsAtTheIauRate() {
        assertEquals(176.630 + 350.89198226 - 360.0, Math.toDegrees(MarsOrientation.atTt(86400.0).primeMeridian()),
                     1e-9, "W after one day (deg)");
    }

    /** Definition: the pole (α₀, δ₀) in EME2000 is the body-fixed +z axis. */
    @Test
    void thePoleMapsToTheBodyZAxis() {
        MarsOrientation o = MarsOrientation.atTt(6.6e8);
        Vector3D pole = new Vector3D(o.poleRightAscension(), o.poleDeclination());
        Vector3D body = o.marsInertialToBodyFixed(o.equatorialToMarsInertial(pole));
        assertEquals(0.0, Vector3D.distance(Vector3D.PLUS_K, body), 1e-14, "pole in body frame");
    }

    /** Closed form: the ecliptic pole is (0, −sin ε₀, cos ε₀) in EME2000, ε₀ = 23.4392911°. */
    @Test
    void theEclipticPoleIsTiltedByTheObliquity() {
        Vector3D pole = MarsOrientation.eclipticToEquatorial(Vector3D.PLUS_K);
        double eps = Math.toRadians(23.4392911);
        assertEquals(0.0, Vector3D.distance(new Vector3D(0, -Math.sin(eps), Math.cos(eps)), pole), 1e-9, "ecliptic pole");
    }

    @Test
    void rotationsRoundTrip() {
        MarsOrientation o = MarsOrientation.atTt(4.2e8);
        Vector3D v = new Vector3D(1.2e11, -3.4e10, 5.6e9);
        assertEquals(0.0, Vector3D.distance(v, o.bodyFixedToEcliptic(o.eclipticToBodyFixed(v))) / v.getNorm(),
                     1e-15, "relative round-trip error");
    }

    /** Closed form: elevation of the zenith is 90°, of a horizontal direction 0°. */
    @Test
    void elevationIsMeasuredFromTheHorizontalPlane() {
        Vector3D up = MarsOrientation.up(Math.toRadians(18.4447), Math.toRadians(77.4508));
        assertEquals(Math.PI / 2, MarsOrientation.elevation(up, up.scalarMultiply(3.0)), 1e-12, "zenith (rad)");
        assertEquals(0.0, MarsOrientation.elevation(up, up.orthogonal()), 1e-12, "horizon (rad)");
    }
}
