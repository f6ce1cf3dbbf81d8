package org.skycrane.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The state at entry interface.
 *
 * @param radius             distance from the centre of Mars (m); 3522.2 km for MSL and Mars 2020
 * @param latitudeDeg        planetocentric (deg)
 * @param longitudeDeg       east (deg)
 * @param speed              m/s, in the frame {@code speedFrame}; 1 to 10 km/s ({@link #SPEED_REASON})
 * @param speedFrame         whether speed and flight-path angle are INERTIAL or planet-RELATIVE
 * @param flightPathAngleDeg below the local horizontal is negative (deg), in the same frame; an entry
 *                           descends, so it lies strictly between −90° and 0°
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

    /**
     * Why entry speeds lie in 1–10 km/s: flown Mars entries ran from about 4.4 km/s (Viking, from orbit)
     * to about 7.5 km/s (Pathfinder, direct from Earth); a circular orbit at the 125 km interface flies
     * at 3.5 km/s and escape speed there is 4.9 km/s, so 10 km/s is a hyperbolic excess of 8.7 km/s,
     * beyond any Earth–Mars transfer flown.
     */
    public static final String SPEED_REASON = "Mars entries run from about 4.4 km/s, from orbit, to 7.5 km/s, direct "
            + "from Earth; 10 km/s is beyond any Earth-Mars transfer";

    public EntrySpec {
        Check.positive("radius_m", radius, "m");
        Check.between("latitude_deg", latitudeDeg, -90, 90, "deg");
        Check.between("longitude_deg", longitudeDeg, -360, 360, "deg");
        Check.range("speed_mps", speed, 1000, 10_000, "m/s", SPEED_REASON);
        Check.required("speed_frame", speedFrame);
        Check.finite("flight_path_angle_deg", flightPathAngleDeg);
        if (!(flightPathAngleDeg > -90 && flightPathAngleDeg < 0)) {
            throw new FieldException("flight_path_angle_deg", "must be between -90 and 0 deg, both excluded (an "
                    + "atmospheric entry descends: below the local horizon and short of vertical), got "
                    + Check.format(flightPathAngleDeg));
        }
        Check.between("heading_deg", headingDeg, -360, 360, "deg");
    }
}
