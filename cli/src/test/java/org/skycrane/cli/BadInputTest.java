package org.skycrane.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 2, point 8: bad input gets one clear line naming the file, the line and the field, exit
 * code 2 and no stack trace unless {@code --debug}. The assertions check the field name, the line
 * number and the exit code rather than whole sentences.
 */
class BadInputTest {

    @TempDir
    Path dir;

    private CliHarness runFile(String yaml) throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, yaml);
        return CliHarness.run("run", file.toString(), "--out", dir.resolve("out").toString());
    }

    private static void assertBadInput(CliHarness r, String... fragments) {
        assertEquals(2, r.exitCode(), "exit code for bad input; stderr: " + r.err());
        assertThat(r.err()).startsWith("error: ");
        for (String f : fragments) {
            assertThat(r.err()).contains(f);
        }
        assertThat(r.err()).doesNotContain("\tat org.").doesNotContain("Exception");
        assertThat(r.err().strip().lines().count()).as("one line").isEqualTo(1);
    }

    @Test
    void aMissingFileIsNamed() {
        CliHarness r = CliHarness.run("run", dir.resolve("nope.yaml").toString());
        assertBadInput(r, "nope.yaml", "no such file");
    }

    @Test
    void malformedYamlSaysTheLine() throws IOException {
        CliHarness r = runFile("base: mars2020\nentry:\n  speed_mps: [1, 2\n  heading_deg: 3\n");
        assertBadInput(r, "bad.yaml:", "malformed YAML");
        assertThat(r.err()).containsPattern("bad\\.yaml:[45]:");
    }

    @Test
    void anUnknownFieldIsNamedWithTheNearestValidOne() throws IOException {
        CliHarness r = runFile("base: mars2020\nentry:\n  flight_path_angle_dg: -15.0\n");
        assertBadInput(r, "bad.yaml:3:", "entry.flight_path_angle_dg", "unknown field", "flight_path_angle_deg");
    }

    @Test
    void aNegativeMassIsRejectedWithItsField() throws IOException {
        CliHarness r = runFile("base: mars2020\nvehicle:\n  rover:\n    mass_kg: -1025\n");
        assertBadInput(r, "bad.yaml:4:", "vehicle.rover.mass_kg", "must be > 0 kg", "-1025");
    }

    @Test
    void aZeroAreaIsRejectedWithItsField() throws IOException {
        CliHarness r = runFile("base: mars2020\nvehicle:\n  heat_shield:\n    drag_area_m2: 0\n");
        assertBadInput(r, "bad.yaml:4:", "vehicle.heat_shield.drag_area_m2", "must be > 0 m2");
    }

    @Test
    void notANumberIsRejectedWithItsField() throws IOException {
        CliHarness r = runFile("base: mars2020\nentry:\n  speed_mps: .nan\n");
        assertBadInput(r, "bad.yaml:3:", "entry.speed_mps", "finite");
    }

    @Test
    void anEntryBelowTheGroundIsRejected() throws IOException {
        CliHarness r = runFile("base: mars2020\nentry:\n  radius_m: 3390000.0\n");
        assertBadInput(r, "bad.yaml:3:", "entry.radius_m", "below the ground");
    }

    @Test
    void textWhereANumberBelongsIsRejected() throws IOException {
        CliHarness r = runFile("base: mars2020\nsite:\n  elevation_m: low\n");
        assertBadInput(r, "bad.yaml:3:", "site.elevation_m", "expected a number");
    }

    @Test
    void anUnknownEnumValueListsTheChoices() throws IOException {
        CliHarness r = runFile("base: mars2020\nentry:\n  speed_frame: sideways\n");
        assertBadInput(r, "bad.yaml:3:", "entry.speed_frame", "INERTIAL", "RELATIVE");
    }

    @Test
    void anUnknownBuiltInBaseIsNamed() throws IOException {
        CliHarness r = runFile("base: viking1\n");
        assertBadInput(r, "bad.yaml:1:", "base", "mars2020");
    }

    @Test
    void aFullFileWithAMissingBlockSaysWhich() throws IOException {
        CliHarness r = runFile("name: x\n");
        assertBadInput(r, "bad.yaml:1:", "planet", "missing");
    }

    @Test
    void aParachuteMessageThatDoesNotFitNamesItsLimit() throws IOException {
        CliHarness r = runFile("base: mars2020\nvehicle:\n  parachute:\n    message: DARE MIGHTY THINGSX\n");
        assertBadInput(r, "bad.yaml:4:", "vehicle.parachute.message", "at most 6");
    }

    @Test
    void theMars2020ScenarioCarriesTheFlownCanopyCode() throws IOException {
        Path text = dir.resolve("canopy.txt");
        CliHarness encoded = CliHarness.run("parachute", "encode", "--scenario", "mars2020", "--text", text.toString());
        assertEquals(0, encoded.exitCode(), encoded.err());
        CliHarness decoded = CliHarness.run("parachute", "decode", text.toString());
        assertThat(decoded.out()).startsWith("DARE MIGHTY THINGS").contains("34°11'58\"N 118°10'31\"W");
    }

    @Test
    void debugShowsTheStackTrace() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "base: mars2020\nvehicle:\n  rover:\n    mass_kg: -1\n");
        CliHarness r = CliHarness.run("run", file.toString(), "--debug");
        assertEquals(2, r.exitCode());
        assertThat(r.err()).contains("at org.skycrane");
    }

    @Test
    void anUnknownOptionIsBadInputToo() {
        CliHarness r = CliHarness.run("run", "mars2020", "--speed", "3");
        assertEquals(2, r.exitCode());
        assertThat(r.err()).contains("--speed");
    }
}
