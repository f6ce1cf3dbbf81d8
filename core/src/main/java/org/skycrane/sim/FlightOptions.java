package org.skycrane.sim;

import org.skycrane.math.Curve;

/**
 * How to fly a scenario: as written, or with parts of the flight software overridden (the guidance
 * design flies open-loop reference runs; tests fly without guidance).
 *
 * @param recordTrajectory whether to keep trajectory samples at the output step
 * @param recordNavigation whether to keep the navigation filter's record at each tick (errors against
 *                         the truth, 1σ, NEES: {@link Result#navigation()}); a campaign's case needs none
 * @param openLoop         fly the bank schedule instead of the scenario's entry guidance
 * @param deploySpeed      if finite, deploy the parachute on a velocity trigger at this speed (m/s)
 * @param divert           let powered descent divert toward the target
 * @param bankSchedule     if not null, the bank schedule (rad against m/s) flown open loop
 * @param design           if not null, the guidance design to load instead of the scenario's cached one
 */
public record FlightOptions(boolean recordTrajectory, boolean recordNavigation, boolean openLoop, double deploySpeed, boolean divert,
                            Curve bankSchedule, GuidanceDesign design) {

    /** The scenario as written. */
    public static FlightOptions asWritten(boolean recordTrajectory) {
        return new FlightOptions(recordTrajectory, true, false, Double.NaN, true, null, null);
    }

    /**
     * A Monte Carlo case: the scenario as written, recording neither the trajectory nor the navigation
     * record (a case's row and statistics use neither; the record's covariance rotations and NEES were
     * about a tenth of a case, docs/performance.md).
     */
    public static FlightOptions campaignCase() {
        return new FlightOptions(false, false, false, Double.NaN, true, null, null);
    }

    /** Guidance off: the scenario's bank schedule, a velocity trigger at {@code deploySpeed}, no divert. */
    public static FlightOptions guidanceOff(boolean recordTrajectory, double deploySpeed) {
        return new FlightOptions(recordTrajectory, true, true, deploySpeed, false, null, null);
    }
}
