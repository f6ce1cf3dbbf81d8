package org.skycrane.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code skycrane replay NAME --published}: the real landings' published timelines, heard from Earth. */
class ReplayPublishedTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void jsonPrintsTheWholeEarthViewTimeline() {
        String[] run = run("replay", "msl", "--published", "--json");
        assertEquals("0", run[0], run[2]);
        JsonNode json = JsonMapper.shared().readTree(run[1]);
        assertEquals(828.1, json.get("owlt_s").asDouble(), 0.5, "owlt_s, MSL (s)");
        assertEquals("2012-08-06T05:17:57.300Z", json.get("landing").get("scet_utc").asString(), "landing SCET");
        assertTrue(json.get("events").size() >= 6, "events");
    }

    @Test
    void aFastReplayPrintsEveryCallout() {
        String[] run = run("replay", "mars2020", "--published", "--speed", "1e6");
        assertEquals("0", run[0], run[2]);
        assertTrue(run[1].contains("Touchdown confirmed! Perseverance is safely on the surface of Mars"), run[1]);
        assertTrue(run[1].contains("Replay complete: 8 call-outs"), run[1]);
    }

    @Test
    void badPresetAndSpeedAreBadInput() {
        String[] preset = run("replay", "viking", "--published");
        assertEquals(Integer.toString(Main.EXIT_BAD_INPUT), preset[0], "exit code");
        assertTrue(preset[2].contains("viking"), preset[2]);
        String[] speed = run("replay", "mars2020", "--published", "--speed", "-3");
        assertEquals(Integer.toString(Main.EXIT_BAD_INPUT), speed[0], "exit code");
        assertTrue(speed[2].contains("--speed"), speed[2]);
    }

    @Test
    void helpListsReplayAndMarstime() {
        assertTrue(run("--help")[1].contains("replay"), "replay listed");
        assertTrue(run("--help")[1].contains("marstime"), "marstime listed");
    }
}
