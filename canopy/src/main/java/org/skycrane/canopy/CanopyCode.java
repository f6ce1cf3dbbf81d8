package org.skycrane.canopy;

import java.util.Objects;

/**
 * What a canopy says: a message on the three inner rings and a location on the outer band.
 *
 * @param message  one to three words
 * @param location latitude and longitude in degrees, minutes and seconds
 */
public record CanopyCode(Message message, Location location) {

    /** The Mars 2020 parachute: DARE MIGHTY THINGS, 34°11'58"N 118°10'31"W. */
    public static final CanopyCode MARS_2020 = new CanopyCode(Message.parse("DARE MIGHTY THINGS"), Location.JPL);

    public CanopyCode {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
    }

    /** The pattern that carries this code; see {@link CanopyEncoder}. */
    public CanopyPattern encode() {
        return CanopyEncoder.encode(message, location);
    }
}
