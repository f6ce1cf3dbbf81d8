package org.skycrane.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The navigation filter and the sensors it fuses: the IMU's error budget, the terminal descent
 * sensor's accuracy, the onboard map, the χ² gate, and the 1σ knowledge error of the state uplinked
 * for entry. A nominal run flies every error at its mean, zero (the onboard map's own error, a fixed
 * product of the mission drawn from {@code seed}, stays); a Monte Carlo case draws the knowledge
 * error and every sensor error.
 *
 * @param seed                  seed of the onboard map's height error
 * @param imu                   the IMU's class: {@code ln200s} or {@code perfect}
 * @param entryPosition         1σ of the uplinked position, east, north, up (m)
 * @param entryVelocity         1σ of the uplinked velocity, east, north, up (m/s)
 * @param entryAttitudeMrad     1σ of the uplinked attitude per axis (mrad)
 * @param rangeNoisePercent     radar range noise, 1σ, percent of range
 * @param velocityNoise         radar line-of-sight velocity noise, 1σ (m/s)
 * @param maxRange              longest slant range the radar returns (m)
 * @param mapPosting            onboard map grid spacing (m)
 * @param mapHalfWidth          onboard map half-width about the target (m)
 * @param mapVerticalError      onboard map's stated 1σ height error (m)
 * @param mapUnresolvedRelief   onboard map's stated RMS of the ground's relief below its posting (m), which
 *                              the radar resolves under a small footprint and the map cannot
 * @param gateSigma             innovations beyond this many σ are rejected
 */
public record FilterSpec(@JsonProperty("seed") Long seed,
                         @JsonProperty("imu") String imu,
                         @JsonProperty("entry_position_sigma_m") NavigationSpec.Enu entryPosition,
                         @JsonProperty("entry_velocity_sigma_mps") NavigationSpec.Enu entryVelocity,
                         @JsonProperty("entry_attitude_sigma_mrad") Double entryAttitudeMrad,
                         @JsonProperty("radar_range_noise_percent") Double rangeNoisePercent,
                         @JsonProperty("radar_velocity_noise_mps") Double velocityNoise,
                         @JsonProperty("radar_max_range_m") Double maxRange,
                         @JsonProperty("map_posting_m") Double mapPosting,
                         @JsonProperty("map_half_width_m") Double mapHalfWidth,
                         @JsonProperty("map_vertical_error_m") Double mapVerticalError,
                         @JsonProperty("map_unresolved_relief_m") Double mapUnresolvedRelief,
                         @JsonProperty("gate_sigma") Double gateSigma) {

    public FilterSpec {
        Check.required("seed", seed);
        Check.required("imu", imu);
        if (!imu.equals("ln200s") && !imu.equals("perfect")) {
            throw new FieldException("imu", "must be ln200s or perfect, not '" + imu + "'");
        }
        Check.required("entry_position_sigma_m", entryPosition);
        Check.required("entry_velocity_sigma_mps", entryVelocity);
        for (String axis : new String[] {"east", "north", "up"}) {
            Check.range("entry_position_sigma_m." + axis, component(entryPosition, axis), 0, 10_000, "m",
                    "entry guidance steers to a point km away; a larger error is not a navigated entry");
            Check.range("entry_velocity_sigma_mps." + axis, component(entryVelocity, axis), 0, 50, "m/s",
                    "an approach navigation error beyond this misses the entry corridor");
        }
        Check.between("entry_attitude_sigma_mrad", entryAttitudeMrad, 0, 100, "mrad");
        Check.between("radar_range_noise_percent", rangeNoisePercent, 0, 10, "%");
        Check.between("radar_velocity_noise_mps", velocityNoise, 0, 10, "m/s");
        Check.between("radar_max_range_m", maxRange, 100, 50_000, "m");
        Check.between("map_posting_m", mapPosting, 1, 1000, "m");
        Check.between("map_half_width_m", mapHalfWidth, 1000, 100_000, "m");
        if (mapHalfWidth / mapPosting > 1500) {
            throw new FieldException("map_half_width_m", "at most 1500 posts from the centre (the map is held in memory)");
        }
        Check.between("map_vertical_error_m", mapVerticalError, 0, 100, "m");
        Check.between("map_unresolved_relief_m", mapUnresolvedRelief, 0, 100, "m");
        Check.between("gate_sigma", gateSigma, 1, 100, "sigma");
    }

    private static Double component(NavigationSpec.Enu e, String axis) {
        return axis.equals("east") ? e.east() : axis.equals("north") ? e.north() : e.up();
    }
}
