package org.skycrane.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skycrane.io.ScenarioReader;
import org.skycrane.report.CampaignReport;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.montecarlo.Campaign;
import org.skycrane.sim.montecarlo.CampaignFolder;
import org.skycrane.sim.montecarlo.CampaignStatistics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spark local mode and the local runner agree on a small campaign, row for row and byte for byte,
 * and the Spark command writes the same files and prints the same table as the local one.
 */
class SparkCampaignTest {

    private static final int CASES = 16;
    private static final long SEED = 5;

    @TempDir
    Path tmp;

    @Test
    void sparkLocalModeAgreesWithTheLocalRunner() throws IOException {
        Path spark = tmp.resolve("spark");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SparkCampaign.execute(new String[] {"mars2020", "-n", Integer.toString(CASES), "--seed",
            Long.toString(SEED), "--master", "local[2]", "--slices", "8", "--engine=spark", "--out", spark.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, "exit code (every case landed); stderr: " + err);

        Path local = tmp.resolve("local");
        Scenario s = ScenarioReader.read("mars2020");
        Campaign.Settings settings = new Campaign.Settings(s, SEED, CASES, 2, local, CampaignFolder.Start.NEW);
        try (CampaignFolder folder = Campaign.open(settings, "local")) {
            Campaign.run(settings, folder, new AtomicBoolean(), k -> { });
        }
        CampaignStatistics stats = CampaignStatistics.of(s, SEED, CASES, Campaign.casesFile(local));
        stats.write(local);
        List<String> plots = CampaignReport.writePlots(s, stats, local, true);

        List<String> sparkRows = Files.readAllLines(Campaign.casesFile(spark), StandardCharsets.UTF_8);
        List<String> localRows = Files.readAllLines(Campaign.casesFile(local), StandardCharsets.UTF_8);
        assertEquals(localRows.get(0), sparkRows.get(0), "cases.csv header");
        assertEquals(CASES + 1, sparkRows.size(), "header and one row per case");
        assertEquals(new HashSet<>(localRows), new HashSet<>(sparkRows), "set of cases.csv rows, Spark vs local");
        // 8 slices of 2 cases, 4 slices a window on local[2]: two windows, in flight together, rows in case order
        for (int k = 0; k < CASES; k++) {
            assertTrue(sparkRows.get(k + 1).startsWith(k + ","), "row " + (k + 1) + " is case " + k + ": "
                    + sparkRows.get(k + 1));
        }
        assertEquals(Files.readString(local.resolve(CampaignStatistics.SUMMARY)),
                Files.readString(spark.resolve(CampaignStatistics.SUMMARY)), "summary.json, Spark vs local");
        assertTrue(out.toString().startsWith(CampaignReport.table(stats)), "the same table as the local engine:\n" + out);
        for (String f : plots) {
            assertTrue(Files.size(spark.resolve(f)) > 0, "Spark wrote " + f);
        }
        // landing points come in the order of cases.csv (finish order locally, case order on Spark)
        JsonNode localGeo = new JsonMapper().readTree(local.resolve("landing.geojson").toFile());
        JsonNode sparkGeo = new JsonMapper().readTree(spark.resolve("landing.geojson").toFile());
        assertEquals(localGeo.get("skycrane_frame"), sparkGeo.get("skycrane_frame"), "landing.geojson frame");
        assertEquals(new HashSet<>(localGeo.get("features").valueStream().toList()),
                new HashSet<>(sparkGeo.get("features").valueStream().toList()), "landing.geojson features, Spark vs local");
        JsonNode run = new JsonMapper().readTree(spark.resolve("run.json").toFile());
        assertEquals("spark", run.get("engine").asString(), "run.json engine");
        assertEquals("local[2]", run.get("master").asString(), "run.json master");
        JsonNode manifest = new JsonMapper().readTree(spark.resolve("campaign.json").toFile());
        assertEquals(SEED, manifest.get("seed").asLong(), "campaign.json seed");

        // --resume flies only the missing cases, here scattered over both windows, and ends with every row
        List<Integer> dropped = List.of(0, 5, 6, 13);
        List<String> kept = new java.util.ArrayList<>(sparkRows.subList(0, 1));
        for (int k = 0; k < CASES; k++) {
            if (!dropped.contains(k)) {
                kept.add(sparkRows.get(k + 1));
            }
        }
        Files.write(Campaign.casesFile(spark), kept, StandardCharsets.UTF_8);
        StringWriter again = new StringWriter();
        int resumed = SparkCampaign.execute(new String[] {"mars2020", "-n", Integer.toString(CASES), "--seed",
            Long.toString(SEED), "--master", "local[2]", "--slices", "2", "--engine=spark", "--no-plots", "--resume",
            "--out", spark.toString()}, new PrintWriter(again, true), new PrintWriter(err, true));
        assertEquals(0, resumed, "exit code of the resumed campaign; stderr: " + err);
        assertEquals(dropped.size(), new JsonMapper().readTree(spark.resolve("run.json").toFile()).get("cases_run")
                .asInt(), "run.json cases_run: only the dropped cases flew again");
        assertEquals(new HashSet<>(localRows), new HashSet<>(Files.readAllLines(Campaign.casesFile(spark),
                StandardCharsets.UTF_8)), "cases.csv after --resume, against the local runner's");
        assertEquals(Files.readString(local.resolve(CampaignStatistics.SUMMARY)),
                Files.readString(spark.resolve(CampaignStatistics.SUMMARY)), "summary.json after --resume");
    }
}
