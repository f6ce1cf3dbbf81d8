package org.skycrane.earth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EarthTimelineJsonTest {

    private static final String ISO_MILLIS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    @Test
    void theJsonHasTheDocumentedKeys() {
        JsonNode root = JsonMapper.shared().readTree(EarthTimelineJson.write(PublishedLanding.mars2020().earthTimeline()));
        assertEquals(682.0, root.get("owlt_s").asDouble(), 1.0, "owlt_s");
        JsonNode first = root.get("events").get(0);
        for (String key : new String[] {"name", "scet_utc", "ert_utc", "lmst", "callout", "dte_visible", "ert_relay_utc",
            "t_s", "light_time_s", "earth_elevation_deg"}) {
            assertTrue(first.has(key), "event key " + key);
        }
        assertTrue(first.get("scet_utc").asString().matches(ISO_MILLIS), "ISO-8601 with ms: " + first.get("scet_utc"));
        assertTrue(first.get("ert_utc").asString().matches(ISO_MILLIS), "ISO-8601 with ms: " + first.get("ert_utc"));
        assertTrue(first.get("lmst").asString().matches("\\d{2}:\\d{2}:\\d{2}"), "HH:MM:SS");
        JsonNode landing = root.get("landing");
        for (String key : new String[] {"scet_utc", "ert_utc", "lmst", "ls_deg", "msd"}) {
            assertTrue(landing.has(key), "landing key " + key);
        }
        assertEquals("2021-02-18T20:43:38.000Z", landing.get("scet_utc").asString(), "landing SCET");
    }

    @Test
    void instantsAreRoundedToTheNearestMillisecond() {
        assertEquals("2021-02-18T20:43:49.640Z", EarthTimelineJson.iso(Instant.parse("2021-02-18T20:43:49.6404Z")));
        assertEquals("2021-02-18T20:43:50.000Z", EarthTimelineJson.iso(Instant.parse("2021-02-18T20:43:49.9995Z")));
        assertEquals("2021-02-18T20:43:49.000Z", EarthTimelineJson.iso(Instant.parse("2021-02-18T20:43:49Z")));
    }

    @Test
    void absentRelayAndLandingAreNull() {
        JsonNode root = JsonMapper.shared().readTree(EarthTimelineJson.write(EarthView.timeline(
                Instant.parse("2021-02-18T20:36:48Z"), List.of(new TimedEvent("ENTRY_INTERFACE", 0.0)),
                0.3, 1.3, Optional.empty(), "Rover")));
        assertTrue(root.get("landing").isNull(), "landing null");
        assertTrue(root.get("relay").isNull(), "relay null");
        assertTrue(root.get("events").get(0).get("ert_relay_utc").isNull(), "ert_relay_utc null");
    }
}
