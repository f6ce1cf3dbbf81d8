package org.skycrane.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.mars.Geodesy;

/**
 * The landing target.
 *
 * @param latitudeDeg  planetocentric (deg)
 * @param longitudeDeg east (deg)
 * @param elevation    above the site's areoid (m)
 */
public record TargetSpec(@JsonProperty("latitude_deg") Double latitudeDeg,
                         @JsonProperty("longitude_deg") Double longitudeDeg,
                         @JsonProperty("elevation_m") Double elevation) {

    public TargetSpec {
        Check.between("latitude_deg", latitudeDeg, -90, 90, "deg");
        Check.between("longitude_deg", longitudeDeg, -360, 360, "deg");
        Check.finite("elevation_m", elevation);
    }

    /** Target position, Mars-fixed (m), on a sphere of the given areoid radius plus the elevation. */
    public Vector3D position(double areoidRadius) {
        return Geodesy.position(Math.toRadians(latitudeDeg), Math.toRadians(longitudeDeg), areoidRadius + elevation);
    }
}
