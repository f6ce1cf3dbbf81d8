package org.skycrane.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.skycrane.mars.LandingSite;

/**
 * The landing site: datum of altitude (areoid radius) and of height above ground (elevation).
 *
 * @param name         human-readable name
 * @param latitudeDeg  planetocentric latitude (deg)
 * @param longitudeDeg east longitude (deg)
 * @param areoidRadius areoid radius at the site (m)
 * @param elevation    surface elevation above the areoid (m)
 */
public record SiteSpec(@JsonProperty("name") String name,
                       @JsonProperty("latitude_deg") Double latitudeDeg,
                       @JsonProperty("longitude_deg") Double longitudeDeg,
                       @JsonProperty("areoid_radius_m") Double areoidRadius,
                       @JsonProperty("elevation_m") Double elevation) {

    public SiteSpec {
        Check.required("name", name);
        Check.between("latitude_deg", latitudeDeg, -90, 90, "deg");
        Check.between("longitude_deg", longitudeDeg, -360, 360, "deg");
        Check.positive("areoid_radius_m", areoidRadius, "m");
        Check.finite("elevation_m", elevation);
        if (-elevation >= areoidRadius) {
            throw new FieldException("elevation_m", "puts the ground at or below the centre of the planet");
        }
    }

    /** The site model. */
    public LandingSite site() {
        return new LandingSite(name, Math.toRadians(latitudeDeg), Math.toRadians(longitudeDeg), areoidRadius,
                elevation);
    }
}
