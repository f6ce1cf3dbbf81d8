package org.skycrane.earth;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/** Kepler's equation and the rotation from the orbital plane to the reference plane (any central body). */
final class Kepler {

    private Kepler() {
    }

    /**
     * Eccentric anomaly E (rad) solving E − e sin E = M by Newton's method (elliptic orbits, e &lt; 1),
     * to 1e-14 rad.
     */
    static double eccentricAnomaly(double meanAnomaly, double eccentricity) {
        if (!(eccentricity >= 0 && eccentricity < 1)) {
            throw new IllegalArgumentException("eccentricity must be in [0, 1): " + eccentricity);
        }
        double m = Math.IEEEremainder(meanAnomaly, 2 * Math.PI);
        double e = eccentricity < 0.8 ? m : Math.PI * Math.signum(m);
        for (int i = 0; i < 50; i++) {
            double step = (e - eccentricity * Math.sin(e) - m) / (1 - eccentricity * Math.cos(e));
            e -= step;
            if (Math.abs(step) < 1e-14) {
                break;
            }
        }
        return e;
    }

    /** True anomaly (rad) from the eccentric anomaly. */
    static double trueAnomaly(double eccentricAnomaly, double eccentricity) {
        return 2 * Math.atan2(Math.sqrt(1 + eccentricity) * Math.sin(eccentricAnomaly / 2),
                              Math.sqrt(1 - eccentricity) * Math.cos(eccentricAnomaly / 2));
    }

    /** Mean anomaly (rad) from the true anomaly. */
    static double meanAnomaly(double trueAnomaly, double eccentricity) {
        double eccentricAnomaly = 2 * Math.atan2(Math.sqrt(1 - eccentricity) * Math.sin(trueAnomaly / 2),
                                                 Math.sqrt(1 + eccentricity) * Math.cos(trueAnomaly / 2));
        return eccentricAnomaly - eccentricity * Math.sin(eccentricAnomaly);
    }

    /**
     * Rotates a point (x, y) of the orbital plane (x towards periapsis) into the reference frame:
     * R_z(−Ω) R_x(−i) R_z(−ω), Standish (1992) eq. 8.34.
     */
    static Vector3D orbitalPlaneToReference(double x, double y, double argumentOfPeriapsis,
                                            double node, double inclination) {
        double cw = Math.cos(argumentOfPeriapsis);
        double sw = Math.sin(argumentOfPeriapsis);
        double cn = Math.cos(node);
        double sn = Math.sin(node);
        double ci = Math.cos(inclination);
        double si = Math.sin(inclination);
        return new Vector3D(
                (cw * cn - sw * sn * ci) * x + (-sw * cn - cw * sn * ci) * y,
                (cw * sn + sw * cn * ci) * x + (-sw * sn + cw * cn * ci) * y,
                (sw * si) * x + (cw * si) * y);
    }
}
