package org.skycrane.stats;

/**
 * The local east-north plane of a landing target on a spherical planet, as an azimuthal
 * equidistant projection centred on the target: a point at great-circle distance {@code d} and
 * bearing {@code β} (clockwise from north) maps to {@code (east, north) = d (sin β, cos β)}.
 * Distances and bearings from the target are therefore exact; {@code 1 km} north is exactly
 * {@code 1000 / radius} rad of latitude.
 *
 * <p>Within 10 km of the target on Mars this differs from a tangent plane by less than
 * d³/(3R²) ≈ 3 cm, far below landing dispersions. The formulas are the great-circle relations of
 * Snyder (1987), <i>Map Projections: A Working Manual</i>, USGS Professional Paper 1395, ch. 5:
 * distance by the haversine form (eq. 5-3a), azimuth (eq. 5-4b), and their inverse (eqs. 5-5 and
 * 5-6, in an equivalent arrangement).
 *
 * @param latitude  of the target, planetocentric, in (-π/2, π/2) (rad); the poles have no east
 * @param longitude of the target, east-positive (rad)
 * @param radius    of the sphere (m)
 */
public record TargetPlane(double latitude, double longitude, double radius) {

    public TargetPlane {
        if (!(Math.abs(latitude) < Math.PI / 2)) {
            throw new IllegalArgumentException("target latitude must be strictly between the poles (rad): " + latitude);
        }
        if (!Double.isFinite(longitude)) {
            throw new IllegalArgumentException("target longitude must be finite (rad): " + longitude);
        }
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("radius must be positive and finite (m): " + radius);
        }
    }

    /** Target from output-style degrees; the radius stays in metres. */
    public static TargetPlane ofDegrees(double latitudeDeg, double longitudeDeg, double radius) {
        return new TargetPlane(Math.toRadians(latitudeDeg), Math.toRadians(longitudeDeg), radius);
    }

    /** Latitude and longitude (longitude in [-π, π)) of the point {@code east}, {@code north} (m) from the target. */
    public LatLon latLonOf(double east, double north) {
        double angle = Math.hypot(east, north) / radius;              // central angle δ
        double bearing = Math.atan2(east, north);                     // β, clockwise from north
        double sinLat = Math.sin(latitude) * Math.cos(angle)
                + Math.cos(latitude) * Math.sin(angle) * Math.cos(bearing);
        double lat = Math.asin(Math.max(-1.0, Math.min(1.0, sinLat)));
        double lon = longitude + Math.atan2(Math.sin(bearing) * Math.sin(angle) * Math.cos(latitude),
                                            Math.cos(angle) - Math.sin(latitude) * sinLat);
        return new LatLon(lat, normalizeLongitude(lon));
    }

    /** {@link #latLonOf(double, double)} of a point. */
    public LatLon latLonOf(EastNorth point) {
        return latLonOf(point.east(), point.north());
    }

    /** East and north (m) from the target of the point at {@code latitude}, {@code longitude} (rad). */
    public EastNorth eastNorthOf(double pointLatitude, double pointLongitude) {
        double deltaLon = pointLongitude - longitude;
        double sinHalfLat = Math.sin((pointLatitude - latitude) / 2);
        double sinHalfLon = Math.sin(deltaLon / 2);
        double haversine = sinHalfLat * sinHalfLat
                + Math.cos(latitude) * Math.cos(pointLatitude) * sinHalfLon * sinHalfLon;
        double angle = 2 * Math.asin(Math.sqrt(Math.min(1.0, haversine)));
        double bearing = Math.atan2(Math.sin(deltaLon) * Math.cos(pointLatitude),
                Math.cos(latitude) * Math.sin(pointLatitude)
                        - Math.sin(latitude) * Math.cos(pointLatitude) * Math.cos(deltaLon));
        double distance = radius * angle;
        return new EastNorth(distance * Math.sin(bearing), distance * Math.cos(bearing));
    }

    /** {@link #eastNorthOf(double, double)} of a point. */
    public EastNorth eastNorthOf(LatLon point) {
        return eastNorthOf(point.latitude(), point.longitude());
    }

    private static double normalizeLongitude(double lon) {
        double wrapped = lon - 2 * Math.PI * Math.floor((lon + Math.PI) / (2 * Math.PI));
        return wrapped >= Math.PI ? wrapped - 2 * Math.PI : wrapped;
    }
}
