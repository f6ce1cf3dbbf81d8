package org.skycrane.mars;

import java.util.Objects;

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

    /** Altitude above the areoid (m) at distance {@code radius} (m) from the centre. */
    public double altitude(double radius) {
        return radius - site.areoidRadius();
    }

    /** Height above the landing-site surface (m) at distance {@code radius} (m). */
    public double heightAboveGround(double radius) {
        return radius - site.surfaceRadius();
    }

    public Environment withAtmosphere(Atmosphere newAtmosphere) {
        return new Environment(planet, newAtmosphere, site);
    }
}
