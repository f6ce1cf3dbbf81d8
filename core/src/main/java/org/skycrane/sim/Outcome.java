package org.skycrane.sim;

/** How a run ended. */
public enum Outcome {
    /** The rover touched down under the sky crane. */
    LANDED,
    /** The rover reached the ground any other way. */
    CRASHED,
    /** The integration produced a non-finite state or failed. */
    NUMERICAL_FAILURE,
    /** The run reached its time limit first. */
    TIMEOUT
}
