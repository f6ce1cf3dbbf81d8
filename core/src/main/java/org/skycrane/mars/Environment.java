package org.skycrane.mars;

import java.util.Objects;
import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * The world a vehicle flies in: the planet, its atmosphere, the landing site whose areoid and surface
 * are the height datums, and the altitude datum. By default altitude is height above the areoid at
 * the site (a sphere of the site's areoid radius); with a reference {@link Ellipsoid} it is geodetic
 * altitude above that ellipsoid, along its normal (the datum of the NESC check cases and of the IAU
 * Mars ellipsoid).
 *
 * @param planet     gravity and rotation
 * @param atmosphere air and winds, keyed by the altitude of this environment's datum
 * @param site       landing site (areoid radius and ground)
 * @param ellipsoid  reference ellipsoid of altitude, or null for the areoid-at-site sphere
 */
public record Environment(Planet planet, Atmosphere atmosphere, LandingSite site, Ellipsoid ellipsoid) {

    public Environment {
        Objects.requireNonNull(planet, "planet");
        Objects.requireNonNull(atmosphere, "atmosphere");
        Objects.requireNonNull(site, "site");
    }

    /** An environment whose altitude datum is the areoid at the site. */
    public Environment(Planet planet, Atmosphere atmosphere, LandingSite site) {
        this(planet, atmosphere, site, null);
    }

    /**
     * Altitude (m) at {@code position} (m, planet-fixed): above the areoid sphere of the site, or the
     * geodetic altitude above the reference ellipsoid when there is one.
     */
    public double altitude(Vector3D position) {
        return ellipsoid == null ? position.getNorm() - site.areoidRadius() : ellipsoid.geodetic(position).altitude();
    }

    /** The altitude datum in words, for outputs: "areoid at site" or the ellipsoid's radii. */
    public String datum() {
        return ellipsoid == null ? "areoid at site (sphere of " + site.areoidRadius() + " m)"
                : String.format(java.util.Locale.ROOT, "ellipsoid a = %.3f m, f = %.12g", ellipsoid.equatorialRadius(),
                        ellipsoid.flattening());
    }

    /** Height above the ground (m) at {@code position} (m, Mars-fixed): negative below it. */
    public double heightAboveGround(Vector3D position) {
        return position.getNorm() - site.surfaceRadius();
    }

    public Environment withAtmosphere(Atmosphere newAtmosphere) {
        return new Environment(planet, newAtmosphere, site, ellipsoid);
    }

    /** The same world with altitude above {@code reference} (null: the areoid at the site). */
    public Environment withEllipsoid(Ellipsoid reference) {
        return new Environment(planet, atmosphere, site, reference);
    }
}
