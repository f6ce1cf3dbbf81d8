package org.skycrane.sim;

import org.skycrane.math.Curve;

/**
 * How to fly a scenario: as written, or with parts of the flight software overridden (the guidance
 * design flies open-loop reference runs; tests fly without guidance).
 *
 * @param recordTrajectory whether to keep trajectory samples at the output step
 * @param openLoop         fly the bank schedule instead of the scenario's entry guidance
 * @param deploySpeed      if finite, deploy the parachute on a velocity trigger at this speed (m/s)
 * @param divert           let powered descent divert toward the target
 * @param bankSchedule     if not null, the bank schedule (rad against m/s) flown open loop
 * @param design           if not null, the guidance design to load instead of the scenario's cached one
 */
public record FlightOptions(boolean recordTrajectory, boolean openLoop, double deploySpeed, boolean divert,
                            Curve bankSchedule, GuidanceDesign design) {

    /** The scenario as written. */
    public static FlightOptions asWritten(boolean recordTrajectory) {
        return new FlightOptions(recordTrajectory, false, Double.NaN, true, null, null);
    }

    /** Guidance off: the scenario's bank schedule, a velocity trigger at {@code deploySpeed}, no divert. */
    public static FlightOptions guidanceOff(boolean recordTrajectory, double deploySpeed) {
        return new FlightOptions(recordTrajectory, true, deploySpeed, false, null, null);
    }
}
