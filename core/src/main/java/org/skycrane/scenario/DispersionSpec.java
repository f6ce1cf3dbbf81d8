package org.skycrane.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The {@code dispersions:} block of a scenario: what a Monte Carlo campaign varies from case to
 * case, each with its distribution. Every entry is optional (absent means not dispersed). Values
 * are offsets added to the nominal, in the unit in the key; {@code _percent} entries scale the
 * nominal by (1 + value/100).
 *
 * @param entryFlightPathAngle   entry flight-path angle offset (deg)
 * @param entrySpeed             entry speed offset (m/s)
 * @param entryHeading           entry heading offset (deg)
 * @param entryEast              entry position offset east (m)
 * @param entryNorth             entry position offset north (m)
 * @param atmosphereDensity      density factor on every altitude (%)
 * @param atmosphereProfile      draw one of the 200 Mars-GRAM perturbed profiles per case (table
 *                               atmospheres only): altitude-correlated density perturbations
 * @param windSpeed              scale of the scenario's wind profile (%)
 * @param windDirection          rotation of the scenario's wind profile, clockwise seen from above (deg)
 * @param capsuleDrag            capsule drag coefficient at every Mach number (%)
 * @param capsuleLift            capsule lift-to-drag ratio (%)
 * @param parachuteDrag          parachute drag coefficient at every Mach number (%)
 * @param entryMass              mass offset (kg), carried by the descent stage through landing
 * @param engineThrust           maximum thrust of every engine (%)
 * @param engineIsp              specific impulse (%)
 * @param navigationPosition     horizontal knowledge error, drawn separately east and north (m)
 * @param navigationVelocity     knowledge error at entry, drawn separately east, north and up (m/s)
 * @param windProfile            the wind of the dispersed cases (scaled by {@code windSpeed}, turned by
 *                               {@code windDirection}); absent: the atmosphere's own wind, if any
 * @param navigationAltitude     vertical knowledge error (m). The navigator carries the error unchanged
 *                               to the ground (there is no radar model yet), so this stands for the
 *                               altitude error left after the radar updates, not the error at entry
 */
public record DispersionSpec(@JsonProperty("entry_flight_path_angle_deg") DistributionSpec entryFlightPathAngle,
                             @JsonProperty("entry_speed_mps") DistributionSpec entrySpeed,
                             @JsonProperty("entry_heading_deg") DistributionSpec entryHeading,
                             @JsonProperty("entry_east_m") DistributionSpec entryEast,
                             @JsonProperty("entry_north_m") DistributionSpec entryNorth,
                             @JsonProperty("atmosphere_density_percent") DistributionSpec atmosphereDensity,
                             @JsonProperty("atmosphere_mars_gram_profile") Boolean atmosphereProfile,
                             @JsonProperty("wind_speed_percent") DistributionSpec windSpeed,
                             @JsonProperty("wind_direction_deg") DistributionSpec windDirection,
                             @JsonProperty("capsule_drag_percent") DistributionSpec capsuleDrag,
                             @JsonProperty("capsule_lift_to_drag_percent") DistributionSpec capsuleLift,
                             @JsonProperty("parachute_drag_percent") DistributionSpec parachuteDrag,
                             @JsonProperty("entry_mass_kg") DistributionSpec entryMass,
                             @JsonProperty("engine_thrust_percent") DistributionSpec engineThrust,
                             @JsonProperty("engine_isp_percent") DistributionSpec engineIsp,
                             @JsonProperty("navigation_position_m") DistributionSpec navigationPosition,
                             @JsonProperty("navigation_velocity_mps") DistributionSpec navigationVelocity,
                             @JsonProperty("wind_profile") List<AtmosphereSpec.WindPoint> windProfile,
                             @JsonProperty("navigation_altitude_m") DistributionSpec navigationAltitude) {

    public DispersionSpec {
        if (windProfile != null) {
            windProfile = AtmosphereSpec.checkWind("wind_profile", windProfile);
        }
    }

    /** Whether to draw a Mars-GRAM profile per case. */
    public boolean drawsAtmosphereProfile() {
        return atmosphereProfile != null && atmosphereProfile;
    }
}
