package org.skycrane.earth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CalloutsTest {

    private static final Callouts PERSEVERANCE = Callouts.forRover("Perseverance");

    @ParameterizedTest
    @ValueSource(strings = {"ENTRY_INTERFACE", "PEAK_HEATING", "PEAK_DECELERATION", "BANK_REVERSAL",
        "BALANCE_MASS_JETTISON", "PARACHUTE_DEPLOY", "HEAT_SHIELD_SEPARATION", "BACKSHELL_SEPARATION",
        "POWERED_DESCENT_START", "SKY_CRANE_START", "TOUCHDOWN", "BRIDLE_CUT", "FLYAWAY", "DESCENT_STAGE_IMPACT",
        "EARTH_SET"})
    void everySimulatorEventHasItsOwnCallout(String event) {
        String line = PERSEVERANCE.callout(event);
        String fallback = event.charAt(0) + event.substring(1).toLowerCase().replace('_', ' ') + ".";
        assertNotEquals(fallback, line, "a written call-out, not the fallback");
        assertTrue(line.endsWith(".") || line.endsWith("!"), "a sentence: " + line);
    }

    /** The real Mars 2020 call (NASA/JPL landing broadcast, 2021-02-18). */
    @Test
    void touchdownIsConfirmedInTheStyleOfTheRealCall() {
        assertEquals("Touchdown confirmed! Perseverance is safely on the surface of Mars, "
                + "ready to begin seeking the signs of past life.", PERSEVERANCE.callout("TOUCHDOWN"));
        assertEquals("Touchdown confirmed! Curiosity is safely on the surface of Mars.",
                     Callouts.forRover("Curiosity").callout("TOUCHDOWN"));
        assertEquals("Entry interface. Perseverance has reached the top of the Martian atmosphere.",
                     PERSEVERANCE.callout("ENTRY_INTERFACE"));
        assertEquals("Parachute deployed. We're seeing significant deceleration.", PERSEVERANCE.callout("PARACHUTE_DEPLOY"));
        assertEquals("Heat shield separated.", PERSEVERANCE.callout("HEAT_SHIELD_SEPARATION"));
    }

    @Test
    void unknownEventsStillGetASentence() {
        assertEquals("Radar lock.", PERSEVERANCE.callout("RADAR_LOCK"));
    }
}
