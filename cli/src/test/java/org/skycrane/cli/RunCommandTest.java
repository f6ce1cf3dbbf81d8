package org.skycrane.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skycrane.io.ScenarioReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code skycrane run}: the timeline on the terminal and the two files, with the keys the run files promise. */
class RunCommandTest {

    @TempDir
    Path dir;

    @Test
    void aNominalRunPrintsTheTimelineAndWritesSummaryAndTrajectory() throws IOException {
        CliHarness r = CliHarness.run("run", "mars2020", "--out", dir.toString(), "--seed", "7");
        assertEquals(0, r.exitCode(), r.err());
        assertThat(r.out()).contains("mars2020: LANDED").contains("PARACHUTE_DEPLOY").contains("DESCENT_STAGE_IMPACT");

        JsonNode summary = new JsonMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals("mars2020", summary.get("scenario").asString());
        assertEquals("LANDED", summary.get("outcome").asString());
        assertEquals(7, summary.get("seed").asLong());
        JsonNode first = summary.get("events").get(0);
        for (String key : List.of("name", "t_s", "altitude_m", "height_above_ground_m", "speed_mps", "mach",
                "dynamic_pressure_pa", "lat_deg", "lon_deg")) {
            assertThat(first.has(key)).as("event key " + key).isTrue();
        }
        for (JsonNode event : summary.get("events")) {
            JsonNode onboard = event.get("onboard");
            for (String key : List.of("mach", "dynamic_pressure_pa", "height_above_ground_m", "speed_mps")) {
                assertThat(onboard.has(key)).as(event.get("name").asString() + ": what the flight software believed, "
                        + key).isTrue();
            }
        }
        for (String key : List.of("deceleration_g", "heat_rate_w_per_cm2", "heat_load_j_per_cm2", "dynamic_pressure_pa",
                "parachute_load_n")) {
            assertThat(summary.get("peaks").get(key).asDouble()).as("peak " + key).isPositive();
        }
        for (String key : List.of("t_s", "vertical_speed_mps", "horizontal_speed_mps", "lat_deg", "lon_deg",
                "propellant_remaining_kg")) {
            assertThat(summary.get("touchdown").has(key)).as("touchdown key " + key).isTrue();
        }
        assertThat(summary.get("altitude_datum").asString()).as("the datum is stated").startsWith("areoid at site");
        assertThat(summary.get("geodetic_ellipsoid").asString()).startsWith("a = 3396190.000 m");
        assertThat(summary.get("touchdown").get("geodetic_lat_deg").asDouble())
                .as("geodetic north of planetocentric in the northern hemisphere")
                .isGreaterThan(summary.get("touchdown").get("lat_deg").asDouble());
        assertThat(summary.get("impacts").size()).as("three pairs of balance masses, heat shield, backshell, "
                + "descent stage").isEqualTo(6);
        for (String key : List.of("propellant_at_start_kg", "propellant_at_bridle_cut_kg", "propellant_used_kg")) {
            assertThat(summary.get("powered_descent").get(key).asDouble()).as("powered descent " + key).isPositive();
        }
        assertThat(summary.get("peaks").get("parachute_inflation_g").asDouble()).isPositive();
        for (String key : List.of("backshell_margin_m", "heat_shield_margin_m")) {
            assertThat(summary.get("recontact").get(key).asDouble()).as("recontact " + key).isPositive();
        }
        for (JsonNode impact : summary.get("impacts")) {
            for (String key : List.of("body", "t_s", "lat_deg", "lon_deg", "distance_from_rover_m")) {
                assertThat(impact.has(key)).as("impact key " + key).isTrue();
            }
            double lon = impact.get("lon_deg").asDouble();
            assertThat(lon).isBetween(-180.0, 180.0);
        }

        for (String png : List.of("altitude-vs-speed.png", "bank-angle.png", "ground-track.png", "deceleration.png",
                "heat-rate.png")) {
            assertThat(ImageIO.read(dir.resolve(png).toFile())).as("guided-entry plot " + png).isNotNull();
        }
        List<String> rows = Files.readAllLines(dir.resolve("trajectory.csv"));
        assertThat(rows.get(0)).startsWith("t_s,phase,lat_deg,lon_deg,altitude_m,height_above_ground_m,speed_mps");
        assertThat(rows.get(1)).startsWith("0.000,ENTRY,");
        assertThat(rows.get(2)).startsWith("0.100,ENTRY,");
        assertThat(rows.size()).isGreaterThan(4000);
    }

    @Test
    void scenarioShowPrintsAYamlThatRunsAsIs() throws IOException {
        CliHarness shown = CliHarness.run("scenario", "show", "msl");
        assertEquals(0, shown.exitCode());
        Path copy = dir.resolve("msl-copy.yaml");
        Files.writeString(copy, shown.out());
        CliHarness r = CliHarness.run("run", copy.toString(), "--out", dir.resolve("o").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertThat(r.out()).contains("msl: LANDED");
    }

    /** The sequence prints as one table, a row per event with its trigger, basis and effect. */
    @Test
    void theSequencePrintsAsOneTable() {
        CliHarness r = CliHarness.run("scenario", "sequence", "mars2020");
        assertEquals(0, r.exitCode(), r.err());
        assertThat(r.out()).contains("from").contains("basis").contains("effect")
                .containsPattern("SUFR +PARACHUTE_DEPLOY +RANGE.*navigated .*PARACHUTE_DESCENT")
                .containsPattern("PARACHUTE_DESCENT +LINE_STRETCH .*truth")
                .containsPattern("SKY_CRANE +TOUCHDOWN .*truth")
                .containsPattern("SKY_CRANE +BRIDLE_CUT .*navigated .*cut the bridles");
    }

    @Test
    void scenarioShowPrintsTheMergedScenarioOfABaseFile() throws IOException {
        Path file = dir.resolve("steeper.yaml");
        Files.writeString(file, "base: msl\nentry: {flight_path_angle_deg: -15.25}\n");
        CliHarness shown = CliHarness.run("scenario", "show", file.toString());
        assertEquals(0, shown.exitCode(), shown.err());
        assertThat(shown.out()).doesNotContain("base:").contains("flight_path_angle_deg: -15.25")
                .contains("Gale crater").contains("drag_coefficient");
        Path merged = dir.resolve("merged.yaml");
        Files.writeString(merged, shown.out());
        assertEquals(ScenarioReader.read(file.toString()), ScenarioReader.read(merged.toString()),
                "the merged text reads back to the same scenario");
    }

    @Test
    void aCaseRunSaysWhichCaseAndANewerRunLeavesNoStalePlots() throws IOException {
        Path out = dir.resolve("case");
        CliHarness r = CliHarness.run("run", "mars2020", "--seed", "3", "--case", "5", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode summary = new JsonMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(5, summary.get("case").asLong(), "summary case");
        assertEquals(3, summary.get("seed").asLong(), "summary seed");
        assertThat(out.resolve("ground-track.png")).exists();
        CliHarness again = CliHarness.run("run", "mars2020", "--no-plots", "--out", out.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertThat(out.resolve("ground-track.png")).as("no plot of the earlier run beside the newer summary")
                .doesNotExist();
        assertThat(new JsonMapper().readTree(out.resolve("summary.json").toFile()).has("case")).isFalse();
        assertEquals("mars2020-copy", ScenarioReader.stem("some/where/mars2020-copy.yaml"), "folder from the file name");
    }

    @Test
    void aDivergingRunStillWritesWhatItHas() {
        Path file = dir.resolve("diverge.yaml");
        try {
            Files.writeString(file, "base: mars2020\nguidance: {mode: open_loop}\nsequence: {parachute_deploy: {trigger: velocity}}\n"
                    + "atmosphere: {model: exponential, surface_density_kg_per_m3: 0.02, "
                    + "scale_height_m: 1.0, temperature_k: 200.0}\n");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        CliHarness r = CliHarness.run("run", file.toString(), "--out", dir.resolve("d").toString());
        assertEquals(1, r.exitCode(), "a numerical failure is not bad input: exit 1");
        assertThat(r.out()).contains("NUMERICAL_FAILURE");
        assertThat(dir.resolve("d/summary.json")).exists();
        assertThat(dir.resolve("d/trajectory.csv")).exists();
    }
}
