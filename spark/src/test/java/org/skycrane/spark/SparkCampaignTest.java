package org.skycrane.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skycrane.io.ScenarioReader;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.montecarlo.Campaign;
import org.skycrane.sim.montecarlo.CampaignStatistics;

/** Issue 4: Spark local mode and the local runner agree on a small campaign, row for row and byte for byte. */
class SparkCampaignTest {

    private static final int CASES = 16;
    private static final long SEED = 5;

    @TempDir
    Path tmp;

    @Test
    void sparkLocalModeAgreesWithTheLocalRunner() throws IOException {
        Path spark = tmp.resolve("spark");
        SparkConf conf = SparkCampaign.local(new SparkConf().setAppName("skycrane-test"), "local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            SparkCampaign.run(sc, ScenarioReader.presetText("mars2020"), "mars2020", SEED, CASES, 5, spark);
        }

        Path local = tmp.resolve("local");
        Scenario s = ScenarioReader.read("mars2020");
        Campaign.Settings settings = new Campaign.Settings(s, SEED, CASES, 2, local, false);
        Campaign.run(settings, Campaign.prepare(settings), k -> { });
        CampaignStatistics.of(s, SEED, CASES, Campaign.casesFile(local)).write(local);

        List<String> sparkRows = Files.readAllLines(Campaign.casesFile(spark), StandardCharsets.UTF_8);
        List<String> localRows = Files.readAllLines(Campaign.casesFile(local), StandardCharsets.UTF_8);
        assertEquals(localRows.get(0), sparkRows.get(0), "cases.csv header");
        assertEquals(CASES + 1, sparkRows.size(), "header and one row per case");
        assertEquals(new HashSet<>(localRows), new HashSet<>(sparkRows), "set of cases.csv rows, Spark vs local");
        assertEquals(Files.readString(local.resolve(CampaignStatistics.SUMMARY)),
                Files.readString(spark.resolve(CampaignStatistics.SUMMARY)), "summary.json, Spark vs local");
    }
}
