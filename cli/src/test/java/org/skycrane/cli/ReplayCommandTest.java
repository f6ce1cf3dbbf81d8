package org.skycrane.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code skycrane replay SCENARIO}: end-to-end checks on a simulated landing. */
class ReplayCommandTest {

    @Test
    void aFastReplayFinishesAndPrintsEveryCallout() {
        CliHarness json = CliHarness.run("replay", "mars2020", "--json");
        assertEquals(0, json.exitCode(), json.err());
        JsonNode timeline = new JsonMapper().readTree(json.out());
        int events = timeline.get("events").size();
        CliHarness r = CliHarness.run("replay", "mars2020", "--speed", "1000000");
        assertEquals(0, r.exitCode(), r.err());
        for (JsonNode e : timeline.get("events")) {
            assertThat(r.out()).contains(e.get("callout").asString());
        }
        assertThat(r.out()).contains("Replay complete: " + events + " call-outs");
        assertThat(r.out()).contains("Touchdown confirmed");
    }

    @Test
    void jsonHasTheIssueShape() {
        JsonNode t = new JsonMapper().readTree(CliHarness.run("replay", "msl", "--json").out());
        assertThat(t.get("owlt_s").asDouble()).isBetween(800.0, 850.0);
        JsonNode first = t.get("events").get(0);
        for (String key : new String[] {"name", "scet_utc", "ert_utc", "lmst", "callout"}) {
            assertThat(first.has(key)).as(key).isTrue();
        }
        for (String key : new String[] {"scet_utc", "ert_utc", "lmst", "ls_deg", "msd"}) {
            assertThat(t.get("landing").has(key)).as("landing " + key).isTrue();
        }
    }

    @Test
    void aBadSpeedIsBadInput() {
        assertEquals(2, CliHarness.run("replay", "mars2020", "--speed", "0").exitCode());
    }
}
