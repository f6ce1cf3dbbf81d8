package org.skycrane.stats;

/**
 * Planetocentric latitude and east-positive longitude on a sphere.
 *
 * @param latitude  in [-π/2, π/2] (rad)
 * @param longitude in [-π, π) (rad)
 */
public record LatLon(double latitude, double longitude) {

    /** Latitude in degrees, for output. */
    public double latitudeDeg() {
        return Math.toDegrees(latitude);
    }

    /** Longitude in degrees in [-180, 180), for output. */
    public double longitudeDeg() {
        return Math.toDegrees(longitude);
    }
}
