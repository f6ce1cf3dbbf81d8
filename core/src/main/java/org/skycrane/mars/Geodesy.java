package org.skycrane.mars;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/** Planetocentric coordinates and local frames on a sphere. Angles in radians. */
public final class Geodesy {

    private Geodesy() {
    }

    /** Position (m, Mars-fixed) at planetocentric latitude, east longitude and radius. */
    public static Vector3D position(double latitude, double longitude, double radius) {
        double cl = Math.cos(latitude);
        return new Vector3D(radius * cl * Math.cos(longitude), radius * cl * Math.sin(longitude),
                radius * Math.sin(latitude));
    }

    /** Planetocentric latitude of {@code position} (rad). */
    public static double latitude(Vector3D position) {
        return Math.asin(Math.max(-1, Math.min(1, position.getZ() / position.getNorm())));
    }

    /** East longitude of {@code position} in [−π, π) (rad). */
    public static double longitude(Vector3D position) {
        double lon = Math.atan2(position.getY(), position.getX());
        return lon >= Math.PI ? lon - 2 * Math.PI : lon;
    }

    /** Local up unit vector at {@code position}. */
    public static Vector3D up(Vector3D position) {
        return position.normalize();
    }

    /** Local east unit vector at {@code position}: (−y, x, 0)/√(x²+y²) (undefined at the poles). */
    public static Vector3D east(Vector3D position) {
        double x = position.getX();
        double y = position.getY();
        double rho = Math.sqrt(x * x + y * y);
        return new Vector3D(-y / rho, x / rho, 0);
    }

    /** Local north unit vector at {@code position}: up × east, written out. */
    public static Vector3D north(Vector3D position) {
        double x = position.getX();
        double y = position.getY();
        double z = position.getZ();
        double rho = Math.sqrt(x * x + y * y);
        double r = Math.sqrt(rho * rho + z * z);
        return new Vector3D(-z * x / (r * rho), -z * y / (r * rho), rho / r);
    }

    /** Great-circle angle between two positions (rad). */
    public static double centralAngle(Vector3D a, Vector3D b) {
        return Vector3D.angle(a, b);
    }

    /**
     * Initial azimuth (rad, from north, clockwise toward east) of the great circle from {@code from}
     * to {@code to}.
     */
    public static double azimuth(Vector3D from, Vector3D to) {
        Vector3D d = to.normalize().subtract(from.normalize());
        return Math.atan2(Vector3D.dotProduct(d, east(from)), Vector3D.dotProduct(d, north(from)));
    }

    /**
     * Ground distances from {@code position} to {@code target} split along and across a ground track
     * of azimuth {@code heading} (rad): {downrange, crossrange} (m) on a sphere of {@code radius};
     * downrange is positive when the target is ahead, crossrange when it is to the right.
     */
    public static double[] downrangeCrossrange(Vector3D position, double heading, Vector3D target, double radius) {
        double distance = centralAngle(position, target) * radius;
        if (distance == 0) {
            return new double[] {0, 0};
        }
        double relative = azimuth(position, target) - heading;
        return new double[] {distance * Math.cos(relative), distance * Math.sin(relative)};
    }

}
