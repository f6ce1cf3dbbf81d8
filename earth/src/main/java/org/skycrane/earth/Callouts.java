package org.skycrane.earth;

import java.util.Locale;
import java.util.Objects;

/**
 * Mission-control call-outs, one line per EDL event, in the style of the JPL landing commentary
 * (Mars 2020, 2021-02-18: "Touchdown confirmed! Perseverance safely on the surface of Mars, ready
 * to begin seeking the signs of past life", as reported by NASA and the press; MSL, 2012-08-06:
 * "Touchdown confirmed. We're safe on Mars!"). The lines are written for Skycrane, not quoted.
 *
 * @param roverName         the vehicle named in the lines, e.g. "Perseverance"
 * @param touchdownTagline  words after "safely on the surface of Mars", or empty
 */
public record Callouts(String roverName, String touchdownTagline) {

    /** The Mars 2020 touchdown call's ending (NASA/JPL landing broadcast, 2021-02-18). */
    public static final String PERSEVERANCE_TAGLINE = "ready to begin seeking the signs of past life";

    public Callouts {
        Objects.requireNonNull(roverName, "roverName");
        Objects.requireNonNull(touchdownTagline, "touchdownTagline");
    }

    /** Call-outs for a rover; Perseverance gets its real touchdown tagline, other rovers none. */
    public static Callouts forRover(String roverName) {
        return new Callouts(roverName,
                "perseverance".equalsIgnoreCase(roverName.strip()) ? PERSEVERANCE_TAGLINE : "");
    }

    /**
     * The call-out for an event name (the simulator's names, plus {@code EARTH_SET}). Unknown names
     * get a plain sentence made from the name, so no event goes silent.
     */
    public String callout(String eventName) {
        Objects.requireNonNull(eventName, "eventName");
        String rover = roverName;
        return switch (eventName) {
            case "ENTRY_INTERFACE" -> "Entry interface. " + rover + " has reached the top of the Martian atmosphere.";
            case "PEAK_HEATING" -> "Peak heating. The heat shield is taking the worst of it.";
            case "PEAK_DECELERATION" -> "Peak deceleration. We're seeing the highest g-loads of the entry.";
            case "BANK_REVERSAL" -> "Bank reversal. Guidance is steering " + rover + " toward the target.";
            case "BALANCE_MASS_JETTISON" -> "Balance masses jettisoned. Straighten up and fly right.";
            case "PARACHUTE_DEPLOY" -> "Parachute deployed. We're seeing significant deceleration.";
            case "HEAT_SHIELD_SEPARATION" -> "Heat shield separated.";
            case "BACKSHELL_SEPARATION" -> "Backshell separated. " + rover + " is on its own.";
            case "POWERED_DESCENT_START" -> "Powered descent. The descent stage engines are firing.";
            case "SKY_CRANE_START" -> "Sky crane maneuver has started.";
            case "TOUCHDOWN" -> "Touchdown confirmed! " + rover + " is safely on the surface of Mars"
                    + (touchdownTagline.isBlank() ? "." : ", " + touchdownTagline + ".");
            case "BRIDLE_CUT" -> "Bridles cut.";
            case "FLYAWAY" -> "Flyaway. The descent stage is leaving to crash a safe distance away.";
            case "DESCENT_STAGE_IMPACT" -> "The descent stage has impacted a safe distance from " + rover + ".";
            case EarthView.EARTH_SET -> "Earth has set below " + rover
                    + "'s horizon: the direct-to-Earth tones are gone, as expected.";
            default -> sentence(eventName);
        };
    }

    private static String sentence(String eventName) {
        String words = eventName.replace('_', ' ').strip().toLowerCase(Locale.ROOT);
        if (words.isEmpty()) {
            return "Event.";
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + ".";
    }
}
