package org.skycrane.canopy;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place on the globe as the canopy's outer ring carries it, e.g. JPL at 34°11'58"N 118°10'31"W.
 *
 * @param latitude  0–90°, hemisphere N or S
 * @param longitude 0–180°, hemisphere E or W
 */
public record Location(Dms latitude, Dms longitude) {

    /** JPL, Pasadena, as written on the Mars 2020 parachute: 34°11'58"N 118°10'31"W. */
    public static final Location JPL = new Location(new Dms(34, 11, 58, 'N'), new Dms(118, 10, 31, 'W'));

    private static final String NUMBER = "(\\d+(?:[.,]\\d+)?)";
    private static final String COORDINATE = NUMBER + "\\s*(?:°|º|˚|deg|d)\\s*"
            + "(?:" + NUMBER + "\\s*(?:'|′|’|´|min|m)\\s*)?"
            + "(?:" + NUMBER + "\\s*(?:\"|″|”|''|′′|’’|sec|s)?\\s*)?"
            + "([NSEW])";
    private static final Pattern TEXT = Pattern.compile(
            "\\s*" + COORDINATE + "\\s*[,;/]?\\s*" + COORDINATE + "\\s*", Pattern.CASE_INSENSITIVE);

    /**
     * @throws CanopyException (field {@code location}) when out of range or in the wrong hemisphere
     */
    public Location {
        Objects.requireNonNull(latitude, "latitude");
        Objects.requireNonNull(longitude, "longitude");
        if (latitude.hemisphere() != 'N' && latitude.hemisphere() != 'S') {
            throw Dms.problem("latitude hemisphere must be N or S, got '" + latitude.hemisphere() + "'");
        }
        if (longitude.hemisphere() != 'E' && longitude.hemisphere() != 'W') {
            throw Dms.problem("longitude hemisphere must be E or W, got '" + longitude.hemisphere() + "'");
        }
        if (Math.abs(latitude.signedDegrees()) > 90) {
            throw Dms.problem("latitude must be at most 90°, got " + latitude);
        }
        if (Math.abs(longitude.signedDegrees()) > 180) {
            throw Dms.problem("longitude must be at most 180°, got " + longitude);
        }
    }

    /**
     * Reads a location written by a person: degrees marked by {@code °} or {@code d}, minutes by
     * {@code '} or {@code ′}, seconds by {@code "} or {@code ″}, spaces anywhere between the parts,
     * latitude first, e.g. {@code 34°11'58" N 118°10'31" W} or {@code 34d 11' 58" n, 118d 10' 31" w}.
     * Minutes and seconds may be left out (read as 0); they must be whole numbers.
     *
     * @throws CanopyException (field {@code location}) naming what could not be read
     */
    public static Location parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw Dms.problem("cannot read \"" + text + "\"; write it like 34°11'58\"N 118°10'31\"W");
        }
        Dms first = dms(m, 1, "latitude");
        Dms second = dms(m, 5, "longitude");
        if ("EW".indexOf(first.hemisphere()) >= 0 && "NS".indexOf(second.hemisphere()) >= 0) {
            throw Dms.problem("latitude (N or S) comes first, then longitude (E or W): \"" + text + "\"");
        }
        return new Location(first, second);
    }

    /** Latitude in decimal degrees, negative south (deg). */
    public double latitudeDeg() {
        return latitude.signedDegrees();
    }

    /** Longitude in decimal degrees, negative west (deg). */
    public double longitudeDeg() {
        return longitude.signedDegrees();
    }

    /** Like {@code 34°11'58"N 118°10'31"W}; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return latitude + " " + longitude;
    }

    private static Dms dms(Matcher m, int group, String name) {
        int degrees = whole(m.group(group), name + " degrees");
        int minutes = whole(m.group(group + 1), name + " minutes");
        int seconds = whole(m.group(group + 2), name + " seconds");
        char hemisphere = m.group(group + 3).toUpperCase(Locale.ROOT).charAt(0);
        return new Dms(degrees, minutes, seconds, hemisphere);
    }

    private static int whole(String number, String name) {
        if (number == null) {
            return 0;
        }
        if (!number.matches("\\d+")) {
            throw Dms.problem(name + " must be a whole number (the canopy stores whole seconds of arc), got "
                    + number);
        }
        if (number.length() > 4) {
            throw Dms.problem(name + " is too large: " + number);
        }
        return Integer.parseInt(number);
    }
}
