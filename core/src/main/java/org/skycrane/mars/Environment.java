package org.skycrane.mars;

import java.util.Objects;
import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * The world a vehicle flies in: the planet, its atmosphere, and the landing site whose areoid and
 * surface are the altitude and height datums.
 */
public record Environment(Planet planet, Atmosphere atmosphere, LandingSite site) {

    public Environment {
        Objects.requireNonNull(planet, "planet");
        Objects.requireNonNull(atmosphere, "atmosphere");
        Objects.requireNonNull(site, "site");
    }

    /** Altitude above the areoid (m) at {@code position} (m, Mars-fixed). */
    public double altitude(Vector3D position) {
        return position.getNorm() - site.areoidRadius();
    }

    /** Height above the ground (m) at {@code position} (m, Mars-fixed): negative below it. */
    public double heightAboveGround(Vector3D position) {
        return position.getNorm() - site.surfaceRadius();
    }

    public Environment withAtmosphere(Atmosphere newAtmosphere) {
        return new Environment(planet, newAtmosphere, site);
    }
}
