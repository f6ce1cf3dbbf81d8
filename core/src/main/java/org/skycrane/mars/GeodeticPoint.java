package org.skycrane.mars;

/**
 * A point given by geodetic coordinates on an {@link Ellipsoid}.
 *
 * @param latitude  geodetic latitude, the angle between the equator and the ellipsoid normal through
 *                  the point (rad, north positive)
 * @param longitude east longitude (rad)
 * @param altitude  height above the ellipsoid along that normal (m, negative below)
 */
public record GeodeticPoint(double latitude, double longitude, double altitude) {

    public GeodeticPoint {
        if (!Double.isFinite(latitude) || !Double.isFinite(longitude) || !Double.isFinite(altitude)
                || Math.abs(latitude) > Math.PI / 2) {
            throw new IllegalArgumentException("geodetic point needs finite coordinates and |latitude| <= 90 deg, got "
                    + latitude + " rad, " + longitude + " rad, " + altitude + " m");
        }
    }
}
