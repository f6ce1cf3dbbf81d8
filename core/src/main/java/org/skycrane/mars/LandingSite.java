package org.skycrane.mars;

/**
 * The landing site and the datums measured from it. Altitude is height above the areoid, taken as
 * a sphere of the site's areoid radius; height above ground is height above the site's surface, a
 * sphere of radius areoid radius + elevation (flat terrain around the site).
 *
 * @param name         human-readable name
 * @param latitude     planetocentric latitude (rad)
 * @param longitude    east longitude (rad)
 * @param areoidRadius radius of the altitude datum (m)
 * @param elevation    surface elevation above the areoid (m, negative below)
 */
public record LandingSite(String name, double latitude, double longitude, double areoidRadius, double elevation) {

    public LandingSite {
        if (!(areoidRadius > 0) || !Double.isFinite(elevation) || !Double.isFinite(latitude)
                || !Double.isFinite(longitude)) {
            throw new IllegalArgumentException("landing site needs a positive areoid radius and finite coordinates");
        }
    }

    /** Radius of the ground (m). */
    public double surfaceRadius() {
        return areoidRadius + elevation;
    }
}
