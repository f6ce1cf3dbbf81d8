package org.skycrane.earth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublishedLandingTest {

    /** REFERENCE §2a (P): entry 05:10:45.7 and touchdown 05:17:57.3 UTC SCET, E+431.6 s. */
    @Test
    void mslTouchdownScetIsEntryPlusThePublishedEPlusTime() {
        PublishedLanding msl = PublishedLanding.msl();
        assertEquals(Instant.parse("2012-08-06T05:10:45.7Z"), msl.entryInterfaceScet(), "entry SCET");
        assertEquals(Instant.parse("2012-08-06T05:17:57.3Z"), msl.earthTimeline().landing().scet(), "touchdown SCET");
    }

    /** REFERENCE §1b (S/D): touchdown SCET ≈ 20:43:38 UTC; §1a (S): touchdown E+410 s. */
    @Test
    void mars2020TouchdownScetIsTheDerivedOne() {
        assertEquals(Instant.parse("2021-02-18T20:43:38Z"),
                     PublishedLanding.mars2020().earthTimeline().landing().scet(), "touchdown SCET");
    }

    /** REFERENCE §1b (P): touchdown confirmed 20:55 UTC ERT (to the minute). */
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
