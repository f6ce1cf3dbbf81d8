package org.skycrane.earth;

import java.time.Instant;
import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * Earth's elevation above the local horizon of a point over a site on Mars, for the direct-to-Earth
 * (DTE) link.
 *
 * <p>The direction is the one a signal emitted at time t must travel to meet Earth: from the emitter
 * at t to Earth at the reception time ({@link LightTime}). The horizontal plane is normal to the
 * planetocentric radial (the planetocentric and areographic verticals differ by at most 0.3° on Mars;
 * at Gale and Jezero by under 0.2°). Parallax of the site is under 0.002°.
 *
 * <p>Earth is in view when its elevation exceeds minus the dip of the geometric horizon,
 * acos(R / (R + h)) for an emitter at height h over a spherical Mars of radius R: on the ground the
 * horizon is the horizontal plane, while a vehicle 10 km up sees 4.4° below it. Terrain (crater
 * rims, mountains), refraction and the antenna pattern are not modelled.
 */
public final class EarthVisibility {

    /**
     * Mars equatorial radius (m): BODY499_RADII = 3396.19 km of NAIF's planetary constants kernel
     * pck00010.tpc (P), the IAU WGCCRE 2009 value (Archinal et al., Celest. Mech. Dyn. Astr. 109:101, 2011).
     */
    public static final double PCK00010_MARS_EQUATORIAL_RADIUS = 3_396_190.0;

    private EarthVisibility() {
    }

    /**
     * What an emitter over a site sees of Earth.
     *
     * @param downlink    light-time solution from the emitter
     * @param elevation   Earth's elevation above the emitter's horizontal plane (rad)
     * @param horizonDip  depression of the geometric horizon below that plane (rad), 0 on the ground
     */
    public record View(LightTime.Downlink downlink, double elevation, double horizonDip) {

        /** Earth above the geometric horizon. */
        public boolean earthVisible() {
            return elevation > -horizonDip;
        }

        /** Elevation above the geometric horizon (rad): positive while Earth is in view. */
        public double clearance() {
            return elevation + horizonDip;
        }
    }

    /**
     * Earth's elevation (rad) above the horizon of a site on the ground, for a signal emitted at
     * {@code emissionUtc}.
     *
     * @param latitude  planetocentric latitude of the site (rad)
     * @param longitude planetocentric east longitude of the site (rad)
     */
    public static double earthElevation(double latitude, double longitude, Instant emissionUtc) {
        return view(latitude, longitude, 0.0, emissionUtc).elevation();
    }

    /**
     * Solves the light time from a point {@code height} above a site and Earth's elevation there.
     *
     * @param latitude  planetocentric latitude (rad)
     * @param longitude planetocentric east longitude (rad)
     * @param height    above the site on a sphere of the Mars equatorial radius (m), ≥ 0
     */
    public static View view(double latitude, double longitude, double height, Instant emissionUtc) {
        double radius = PCK00010_MARS_EQUATORIAL_RADIUS;
        double h = Math.max(0.0, height);
        MarsOrientation orientation = MarsOrientation.at(emissionUtc);
        Vector3D up = MarsOrientation.up(latitude, longitude);
        Vector3D offset = orientation.bodyFixedToEcliptic(up.scalarMultiply(radius + h));
        LightTime.Downlink downlink = LightTime.fromMars(emissionUtc, offset);
        Vector3D towardsEarth = orientation.eclipticToBodyFixed(downlink.marsToEarth());
        return new View(downlink, MarsOrientation.elevation(up, towardsEarth), horizonDip(h));
    }

    /** Dip of the geometric horizon (rad) seen from {@code height} (m) above a sphere of the Mars equatorial radius. */
    public static double horizonDip(double height) {
        double radius = PCK00010_MARS_EQUATORIAL_RADIUS;
        return height <= 0 ? 0.0 : Math.acos(radius / (radius + height));
    }
}
