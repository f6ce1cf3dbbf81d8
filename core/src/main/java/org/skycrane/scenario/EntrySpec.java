package org.skycrane.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The state at entry interface.
 *
 * @param radius             distance from the centre of Mars (m); 3522.2 km for MSL and Mars 2020
 * @param latitudeDeg        planetocentric (deg)
 * @param longitudeDeg       east (deg)
 * @param speed              m/s, in the frame {@code speedFrame}
 * @param speedFrame         whether speed and flight-path angle are INERTIAL or planet-RELATIVE
 * @param flightPathAngleDeg below the local horizontal is negative (deg), in the same frame
 * @param headingDeg         azimuth from north toward east (deg), in the same frame
 */
public record EntrySpec(@JsonProperty("radius_m") Double radius,
                        @JsonProperty("latitude_deg") Double latitudeDeg,
                        @JsonProperty("longitude_deg") Double longitudeDeg,
                        @JsonProperty("speed_mps") Double speed,
                        @JsonProperty("speed_frame") Frame speedFrame,
                        @JsonProperty("flight_path_angle_deg") Double flightPathAngleDeg,
                        @JsonProperty("heading_deg") Double headingDeg) {

    /** Frame of the entry speed and angles. */
    public enum Frame { INERTIAL, RELATIVE }

    public EntrySpec {
        Check.positive("radius_m", radius, "m");
        Check.between("latitude_deg", latitudeDeg, -90, 90, "deg");
        Check.between("longitude_deg", longitudeDeg, -360, 360, "deg");
        Check.positive("speed_mps", speed, "m/s");
        Check.required("speed_frame", speedFrame);
        Check.between("flight_path_angle_deg", flightPathAngleDeg, -90, 90, "deg");
        Check.between("heading_deg", headingDeg, -360, 360, "deg");
    }
}
