package org.skycrane.mars;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * Mars as a gravitating, rotating body. The Mars-fixed frame has its z axis along the spin axis and
 * its x axis through the prime meridian.
 *
 * @param gm              gravitational parameter μ (m³/s²)
 * @param referenceRadius reference radius of the J2 term (m)
 * @param j2              second zonal harmonic (unnormalised)
 * @param rotationRate    spin rate about +z (rad/s)
 */
public record Planet(double gm, double referenceRadius, double j2, double rotationRate) {

    public Planet {
        if (!(gm >= 0) || !(referenceRadius > 0) || !Double.isFinite(j2) || !Double.isFinite(rotationRate)) {
            throw new IllegalArgumentException("planet needs gm >= 0, radius > 0 and finite j2 and rotation");
        }
    }

    /** Spin vector ω (rad/s) in the Mars-fixed frame. */
    public Vector3D spin() {
        return new Vector3D(0, 0, rotationRate);
    }

    /**
     * Gravitational acceleration (m/s²) at {@code position} (m, Mars-fixed): point mass plus J2,
     * a = −μ r/|r|³ [1 + (3/2) J2 (R/|r|)² (1 − 5 z²/|r|²)] for x and y, with (3 − 5 z²/|r|²) for z
     * (Vallado, Fundamentals of Astrodynamics, 4th ed., eq. 8-31).
     */
    public Vector3D gravity(Vector3D position) {
        double x = position.getX();
        double y = position.getY();
        double z = position.getZ();
        double r2 = x * x + y * y + z * z;
        double r = Math.sqrt(r2);
        double muOverR3 = gm / (r2 * r);
        double k = 1.5 * j2 * referenceRadius * referenceRadius / r2;
        double z2r2 = z * z / r2;
        double fxy = -muOverR3 * (1 + k * (1 - 5 * z2r2));
        double fz = -muOverR3 * (1 + k * (3 - 5 * z2r2));
        return new Vector3D(fxy * x, fxy * y, fz * z);
    }

    /** Gravitational potential energy per unit mass (J/kg), consistent with {@link #gravity}. */
    public double potential(Vector3D position) {
        double r = position.getNorm();
        double sinLat = position.getZ() / r;
        double p2 = 0.5 * (3 * sinLat * sinLat - 1);
        return -gm / r * (1 - j2 * (referenceRadius / r) * (referenceRadius / r) * p2);
    }

    /**
     * Acceleration felt in the rotating frame besides gravity and forces (m/s²): Coriolis −2ω×v and
     * centrifugal −ω×(ω×r).
     */
    public Vector3D frameAcceleration(Vector3D position, Vector3D velocity) {
        double w = rotationRate;
        // ω = (0,0,w): ω×v = (−w vy, w vx, 0); ω×(ω×r) = (−w² x, −w² y, 0)
        double ax = 2 * w * velocity.getY() + w * w * position.getX();
        double ay = -2 * w * velocity.getX() + w * w * position.getY();
        return new Vector3D(ax, ay, 0);
    }
}
