package org.skycrane.film.camera;

/** The part of the vehicle a camera is fixed to. */
public enum Mount {
    /** The backshell's parachute support structure (cut off from the recorder at backshell separation). */
    BACKSHELL,
    /** The descent stage. */
    DESCENT_STAGE,
    /** The rover. */
    ROVER
}
