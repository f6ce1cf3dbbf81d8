package org.skycrane.canopy;


/**
 * An angle on the globe as written on the canopy: whole degrees, minutes and seconds and a hemisphere
 * letter (N, S, E or W), each stored in one 10-bit group of the outer ring.
 *
 * @param degrees    whole degrees, ≥ 0
 * @param minutes    whole arc minutes, 0–59
 * @param seconds    whole arc seconds, 0–59
 * @param hemisphere N, S, E or W
 */
public record Dms(int degrees, int minutes, int seconds, char hemisphere) {

    /**
     * @throws CanopyException (field {@code location}) when a part is out of range
     */
    public Dms {
        if (degrees < 0) {
            throw problem("degrees must be ≥ 0, got " + degrees + " (use the hemisphere letter for the sign)");
        }
        if (minutes < 0 || minutes > 59) {
            throw problem("minutes must be 0 to 59, got " + minutes);
        }
        if (seconds < 0 || seconds > 59) {
            throw problem("seconds must be 0 to 59, got " + seconds);
        }
        if ("NSEW".indexOf(hemisphere) < 0) {
            throw problem("hemisphere must be N, S, E or W, got '" + hemisphere + "'");
        }
    }

    /** Decimal degrees, negative in the southern and western hemispheres (deg). */
    public double signedDegrees() {
        double value = degrees + minutes / 60.0 + seconds / 3600.0;
        return hemisphere == 'S' || hemisphere == 'W' ? -value : value;
    }

    /** The signed angle (rad); north and east positive. */
    public double radians() {
        return Math.toRadians(signedDegrees());
    }

    /** Like {@code 34°11'58"N}. */
    @Override
    public String toString() {
        return degrees + "°" + minutes + "'" + seconds + "\"" + hemisphere;
    }

    static CanopyException problem(String what) {
        return new CanopyException(null, 0, "location", what);
    }
}
