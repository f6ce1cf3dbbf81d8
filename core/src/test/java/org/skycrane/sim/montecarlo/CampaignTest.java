package org.skycrane.sim.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skycrane.io.ScenarioReader;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.Outcome;

/** The same campaign gives the same rows and byte-identical summary whatever the threads and interruptions. */
class CampaignTest {

    private static final int CASES = 16;
    private static final long SEED = 42;
    private static Scenario mars2020;
    private static Path single;
    private static String singleSummary;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void oneThread() throws IOException {
        mars2020 = ScenarioReader.read("mars2020");
        single = tmp.resolve("one-thread");
        singleSummary = campaign(single, 1, false);
    }

    private static String campaign(Path dir, int threads, boolean resume) throws IOException {
        Campaign.Settings s = new Campaign.Settings(mars2020, SEED, CASES, threads, dir,
                resume ? CampaignFolder.Start.RESUME : CampaignFolder.Start.NEW);
        try (CampaignFolder folder = Campaign.open(s, "local")) {
            Campaign.run(s, folder, new AtomicBoolean(), k -> { });
        }
        CampaignStatistics.of(mars2020, SEED, CASES, Campaign.casesFile(dir)).write(dir);
        return Files.readString(dir.resolve(CampaignStatistics.SUMMARY));
    }

    private static List<String> rows(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(Campaign.casesFile(dir), StandardCharsets.UTF_8);
        assertEquals(CaseResult.header(), lines.get(0), "cases.csv header");
        return lines.subList(1, lines.size());
    }

    @Test
    void allThreadsGiveTheSameRowsAndAByteIdenticalSummary() throws IOException {
        Path dir = tmp.resolve("all-threads");
        String summary = campaign(dir, Math.max(2, Runtime.getRuntime().availableProcessors()), false);
        assertEquals(singleSummary, summary, "summary.json, 1 thread vs all threads");
        assertEquals(new HashSet<>(rows(single)), new HashSet<>(rows(dir)), "set of cases.csv rows");
        assertEquals(CASES, rows(dir).size(), "one row per case");
    }

    @Test
    void resumeAfterAKillGivesTheSameSummaryAndRunsEachCaseOnce() throws IOException {
        Path dir = tmp.resolve("resumed");
        Files.createDirectories(dir);
        // A process killed part-way: 6 finished rows (in an order threads could have written them)
        // and the first bytes of a 7th.
        List<String> all = rows(single);
        List<String> kept = new ArrayList<>(List.of(all.get(5), all.get(0), all.get(3), all.get(9), all.get(1),
                all.get(12)));
        String torn = all.get(7).substring(0, 40);
        Files.writeString(Campaign.casesFile(dir), CaseResult.header() + "\n" + String.join("\n", kept) + "\n" + torn,
                StandardCharsets.UTF_8);
        Campaign.Settings s = new Campaign.Settings(mars2020, SEED, CASES, 2, dir, CampaignFolder.Start.RESUME);
        Files.writeString(dir.resolve(CampaignManifest.NAME), s.manifest("local").toJson());

        try (CampaignFolder folder = Campaign.open(s, "local")) {
            var done = folder.done();
            assertEquals(6, done.cardinality(), "finished cases found; the torn row is not one");
            assertEquals(List.of(new CampaignFolder.BadRow(8, "torn last line (the campaign stopped while writing it)")),
                    folder.badRows(), "the torn row reported with its line");
            var run = Campaign.run(s, folder, new AtomicBoolean(),
                    k -> assertThat(done.get((int) k)).as("case %d ran again", k).isFalse());
            assertEquals(CASES - 6, run.ran(), "cases run on resume");
        }
        CampaignStatistics.of(mars2020, SEED, CASES, Campaign.casesFile(dir)).write(dir);

        assertEquals(singleSummary, Files.readString(dir.resolve(CampaignStatistics.SUMMARY)), "summary after resume");
        List<String> rows = rows(dir);
        assertEquals(CASES, rows.size(), "no case lost or run twice");
        assertEquals(new HashSet<>(all), new HashSet<>(rows), "same rows as the uninterrupted campaign");
    }

    @Test
    void anyCaseRerunsAloneExactly() {
        List<String> rows;
        try {
            rows = rows(single);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Set<String> set = new HashSet<>(rows);
        for (long k : new long[] {0, 11}) {
            assertThat(set).as("case %d flown alone", k).contains(CaseResult.fly(mars2020, SEED, k).toCsv());
        }
    }

    @Test
    void casesDifferAndLand() throws IOException {
        List<CaseResult> results = rows(single).stream().map(CaseResult::parse).toList();
        assertEquals(CASES, results.stream().map(CaseResult::caseId).distinct().count(), "distinct case ids");
        assertThat(results.stream().map(CaseResult::east).distinct().count()).as("distinct landing points").isEqualTo(CASES);
        assertThat(results).allMatch(r -> r.outcome() == Outcome.LANDED, "every case of a small Mars 2020 campaign lands");
    }

    @Test
    void theSeedChangesTheDraws() {
        double[] a = Case.of(mars2020, 1, 3).drawn();
        double[] b = Case.of(mars2020, 2, 3).drawn();
        double[] c = Case.of(mars2020, 1, 4).drawn();
        assertThat(a).isNotEqualTo(b).isNotEqualTo(c);
        assertThat(Case.of(mars2020, 1, 3).drawn()).isEqualTo(a);
    }
}
