package org.skycrane.mars;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * A reference ellipsoid of revolution about the planet-fixed z axis, for geodetic latitude and
 * altitude; a sphere is the case {@code flattening = 0}. The planet-fixed frame has z along the
 * spin axis and x through the prime meridian.
 *
 * <p>Cartesian to geodetic uses the closed form of Vermeille (2002), "Direct transformation from
 * geocentric coordinates to geodetic coordinates", Journal of Geodesy 76, 451–454: no iteration,
 * exact to rounding everywhere outside a small region around the centre (for the Earth, points more
 * than about 43 km from the centre), so from deep below the surface to far above it.
 *
 * @param equatorialRadius semi-major axis a (m)
 * @param flattening       f = (a − b)/a, with b the polar radius
 */
public record Ellipsoid(double equatorialRadius, double flattening) {

    /** WGS-84: a = 6,378,137.0 m, 1/f = 298.257223563 (NIMA TR8350.2, 3rd ed., 2000, Table 3.1). */
    public static final Ellipsoid WGS84 = new Ellipsoid(6_378_137.0, 1 / 298.257223563);

    /**
     * Mars, IAU: equatorial radius 3,396.19 km, polar radius 3,376.20 km (Archinal et al. 2018,
     * "Report of the IAU Working Group on Cartographic Coordinates and Rotational Elements: 2015",
     * Celestial Mechanics and Dynamical Astronomy 130:22; the same radii are NAIF's BODY499_RADII).
     */
    public static final Ellipsoid IAU_2015_MARS = new Ellipsoid(3_396_190.0, (3_396_190.0 - 3_376_200.0) / 3_396_190.0);

    public Ellipsoid {
        if (!(equatorialRadius > 0) || !(flattening >= 0 && flattening < 1)) {
            throw new IllegalArgumentException("ellipsoid needs a radius > 0 m and a flattening in [0, 1), got "
                    + equatorialRadius + " m, " + flattening);
        }
    }

    /** A sphere of radius {@code radius} (m): geodetic altitude is then |r| − radius. */
    public static Ellipsoid sphere(double radius) {
        return new Ellipsoid(radius, 0);
    }

    /** Polar radius b = a (1 − f) (m). */
    public double polarRadius() {
        return equatorialRadius * (1 - flattening);
    }

    /** First eccentricity squared e² = f (2 − f). */
    public double eccentricitySquared() {
        return flattening * (2 - flattening);
    }

    /** Prime-vertical radius of curvature N = a / √(1 − e² sin²φ) (m) at geodetic latitude φ (rad). */
    public double primeVerticalRadius(double latitude) {
        double s = Math.sin(latitude);
        return equatorialRadius / Math.sqrt(1 - eccentricitySquared() * s * s);
    }

    /**
     * Planet-fixed position (m) of a geodetic point: ((N + h) cos φ cos λ, (N + h) cos φ sin λ,
     * (N (1 − e²) + h) sin φ).
     */
    public Vector3D position(GeodeticPoint point) {
        double phi = point.latitude();
        double n = primeVerticalRadius(phi);
        double h = point.altitude();
        double c = Math.cos(phi);
        return new Vector3D((n + h) * c * Math.cos(point.longitude()), (n + h) * c * Math.sin(point.longitude()),
                (n * (1 - eccentricitySquared()) + h) * Math.sin(phi));
    }

    /** The geodetic point (Vermeille 2002, closed form) of a planet-fixed position (m). */
    public GeodeticPoint geodetic(Vector3D position) {
        double x = position.getX();
        double y = position.getY();
        double z = position.getZ();
        double a = equatorialRadius;
        double e2 = eccentricitySquared();
        double e4 = e2 * e2;
        double rho = Math.hypot(x, y);
        double longitude = rho == 0 ? 0 : Math.atan2(y, x);
        double p = rho * rho / (a * a);
        double q = (1 - e2) * z * z / (a * a);
        double r = (p + q - e4) / 6;
        double s = e4 * p * q / (4 * r * r * r);
        double t = Math.cbrt(1 + s + Math.sqrt(s * (2 + s)));
        double u = r * (1 + t + 1 / t);
        double v = Math.sqrt(u * u + e4 * q);
        double w = e2 * (u + v - q) / (2 * v);
        double k = Math.sqrt(u + v + w * w) - w;
        double d = k * rho / (k + e2);
        double dz = Math.hypot(d, z);
        double latitude = dz == 0 ? 0 : 2 * Math.atan2(z, d + dz);
        double altitude = (k + e2 - 1) / k * dz;
        return new GeodeticPoint(latitude, longitude, altitude);
    }

    /** Geocentric latitude ψ = atan2(z, √(x² + y²)) of a planet-fixed position (rad). */
    public static double geocentricLatitude(Vector3D position) {
        return Math.atan2(position.getZ(), Math.hypot(position.getX(), position.getY()));
    }

    /** Geocentric latitude (rad) of the point of geodetic latitude φ on the surface: tan ψ = (1 − e²) tan φ. */
    public double geocentricLatitudeOnSurface(double latitude) {
        return Math.atan2((1 - eccentricitySquared()) * Math.sin(latitude), Math.cos(latitude));
    }

    /** Local north unit vector at {@code point}: (−sin φ cos λ, −sin φ sin λ, cos φ). */
    public static Vector3D north(GeodeticPoint point) {
        double sp = Math.sin(point.latitude());
        return new Vector3D(-sp * Math.cos(point.longitude()), -sp * Math.sin(point.longitude()), Math.cos(point.latitude()));
    }

    /** Local east unit vector at {@code point}: (−sin λ, cos λ, 0). */
    public static Vector3D east(GeodeticPoint point) {
        return new Vector3D(-Math.sin(point.longitude()), Math.cos(point.longitude()), 0);
    }

    /** Local down unit vector at {@code point}, along the inward ellipsoid normal: −(cos φ cos λ, cos φ sin λ, sin φ). */
    public static Vector3D down(GeodeticPoint point) {
        double cp = Math.cos(point.latitude());
        return new Vector3D(-cp * Math.cos(point.longitude()), -cp * Math.sin(point.longitude()), -Math.sin(point.latitude()));
    }

    /** Components (north, east, down) of the planet-fixed vector {@code vector} in the local axes at {@code point}, as x, y, z. */
    public static Vector3D toNorthEastDown(Vector3D vector, GeodeticPoint point) {
        return new Vector3D(Vector3D.dotProduct(vector, north(point)), Vector3D.dotProduct(vector, east(point)),
                Vector3D.dotProduct(vector, down(point)));
    }

    /** The planet-fixed vector whose local (north, east, down) components at {@code point} are x, y, z of {@code ned}. */
    public static Vector3D fromNorthEastDown(Vector3D ned, GeodeticPoint point) {
        return new Vector3D(ned.getX(), north(point), ned.getY(), east(point), ned.getZ(), down(point));
    }
}
