package org.skycrane.terrain;

import java.util.Locale;
import java.util.Objects;
import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * A landing site's local map frame: an azimuthal equidistant projection of the datum sphere about
 * the site, plus height above that sphere.
 *
 * <p>Map coordinates (east, north) of a point are its great-circle distance from the site along the
 * datum sphere (m) split by its azimuth, so that distances from the site are exact at any range and
 * the map stays one-to-one out to the antipode (πR). Heights are radial, above the sphere of radius
 * {@link #datumRadius()} (the areoid at the site). Mars-fixed axes: z along the spin axis, x through
 * the prime meridian; latitudes planetocentric, longitudes east.
 *
 * <p>Value-based like a record (equality on the three parameters); it is a class because it
 * precomputes the site's unit vectors, which makes a conversion cost a square root, a division and a
 * short series (an atan2 beyond about 100 km). Round trips are exact to double rounding (tested below 0.1 mm to 300 km at every azimuth).
 */
public final class SiteFrame {

    /** Largest tan of the angle from the site (0.03, about 100 km on Mars) the map conversion takes by series. */
    private static final double SERIES_LIMIT = 0.03;

    private final double latitude;
    private final double longitude;
    private final double datumRadius;
    private final double ux;
    private final double uy;
    private final double uz;
    private final double ex;
    private final double ey;
    private final double nx;
    private final double ny;
    private final double nz;

    /**
     * @param latitude    planetocentric latitude of the site (rad)
     * @param longitude   east longitude of the site (rad)
     * @param datumRadius radius of the datum sphere (m), the areoid radius at the site
     */
    public SiteFrame(double latitude, double longitude, double datumRadius) {
        if (!(datumRadius > 0) || !Double.isFinite(datumRadius)) {
            throw new IllegalArgumentException("datum radius must be positive (m): " + datumRadius);
        }
        if (!(Math.abs(latitude) <= Math.PI / 2) || !Double.isFinite(longitude)) {
            throw new IllegalArgumentException("site latitude must be in [-pi/2, pi/2] and longitude finite (rad): "
                    + latitude + ", " + longitude);
        }
        this.latitude = latitude;
        this.longitude = longitude;
        this.datumRadius = datumRadius;
        double sl = Math.sin(latitude);
        double cl = Math.cos(latitude);
        double so = Math.sin(longitude);
        double co = Math.cos(longitude);
        ux = cl * co;
        uy = cl * so;
        uz = sl;
        ex = -so;
        ey = co;
        nx = -sl * co;
        ny = -sl * so;
        nz = cl;
    }

    /** A site frame from degrees (latitude, east longitude) and a datum radius (m). */
    public static SiteFrame ofDegrees(double latitudeDeg, double longitudeDeg, double datumRadius) {
        return new SiteFrame(Math.toRadians(latitudeDeg), Math.toRadians(longitudeDeg), datumRadius);
    }

    /** Planetocentric latitude of the site (rad). */
    public double latitude() {
        return latitude;
    }

    /** East longitude of the site (rad). */
    public double longitude() {
        return longitude;
    }

    /** Radius of the datum sphere (m). */
    public double datumRadius() {
        return datumRadius;
    }

    /** Local up at the site, Mars-fixed unit vector. */
    public Vector3D up() {
        return new Vector3D(ux, uy, uz);
    }

    /** Local east at the site, Mars-fixed unit vector (at a pole: the direction of 90° E of the meridian). */
    public Vector3D east() {
        return new Vector3D(ex, ey, 0);
    }

    /** Local north at the site, Mars-fixed unit vector (at a pole: along the site meridian). */
    public Vector3D north() {
        return new Vector3D(nx, ny, nz);
    }

    /** Map coordinates and height of a Mars-fixed position (m); the centre of Mars maps to the site at −R. */
    public MapPoint toMap(Vector3D position) {
        return toMap(position.getX(), position.getY(), position.getZ());
    }

    /** {@link #toMap(Vector3D)} from components (m). */
    public MapPoint toMap(double x, double y, double z) {
        double r = Math.sqrt(x * x + y * y + z * z);
        if (r == 0) {
            return new MapPoint(0, 0, -datumRadius);
        }
        // the position's components along the site's up, east and north, unnormalised: the map
        // coordinates depend on their ratios only
        double wr = x * ux + y * uy + z * uz;
        double ar = x * ex + y * ey;
        double br = x * nx + y * ny + z * nz;
        if (wr > 0 && ar * ar + br * br < SERIES_LIMIT * SERIES_LIMIT * wr * wr) {
            // within about 100 km of the site: k = R·atan(q)/s = (R/w)·atan(q)/q with q = s/w, whose Taylor
            // series to q¹² leaves a relative error below 1e-21 (the next term, q¹⁴/15, at q = 0.03);
            // a polynomial and one division cost a fraction of the atan2 and the square roots, which the
            // radar's ray casts call most
            double inverse = 1 / wr;
            double ta = ar * inverse;
            double tb = br * inverse;
            double q2 = ta * ta + tb * tb;
            double series = 1 - q2 * (1.0 / 3 - q2 * (1.0 / 5 - q2 * (1.0 / 7 - q2 * (1.0 / 9 - q2 * (1.0 / 11
                    - q2 * (1.0 / 13))))));
            double k = datumRadius * series;
            return new MapPoint(k * ta, k * tb, r - datumRadius);
        }
        double w = wr / r;
        double a = ar / r;
        double b = br / r;
        double s = Math.sqrt(a * a + b * b);
        double c = Math.atan2(s, w);
        if (s < 1e-300) {
            // At the site (c = 0) or its antipode (c = π, any azimuth: take east).
            return w >= 0 ? new MapPoint(0, 0, r - datumRadius) : new MapPoint(Math.PI * datumRadius, 0, r - datumRadius);
        }
        double k = datumRadius * c / s;
        return new MapPoint(k * a, k * b, r - datumRadius);
    }

    /** Mars-fixed position (m) of map coordinates (m) and height above the datum sphere (m). */
    public Vector3D toMarsFixed(double east, double north, double height) {
        double[] u = unit(east, north);
        double r = datumRadius + height;
        return new Vector3D(r * u[0], r * u[1], r * u[2]);
    }

    /** Mars-fixed position of a map point. */
    public Vector3D toMarsFixed(MapPoint point) {
        return toMarsFixed(point.east(), point.north(), point.height());
    }

    /** Radial unit vector {x, y, z} at map coordinates (m). */
    private double[] unit(double east, double north) {
        double c = Math.sqrt(east * east + north * north) / datumRadius;
        double cosc = Math.cos(c);
        double sinc = c < 1e-4 ? 1 - c * c / 6 : Math.sin(c) / c;
        double a = sinc * east / datumRadius;
        double b = sinc * north / datumRadius;
        return new double[] {cosc * ux + a * ex + b * nx, cosc * uy + a * ey + b * ny, cosc * uz + b * nz};
    }

    /**
     * Local axes at map coordinates (m): up is radial; east is the direction of increasing map east
     * made horizontal; north completes a right-handed east-north-up triad. At the site they are
     * {@link #east()}, {@link #north()}, {@link #up()}; within 200 km map north and this north differ by
     * less than 0.01°.
     */
    public LocalAxes axesAt(double east, double north) {
        double rho = Math.sqrt(east * east + north * north);
        double c = rho / datumRadius;
        double[] u = unit(east, north);
        Vector3D up = new Vector3D(u[0], u[1], u[2]);
        // d(unit)/d(east/R): (a/c)[−sin c·U + f'(c)(aE + bN)] + f(c)·E with f = sin c / c.
        double f = c < 1e-4 ? 1 - c * c / 6 : Math.sin(c) / c;
        double fp = c < 1e-4 ? -c / 3 : (c * Math.cos(c) - Math.sin(c)) / (c * c);
        double a = east / datumRadius;
        double b = north / datumRadius;
        double ac = c < 1e-12 ? 0 : a / c;
        double dx = ac * (-Math.sin(c) * ux + fp * (a * ex + b * nx)) + f * ex;
        double dy = ac * (-Math.sin(c) * uy + fp * (a * ey + b * ny)) + f * ey;
        double dz = ac * (-Math.sin(c) * uz + fp * (b * nz));
        Vector3D d = new Vector3D(dx, dy, dz);
        Vector3D horizontal = d.subtract(up.scalarMultiply(Vector3D.dotProduct(d, up)));
        if (horizontal.getNorm() < 1e-12) {
            horizontal = new Vector3D(ex, ey, 0);
        }
        Vector3D e = horizontal.normalize();
        return new LocalAxes(e, Vector3D.crossProduct(up, e), up);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SiteFrame s && Double.compare(latitude, s.latitude) == 0
                && Double.compare(longitude, s.longitude) == 0 && Double.compare(datumRadius, s.datumRadius) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(latitude, longitude, datumRadius);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SiteFrame[lat=%.6f°, lon=%.6f°E, R=%.1f m]",
                Math.toDegrees(latitude), Math.toDegrees(longitude), datumRadius);
    }
}
