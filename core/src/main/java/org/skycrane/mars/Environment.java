package org.skycrane.mars;

import java.util.Objects;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.terrain.FlatTerrain;
import org.skycrane.terrain.SiteFrame;
import org.skycrane.terrain.Terrain;

/**
 * The world a vehicle flies in: the planet, its atmosphere, the landing site whose areoid and surface
 * are the height datums, and the altitude datum. By default altitude is height above the areoid at
 * the site (a sphere of the site's areoid radius); with a reference {@link Ellipsoid} it is geodetic
 * altitude above that ellipsoid, along its normal (the datum of the NESC check cases and of the IAU
 * Mars ellipsoid).
 *
 * <p>The atmosphere has a datum of its own: a Mars-GRAM table gives density against altitude above the
 * areoid, so it is read there whatever datum the flight reports altitude in (else the IAU option would
 * shift Jezero's atmosphere by the 696 m between the ellipsoid and the areoid there); the US 1976
 * standard and the check cases are keyed by geodetic altitude ({@code atmosphereOnEllipsoid}).
 *
 * @param planet     gravity and rotation
 * @param atmosphere air and winds, keyed by the altitude of this environment's datum
 * @param site       landing site (areoid radius and ground)
 * @param ellipsoid  reference ellipsoid of altitude, or null for the areoid-at-site sphere
 * @param atmosphereOnEllipsoid whether the atmosphere and its winds are keyed by altitude above
 *                   {@code ellipsoid} (else above the areoid at the site)
 * @param ground     the surface around the site, heights above the areoid-at-site sphere; null for a
 *                   sphere at the site's elevation
 */
public record Environment(Planet planet, Atmosphere atmosphere, LandingSite site, Ellipsoid ellipsoid,
                          boolean atmosphereOnEllipsoid, Terrain ground) {

    public Environment {
        Objects.requireNonNull(planet, "planet");
        Objects.requireNonNull(atmosphere, "atmosphere");
        Objects.requireNonNull(site, "site");
        if (atmosphereOnEllipsoid && ellipsoid == null) {
            throw new IllegalArgumentException("an atmosphere keyed to the ellipsoid needs an ellipsoid");
        }
    }

    /** An environment on a spherical ground at the site's elevation. */
    public Environment(Planet planet, Atmosphere atmosphere, LandingSite site, Ellipsoid ellipsoid,
                       boolean atmosphereOnEllipsoid) {
        this(planet, atmosphere, site, ellipsoid, atmosphereOnEllipsoid, null);
    }

    /** An environment whose altitude datum is the areoid at the site. */
    public Environment(Planet planet, Atmosphere atmosphere, LandingSite site) {
        this(planet, atmosphere, site, null, false);
    }

    /**
     * Altitude (m) at {@code position} (m, planet-fixed): above the areoid sphere of the site, or the
     * geodetic altitude above the reference ellipsoid when there is one.
     */
    public double altitude(Vector3D position) {
        return ellipsoid == null ? position.getNorm() - site.areoidRadius() : ellipsoid.geodetic(position).altitude();
    }

    /** Altitude (m) the atmosphere is read at, at {@code position}: on its own datum (see the class comment). */
    public double atmosphereAltitude(Vector3D position) {
        return atmosphereOnEllipsoid ? ellipsoid.geodetic(position).altitude() : position.getNorm() - site.areoidRadius();
    }

    /** The altitude datum in words, for outputs: "areoid at site" or the ellipsoid's radii. */
    public String datum() {
        return ellipsoid == null ? "areoid at site (sphere of " + site.areoidRadius() + " m)"
                : String.format(java.util.Locale.ROOT, "ellipsoid a = %.3f m, f = %.12g", ellipsoid.equatorialRadius(),
                        ellipsoid.flattening()) + (atmosphereOnEllipsoid ? "" : "; atmosphere read above the areoid at site");
    }

    /**
     * Height above the ground (m) at {@code position} (m, Mars-fixed): negative below it. Above the
     * terrain when there is one (continuous, so an event function; see {@link Terrain#heightAboveGround}),
     * else above the sphere of the site's surface radius.
     */
    public double heightAboveGround(Vector3D position) {
        return ground == null ? position.getNorm() - site.surfaceRadius() : ground.heightAboveGround(position);
    }

    /**
     * The ground as terrain: {@link #ground} or, without one, the sphere at the site's elevation in
     * the site's map frame (made anew on each call: callers on a hot path hold it).
     */
    public Terrain terrain() {
        return ground != null ? ground : new FlatTerrain(new SiteFrame(site.latitude(), site.longitude(),
                site.areoidRadius()), site.elevation(), 0.25);
    }

    public Environment withAtmosphere(Atmosphere newAtmosphere) {
        return new Environment(planet, newAtmosphere, site, ellipsoid, atmosphereOnEllipsoid, ground);
    }

    /** The same world on another ground (null: the sphere at the site's elevation). */
    public Environment withGround(Terrain newGround) {
        return new Environment(planet, atmosphere, site, ellipsoid, atmosphereOnEllipsoid, newGround);
    }

    /** The same world with altitude above {@code reference} (null: the areoid at the site), air read as before. */
    public Environment withEllipsoid(Ellipsoid reference) {
        return new Environment(planet, atmosphere, site, reference, atmosphereOnEllipsoid && reference != null, ground);
    }
}
