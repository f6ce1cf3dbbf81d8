package org.skycrane.verification;

/**
 * A flown trajectory as the comparison reads it: the sample at any of the common times of a check
 * case (NASA's sample times within the case's duration, every 0.1 s from 0 to 30 s for the NESC
 * cases). An integrator can sample exactly there, or interpolate its dense output.
 */
@FunctionalInterface
public interface Trajectory {

    /** The sample at {@code time} (s). */
    TrajectorySample at(double time);
}
