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
    TIMEOUT,
    /**
     * The flight software could not be loaded: the guidance design's reference flight of the nominal
     * scenario does not land, so there is nothing to guide about.
     */
    GUIDANCE_DESIGN_FAILURE,
    /** An exception other than a numerical failure: a programming error, recorded with its class and message. */
    ERROR
}
