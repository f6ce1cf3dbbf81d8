package org.skycrane.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input gets one clear line naming the file, the line and the field, exit
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
    void anUnknownTerrainRelativeNavigationModeIsRefused() {
        assertBadInput(CliHarness.run("run", "mars2020", "--trn", "magic"), "--trn", "magic");
        assertBadInput(CliHarness.run("montecarlo", "mars2020", "-n", "2", "--trn", "magic"), "--trn", "magic");
        assertBadInput(CliHarness.run("montecarlo", "mars2020", "-n", "2", "--trn", "images"), "--trn", "images");
    }

    @Test
    void aMissingFileIsNamed() {
        CliHarness r = CliHarness.run("run", dir.resolve("nope.yaml").toString());
        assertBadInput(r, "nope.yaml", "no such file");
    }

    @Test
    void malformedYamlSaysTheLine() throws IOException {
        CliHarness r = runFile("base: mars2020\nentry:\n  speed_mps: [1, 2\n  heading_deg: 3\n");
        assertBadInput(r, "bad.yaml:3:", "malformed YAML", "flow sequence", "line 4");
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

    /** Line 15 opens a quoted string that never closes; the parser notices at the end of the file (line 36). */
    @Test
    void anUnclosedQuoteIsReportedWhereItOpensWithTheParsersWholeCause() throws IOException {
        StringBuilder yaml = new StringBuilder("base: mars2020\nmission:\n");
        for (int i = 3; i < 15; i++) {
            yaml.append("# comment ").append(i).append('\n');
        }
        yaml.append("  rover_name: \"Perseverance\n");
        for (int i = 16; i <= 35; i++) {
            yaml.append("# comment ").append(i).append('\n');
        }
        CliHarness r = runFile(yaml.toString());
        assertBadInput(r, "bad.yaml:15:", "quoted scalar", "end of stream", "line 36");
    }

    @Test
    void aTabIsNamedInPlainWords() throws IOException {
        assertBadInput(runFile("base: mars2020\nentry:\n\tspeed_mps: 5000\n"), "bad.yaml:3:", "TAB");
    }

    @Test
    void aDuplicateTopLevelKeyIsAnError() throws IOException {
        assertBadInput(runFile("base: mars2020\nname: a\nname: b\n"), "bad.yaml:3:", "'name' appears twice");
    }

    @Test
    void aDuplicateNestedKeyIsAnError() throws IOException {
        assertBadInput(runFile("base: mars2020\nentry:\n  speed_mps: 5000\n  speed_mps: 6000\n"), "bad.yaml:4:",
                "'speed_mps' appears twice");
    }

    @Test
    void aSecondDocumentIsAnError() throws IOException {
        assertBadInput(runFile("base: mars2020\n---\nname: other\n"), "bad.yaml:3:", "second YAML document");
    }

    @Test
    void anUndefinedAliasIsNamed() throws IOException {
        assertBadInput(runFile("base: mars2020\nmission:\n  rover_name: *rover\n"), "bad.yaml:3:", "*rover",
                "no anchor &rover");
    }

    @Test
    void aDefinedAliasIsRefusedWithTheReason() throws IOException {
        assertBadInput(runFile("base: mars2020\nsite: &s {elevation_m: -2640.0}\ntarget: *s\n"), "bad.yaml:3:",
                "aliases are not supported");
    }

    @Test
    void aLatin1FileIsNamedAsNotUtf8() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.write(file, "base: mars2020\nmission:\n  rover_name: Pers\u00e9v\u00e9rance\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertBadInput(CliHarness.run("run", file.toString()), "bad.yaml:3:", "not UTF-8", "0xE9", "Latin-1");
    }

    @Test
    void aUtf16FileIsNamed() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.write(file, "base: mars2020\n".getBytes(StandardCharsets.UTF_16));
        assertBadInput(CliHarness.run("run", file.toString()), "bad.yaml:1:", "UTF-16");
    }

    @Test
    void anAscendingEntryIsNotAnEntry() throws IOException {
        assertBadInput(runFile("base: mars2020\nentry:\n  flight_path_angle_deg: 30\n"), "bad.yaml:3:",
                "entry.flight_path_angle_deg", "between -90 and 0", "30");
    }

    @Test
    void anEntrySpeedNoMarsArrivalHasIsRefused() throws IOException {
        assertBadInput(runFile("base: mars2020\nentry:\n  speed_mps: 1.0e6\n"), "bad.yaml:3:", "entry.speed_mps",
                "between 1000 and 10000 m/s", "Earth-Mars");
    }

    @Test
    void anImpossibleRoverMassIsRefused() throws IOException {
        assertBadInput(runFile("base: mars2020\nvehicle:\n  rover:\n    mass_kg: 1.0e308\n"), "bad.yaml:4:",
                "vehicle.rover.mass_kg", "at most 100000 kg");
    }

    @Test
    void badNavigationFilterAndFaultKeysNameTheirField() throws IOException {
        assertBadInput(runFile("base: mars2020\nnavigation:\n  filter:\n    imu: ln100\n"),
                "bad.yaml:4:", "navigation.filter.imu", "ln200s or perfect");
        assertBadInput(runFile("base: mars2020\nnavigation:\n  filter:\n    radar_range_noise_percent: -1\n"),
                "bad.yaml:4:", "navigation.filter.radar_range_noise_percent", "between 0 and 10");
        assertBadInput(runFile("base: mars2020\nnavigation:\n  filter:\n    map_unresolved_relief_m: -0.5\n"),
                "bad.yaml:4:", "navigation.filter.map_unresolved_relief_m", "between 0 and 100");
        assertBadInput(runFile("base: mars2020\nfaults:\n  - {kind: radar_fire, time_s: 300}\n"),
                "bad.yaml:3:", "faults", "radar_loss");
        assertBadInput(runFile("base: mars2020\nfaults:\n  - {kind: radar_beam_loss, time_s: 300, beams: [7]}\n"),
                "bad.yaml:3:", "beams", "0 to 5");
        assertBadInput(runFile("base: mars2020\nfaults:\n  - {kind: imu_bias_step, time_s: 300, accel_bias_step_mps2: [0.1]}\n"),
                "bad.yaml:3:", "accel_bias_step_mps2", "three components");
        assertBadInput(runFile("base: mars2020\nnavigation:\n  filter:\n    gate_sigma: 0.5\n"),
                "bad.yaml:4:", "navigation.filter.gate_sigma", "between 1 and 100");
    }

    @Test
    void badFaultKeysNameTheirField() throws IOException {
        assertBadInput(runFile("base: mars2020\nfaults:\n  - {kind: radar_loss}\n"), "bad.yaml:3:", "faults[0].time_s",
                "exactly one of time_s");
        assertBadInput(runFile("base: mars2020\nfaults:\n  - {kind: radar_loss, time_s: 300, event: RADAR_LOCK}\n"),
                "bad.yaml:3:", "faults[0].event", "exactly one of time_s");
        assertBadInput(runFile("base: mars2020\nfaults:\n  - {kind: radar_loss, event: RADAR_LOKC}\n"), "bad.yaml:3:",
                "faults[0].event", "unknown event 'RADAR_LOKC'");
        assertBadInput(runFile("base: mars2020\nfaults:\n  - {kind: radar_loss, time_s: 300, delay_s: 2}\n"),
                "bad.yaml:3:", "faults[0].delay_s", "goes with event");
        assertBadInput(runFile("base: mars2020\nfaults:\n  - {kind: engine_out, event: POWERED_DESCENT_START}\n"),
                "bad.yaml:3:", "faults[0].engine", "name the engine");
        assertBadInput(runFile("base: mars2020\nfaults:\n  - {kind: engine_out, time_s: 360, engine: 9}\n"),
                "bad.yaml:3:", "faults[0].engine", "1 to 8");
        assertBadInput(runFile("base: mars2020\nfaults:\n  - {kind: engine_out, time_s: 360, engine: 1}\n"
                + "  - {kind: engine_out, time_s: 361, engine: 2}\n"), "bad.yaml:2:", "faults", "at most one engine_out");
        assertBadInput(runFile("base: mars2020\nfaults:\n  - {kind: parachute_failure, time_s: 250, probability: 0.1}\n"),
                "bad.yaml:3:", "faults[0].probability", "fault_rates");
        assertBadInput(runFile("base: mars2020\ntrn:\n  mode: none\nfaults:\n  - {kind: lvs_failure, event: LVS_START}\n"),
                "bad.yaml:5:", "faults[0].kind", "terrain-relative navigation");
        assertBadInput(runFile("base: mars2020\nfault_rates:\n  - {kind: parachute_failure, event: PARACHUTE_DEPLOY}\n"),
                "bad.yaml:3:", "fault_rates[0].probability", "probability per case");
        assertBadInput(runFile("base: mars2020\nfault_rates:\n  - {kind: engine_out, event: PARACHUTE_DEPLOY, "
                + "probability: 1.5}\n"), "bad.yaml:3:", "fault_rates[0].probability", "between 0 and 1");
        assertBadInput(runFile("base: mars2020\nvehicle:\n  descent_stage:\n    engines:\n      layout:\n"
                + "        radius_m: -1.5\n"), "bad.yaml:6:", "radius_m", "m");
        assertBadInput(CliHarness.run("film", "mars2020", "--trn", "magic"), "--trn", "magic");
    }

    @Test
    void badTerrainKeysNameTheirField() throws IOException {
        assertBadInput(runFile("base: mars2020\nterrain:\n  model: lunar\n"), "bad.yaml:3:", "terrain.model",
                "flat or synthetic");
        assertBadInput(runFile("base: mars2020\nterrain:\n  model: synthetic\n  site: utopia\n"), "bad.yaml:4:", "terrain.site",
                "jezero or gale");
        assertBadInput(runFile("base: mars2020\nterrain:\n  seed: many\n"), "bad.yaml:3:", "terrain.seed");
        assertBadInput(runFile("base: msl\nterrain:\n  model: synthetic\n  site: jezero\n  seed: 1\n"), "bad.yaml:4:", "terrain.site",
                "not be under the landing site");
        assertBadInput(runFile("base: mars2020\nterrain:\n  model: synthetic\n  site: null\n"), "terrain.site");
        assertBadInput(runFile("base: mars2020\nterrain:\n  modle: flat\n"), "bad.yaml:3:", "terrain.modle");
    }

    @Test
    void aNavigationErrorTheFlightSoftwareCannotAbsorbIsRefused() throws IOException {
        assertBadInput(runFile("base: mars2020\nnavigation:\n  position_error_m: {east: 1.0e7, north: 0, up: 0}\n"),
                "bad.yaml:3:", "navigation.position_error_m.east", "10000 m");
    }

    @Test
    void anOutputStepThatWouldExhaustMemoryIsRefused() throws IOException {
        assertBadInput(runFile("base: mars2020\nsimulation:\n  output_step_s: 1.0e-9\n"), "bad.yaml:3:",
                "simulation.output_step_s", "0.001");
        assertBadInput(runFile("base: mars2020\nsimulation:\n  output_step_s: 0.001\n  max_time_s: 10000\n"),
                "simulation.output_step_s", "samples", "memory");
    }

    @Test
    void anUnknownIntegratorIsRefusedWithTheChoices() throws IOException {
        assertBadInput(runFile("base: mars2020\nsimulation:\n  integrator: euler\n"), "bad.yaml:3:",
                "simulation.integrator", "tick_rk4", "dormand_prince", "euler");
    }

    @Test
    void aControlPeriodTheIntegratorCannotStepIsRefused() throws IOException {
        assertBadInput(runFile("base: mars2020\nsequence:\n  control_period_s: 1.0e-9\n"), "bad.yaml:3:",
                "sequence.control_period_s");
    }

    @Test
    void marstimeRefusesYearsAndLongitudesItCannotServe() {
        CliHarness year = CliHarness.run("marstime", "+99999-01-01T00:00:00Z");
        assertBadInput(year, "UTC", "2200");
        CliHarness lon = CliHarness.run("marstime", "2021-02-18T20:55:00Z", "--lon", "1000");
        assertBadInput(lon, "--lon", "between -360 and 360");
    }

    @Test
    void anUnknownOptionIsBadInputToo() {
        CliHarness r = CliHarness.run("run", "mars2020", "--speed", "3");
        assertEquals(2, r.exitCode());
        assertThat(r.err()).contains("--speed");
    }
}
