package org.skycrane.earth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublishedLandingTest {

    /**
     * Entry 05:10:45.7 and touchdown 05:17:57.3 UTC SCET, E+431.6 s (P: JPL's preliminary EDL event times of
     * 2012-08-10, reproduced in "Curiosity Landed Within One Mile of Target", spacepolicyonline.com).
     */
    @Test
    void mslTouchdownScetIsEntryPlusThePublishedEPlusTime() {
        PublishedLanding msl = PublishedLanding.msl();
        assertEquals(Instant.parse("2012-08-06T05:10:45.7Z"), msl.entryInterfaceScet(), "entry SCET");
        assertEquals(Instant.parse("2012-08-06T05:17:57.3Z"), msl.earthTimeline().landing().scet(), "touchdown SCET");
    }

    /** Touchdown SCET ≈ 20:43:38 UTC, derived in {@link PublishedLanding#MARS_2020_ENTRY_INTERFACE_SCET} (D). */
    @Test
    void mars2020TouchdownScetIsTheDerivedOne() {
        assertEquals(Instant.parse("2021-02-18T20:43:38Z"),
                     PublishedLanding.mars2020().earthTimeline().landing().scet(), "touchdown SCET");
    }

    /**
     * Touchdown confirmed 3:55 pm EST = 20:55 UTC ERT, to the minute (P: NASA release "Touchdown! NASA's
     * Mars Perseverance Rover Safely Lands on Red Planet", 2021-02-18).
     */
    @Test
    void mars2020TouchdownIsHeardAt2055Utc() {
        Instant heard = PublishedLanding.mars2020().earthTimeline().event("TOUCHDOWN").orElseThrow().heardAt();
        assertEquals(0.0, TimeScales.ttBetween(Instant.parse("2021-02-18T20:55:00Z"), heard), 30.0,
                     "touchdown heard (s from 20:55:00 UTC)");
    }

    @Test
    void presetsAreFoundByName() {
        assertEquals("Perseverance", PublishedLanding.byName("mars2020").orElseThrow().roverName());
        assertEquals("Curiosity", PublishedLanding.byName("MSL").orElseThrow().roverName());
        assertTrue(PublishedLanding.byName("viking").isEmpty(), "unknown preset");
    }
}
