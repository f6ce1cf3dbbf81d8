package org.skycrane.earth;

import java.time.Instant;
import java.util.Objects;
import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * Where the Sun is seen from Mars at one instant: the direction from Mars's centre to the Sun in the
 * Mars body-fixed frame, from the planet's heliocentric position ({@link PlanetEphemeris#MARS},
 * Standish 1992) turned by the IAU orientation of Mars ({@link MarsOrientation}, Archinal et al. 2011),
 * and at a site the Sun's elevation and azimuth in its local east-north-up frame.
 *
 * <p>The Sun's direction is the geometric one at the instant (no light-time correction: the Sun's
 * light left it 12 to 14 minutes earlier, when Mars was about 0.25° further back along its orbit, which
 * is a quarter of the accuracy asked of a rendered scene). At 1.5 AU the Sun's parallax across Mars
 * (3 390 km) is 0.001°, so the direction from the centre serves every site.
 *
 * @param utc       the instant
 * @param bodyFixed unit vector from Mars to the Sun, Mars body-fixed (x at 0° E, z north)
 */
public record SunDirection(Instant utc, Vector3D bodyFixed) {

    public SunDirection {
        Objects.requireNonNull(utc, "utc");
        Objects.requireNonNull(bodyFixed, "bodyFixed");
    }

    /** The Sun's direction at a UTC instant. */
    public static SunDirection at(Instant utc) {
        Vector3D mars = PlanetEphemeris.MARS.position(utc);
        Vector3D toSun = MarsOrientation.at(utc).eclipticToBodyFixed(mars.negate());
        return new SunDirection(utc, toSun.normalize());
    }

    /** Planetocentric latitude of the sub-solar point (rad): the Sun's declination in Mars's equator. */
    public double subsolarLatitude() {
        return Math.asin(Math.max(-1, Math.min(1, bodyFixed.getZ())));
    }

    /** Planetocentric east longitude of the sub-solar point (rad, [0, 2π)). */
    public double subsolarLongitude() {
        double lon = Math.atan2(bodyFixed.getY(), bodyFixed.getX());
        return lon < 0 ? lon + 2 * Math.PI : lon;
    }

    /**
     * Unit vector toward the Sun in the local east-north-up frame of a site.
     *
     * @param latitude  planetocentric (rad)
     * @param longitude planetocentric east (rad)
     */
    public Vector3D local(double latitude, double longitude) {
        Vector3D up = MarsOrientation.up(latitude, longitude);
        Vector3D east = new Vector3D(-Math.sin(longitude), Math.cos(longitude), 0);
        Vector3D north = Vector3D.crossProduct(up, east);
        return new Vector3D(Vector3D.dotProduct(bodyFixed, east), Vector3D.dotProduct(bodyFixed, north),
                Vector3D.dotProduct(bodyFixed, up));
    }

    /** The Sun's elevation above a site's horizon (rad). */
    public double elevation(double latitude, double longitude) {
        return Math.asin(Math.max(-1, Math.min(1, local(latitude, longitude).getZ())));
    }

    /** The Sun's azimuth at a site, clockwise from north (rad, [0, 2π)). */
    public double azimuth(double latitude, double longitude) {
        Vector3D v = local(latitude, longitude);
        double az = Math.atan2(v.getX(), v.getY());
        return az < 0 ? az + 2 * Math.PI : az;
    }
}
