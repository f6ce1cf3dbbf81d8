package org.skycrane.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MarstimeCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** Mars24 worked example A ([Allison-McEwen 2000]): MSD 44795.99976, MTC 23:59:39, LTST 23:38:54, Ls 277.1876°. */
    @Test
    void printsMars24WorkedExampleA() {
        Run run = run("marstime", "2000-01-06T00:00:00Z");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("44795.99976"), run.out());
        assertTrue(run.out().contains("MTC   23:59:39"), run.out());
        assertTrue(run.out().contains("LTST  23:38:54"), run.out());
        assertTrue(run.out().contains("277.1875"), run.out());
    }

    @Test
    void jsonGivesTheIssueKeys() {
        Run run = run("marstime", "2000-01-06T00:00:00Z", "--lon", "15", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode json = JsonMapper.shared().readTree(run.out());
        assertEquals(44795.99976, json.get("msd").asDouble(), 1e-5, "msd");
        assertEquals("23:59:39", json.get("mtc").asString(), "mtc");
        assertEquals("00:59:39", json.get("lmst").asString(), "lmst at 15° E: MTC + 1 h");
        assertEquals("00:38:54", json.get("ltst").asString(), "ltst at 15° E");
        assertEquals(277.18758, json.get("ls_deg").asDouble(), 1e-5, "ls_deg");
    }

    @Test
    void acceptsADateOrALocalTimeAsUtc() {
        assertEquals(run("marstime", "2000-01-06T00:00:00Z", "--json").out(),
                     run("marstime", "2000-01-06", "--json").out(), "date = midnight UTC");
        assertEquals(run("marstime", "2000-01-06T00:00:00Z", "--json").out(),
                     run("marstime", "2000-01-06 00:00:00", "--json").out(), "local time read as UTC");
    }

    @Test
    void defaultsToNow() {
        Run run = run("marstime");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("MSD"), run.out());
    }

    @Test
    void badUtcIsBadInputNamingTheArgument() {
        Run run = run("marstime", "yesterday");
        assertEquals(Main.EXIT_BAD_INPUT, run.code(), "exit code");
        assertTrue(run.err().startsWith("error: UTC:"), run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line: " + run.err());
    }

    @Test
    void utcBefore1972IsBadInput() {
        Run run = run("marstime", "1969-07-20T20:17:40Z");
        assertEquals(Main.EXIT_BAD_INPUT, run.code(), "exit code");
        assertTrue(run.err().contains("UTC"), run.err());
    }

    @Test
    void badLongitudeIsBadInput() {
        assertEquals(Main.EXIT_BAD_INPUT, run("marstime", "--lon", "east").code(), "exit code");
        Run nan = run("marstime", "--lon", "NaN");
        assertEquals(Main.EXIT_BAD_INPUT, nan.code(), "exit code");
        assertTrue(nan.err().contains("--lon"), nan.err());
    }
}
