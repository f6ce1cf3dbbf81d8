package org.skycrane.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code skycrane montecarlo}: the files, the summary keys, resume, and {@code run --case}. */
class MontecarloCommandTest {

    @TempDir
    Path dir;

    @Test
    void aSmallCampaignWritesEveryFileAndResumesToTheSameSummary() throws IOException {
        CliHarness r = CliHarness.run("montecarlo", "mars2020", "-n", "8", "--threads", "2", "--seed", "3",
                "--out", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertThat(r.out()).contains("fitted normal, 99 %").contains("holds 99 % of cases").contains("3-sigma")
                .contains("success");
        for (String f : List.of("cases.csv", "summary.json", "run.json", "landing.geojson", "landing.png", "landing.svg",
                "deploy.png", "deploy.svg", "touchdown-speed.png", "propellant.svg")) {
            assertThat(dir.resolve(f)).as(f).exists();
        }
        JsonNode s = new JsonMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals(8, s.get("completed").asInt(), "completed cases");
        for (String ellipse : List.of("ellipse_99_fitted_normal", "ellipse_99_of_cases", "ellipse_3_sigma_fitted_normal")) {
            for (String key : List.of("what", "k", "major_axis_km", "minor_axis_km", "azimuth_deg", "centre_offset_km",
                    "share_inside")) {
                assertThat(s.get("landing").get(ellipse).has(key)).as(ellipse + "." + key).isTrue();
            }
        }
        assertThat(s.get("landing").get("ellipse_99_of_cases").get("share_inside").asDouble())
                .as("the empirical ellipse holds 99 % of the cases, that is all 8 of 8 by nearest rank").isEqualTo(1.0);
        assertThat(s.get("success").get("criteria").has("max_touchdown_vertical_speed_mps")).isTrue();
        String summary = Files.readString(dir.resolve("summary.json"));
        assertThat(summary).doesNotContain("threads").doesNotContain("wall");

        CliHarness again = CliHarness.run("montecarlo", "mars2020", "-n", "8", "--seed", "3", "--out", dir.toString(),
                "--resume", "--no-plots");
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(summary, Files.readString(dir.resolve("summary.json")), "summary after a no-op resume");
        assertEquals(9, Files.readAllLines(dir.resolve("cases.csv")).size(), "header and 8 rows, none repeated");
    }

    /**
     * Over synthetic terrain the landing scatter is drawn on the site's hazard map: plenty of its
     * safe-green and slope-red pixels, which a scatter on white has none of.
     */
    @Test
    void landingScatterOverSyntheticTerrainShowsTheHazardMap() throws IOException {
        Path jezero = dir.resolve("jezero.yaml");
        Files.writeString(jezero, "base: mars2020\nterrain: {model: synthetic, site: jezero, seed: 1}\n");
        CliHarness r = CliHarness.run("montecarlo", jezero.toString(), "-n", "3", "--threads", "2",
                "--out", dir.resolve("campaign").toString());
        assertEquals(0, r.exitCode(), r.err());
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(dir.resolve("campaign/landing.png").toFile());
        int green = 0;
        int red = 0;
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                java.awt.Color c = new java.awt.Color(png.getRGB(x, y));
                if (c.getGreen() > c.getRed() + 30 && c.getGreen() > c.getBlue() + 30) {
                    green++;
                } else if (c.getRed() > c.getGreen() + 80 && c.getRed() > c.getBlue() + 80) {
                    red++;
                }
            }
        }
        int pixels = png.getWidth() * png.getHeight();
        assertThat(green).as("safe-green pixels of %d", pixels).isGreaterThan(pixels / 10);
        assertThat(red).as("slope-red pixels of %d", pixels).isGreaterThan(pixels / 100);
    }

    @Test
    void resumingWithAnotherSeedIsBadInput() {
        CliHarness r = CliHarness.run("montecarlo", "mars2020", "-n", "2", "--seed", "3", "--out", dir.toString(),
                "--no-plots");
        assertEquals(0, r.exitCode(), r.err());
        CliHarness other = CliHarness.run("montecarlo", "mars2020", "-n", "2", "--seed", "4", "--out", dir.toString(),
                "--resume");
        assertEquals(Main.EXIT_BAD_INPUT, other.exitCode(), other.err());
        assertThat(other.err()).contains("--resume");
    }

    @Test
    void runFliesOneDispersedCase() {
        CliHarness r = CliHarness.run("run", "mars2020", "--seed", "3", "--case", "5", "--out", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertThat(r.out()).contains("case 5 of seed 3").contains("LANDED");
    }
}
