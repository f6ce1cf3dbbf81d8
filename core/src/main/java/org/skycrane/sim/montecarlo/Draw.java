package org.skycrane.sim.montecarlo;

import java.util.List;
import java.util.function.Function;
import org.skycrane.scenario.DispersionSpec;
import org.skycrane.scenario.DistributionSpec;

/**
 * The dispersions a case draws, in a fixed order. Each has its own stream slot (its position in
 * this list), so a dispersion added to the end of the list, or removed from a scenario, changes
 * no other draw. Never reorder: append.
 *
 * @param column CSV column name of the drawn value
 * @param spec   the scenario entry
 */
record Draw(String column, Function<DispersionSpec, DistributionSpec> spec) {

    static final List<Draw> ALL = List.of(
            new Draw("d_entry_fpa_deg", DispersionSpec::entryFlightPathAngle),
            new Draw("d_entry_speed_mps", DispersionSpec::entrySpeed),
            new Draw("d_entry_heading_deg", DispersionSpec::entryHeading),
            new Draw("d_entry_east_m", DispersionSpec::entryEast),
            new Draw("d_entry_north_m", DispersionSpec::entryNorth),
            new Draw("d_density_pct", DispersionSpec::atmosphereDensity),
            new Draw("d_wind_speed_pct", DispersionSpec::windSpeed),
            new Draw("d_wind_direction_deg", DispersionSpec::windDirection),
            new Draw("d_capsule_cd_pct", DispersionSpec::capsuleDrag),
            new Draw("d_capsule_ld_pct", DispersionSpec::capsuleLift),
            new Draw("d_parachute_cd_pct", DispersionSpec::parachuteDrag),
            new Draw("d_mass_kg", DispersionSpec::entryMass),
            new Draw("d_thrust_pct", DispersionSpec::engineThrust),
            new Draw("d_isp_pct", DispersionSpec::engineIsp),
            new Draw("d_nav_pos_east_m", DispersionSpec::navigationPosition),
            new Draw("d_nav_pos_north_m", DispersionSpec::navigationPosition),
            new Draw("d_nav_pos_up_m", DispersionSpec::navigationAltitude),
            new Draw("d_nav_vel_east_mps", DispersionSpec::navigationVelocity),
            new Draw("d_nav_vel_north_mps", DispersionSpec::navigationVelocity),
            new Draw("d_nav_vel_up_mps", DispersionSpec::navigationVelocity));

    /** Stream slot of the Mars-GRAM profile draw (after all the others). */
    static final int PROFILE_SLOT = 1000;
    /** Stream slot of the seed of the case's sensor and knowledge errors. */
    static final int SENSOR_SLOT = 2000;
    /** First stream of the fault draws: entry {@code i} of {@code fault_rates} draws from slot 3000 + i. */
    static final int FAULT_SLOT = 3000;

    static final int FPA = 0;
    static final int SPEED = 1;
    static final int HEADING = 2;
    static final int EAST = 3;
    static final int NORTH = 4;
    static final int DENSITY = 5;
    static final int WIND_SPEED = 6;
    static final int WIND_DIRECTION = 7;
    static final int CAPSULE_CD = 8;
    static final int CAPSULE_LD = 9;
    static final int PARACHUTE_CD = 10;
    static final int MASS = 11;
    static final int THRUST = 12;
    static final int ISP = 13;
    static final int NAV_POSITION = 14;
    static final int NAV_VELOCITY = 17;
}
