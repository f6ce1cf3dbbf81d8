package org.skycrane.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skycrane.sim.montecarlo.CaseResult;

/**
 * A campaign folder owns its cases: it refuses what would lose or mix them (a new campaign over
 * finished cases, a resume with another scenario or seed, a second writer), reports damaged rows
 * with their line and flies those cases again, and keeps finished cases through Ctrl-C.
 */
class CampaignFolderTest {

    @TempDir
    Path dir;

    private CliHarness campaign(String scenario, int cases, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("montecarlo", scenario, "-n", Integer.toString(cases), "--seed", "3",
                "--threads", "2", "--no-plots", "--out", out.toString()));
        args.addAll(List.of(more));
        return CliHarness.run(args.toArray(String[]::new));
    }

    private static void assertRefused(CliHarness r, String... fragments) {
        assertEquals(Main.EXIT_BAD_INPUT, r.exitCode(), "refused with exit 2; stderr: " + r.err());
        String last = r.err().strip().lines().reduce((a, b) -> b).orElse("");
        assertThat(last).startsWith("error: ");
        for (String f : fragments) {
            assertThat(last).contains(f);
        }
    }

    @Test
    void aNewCampaignIntoAFolderHoldingCasesIsRefusedAndOverwriteReplacesIt() throws IOException {
        Path out = dir.resolve("c");
        assertEquals(0, campaign("mars2020", 6, out).exitCode());
        String cases = Files.readString(out.resolve("cases.csv"));
        assertRefused(campaign("mars2020", 2, out), "holds 6 cases", "--resume", "--overwrite");
        assertEquals(cases, Files.readString(out.resolve("cases.csv")), "the 6 cases are untouched");

        CliHarness replaced = campaign("mars2020", 2, out, "--overwrite");
        assertEquals(0, replaced.exitCode(), replaced.err());
        assertEquals(3, Files.readAllLines(out.resolve("cases.csv")).size(), "header and the 2 new cases");
    }

    @Test
    void aResumeWithAnotherScenarioOrAnEditedOneIsRefusedSayingWhatDiffers() throws IOException {
        Path out = dir.resolve("c");
        assertEquals(0, campaign("mars2020", 2, out).exitCode());
        String cases = Files.readString(out.resolve("cases.csv"));
        assertRefused(campaign("msl", 2, out, "--resume"), "--resume", "the scenario differs", "mars2020", "msl");

        Path edited = dir.resolve("edited.yaml");
        Files.writeString(edited, "base: mars2020\nentry: {heading_deg: 93.5}\n");
        assertRefused(campaign(edited.toString(), 2, out, "--resume"), "mars2020 was edited");

        Path same = dir.resolve("same.yaml");
        Files.writeString(same, "base: mars2020   # the preset itself, written differently\n");
        CliHarness resumed = campaign(same.toString(), 4, out, "--resume");
        assertEquals(0, resumed.exitCode(), "the same content resumes, whatever its layout: " + resumed.err());
        assertThat(Files.readString(out.resolve("cases.csv"))).startsWith(cases);
        assertEquals(5, Files.readAllLines(out.resolve("cases.csv")).size(), "header, 2 old and 2 new cases");
    }

    @Test
    void damagedRowsAreReportedWithTheirLineAndFlownAgain() throws IOException {
        Path out = dir.resolve("c");
        assertEquals(0, campaign("mars2020", 6, out).exitCode());
        String summary = Files.readString(out.resolve("summary.json"));
        List<String> lines = new ArrayList<>(Files.readAllLines(out.resolve("cases.csv")));
        String row = lines.get(2);
        lines.set(2, row.replaceFirst(",LANDED,[0-9]", ",LANDED,9"));      // an edited touchdown time
        lines.add(4, "expected 39 fields, this has none");                   // garbage
        Files.write(out.resolve("cases.csv"), lines);

        CliHarness resumed = campaign("mars2020", 6, out, "--resume");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertThat(resumed.err()).contains("cases.csv:3: checksum does not match").contains("cases.csv:5: ");
        assertEquals(summary, Files.readString(out.resolve("summary.json")), "the same summary once they are flown again");
        assertEquals(7, Files.readAllLines(out.resolve("cases.csv")).size(), "header and 6 readable rows");
    }

    @Test
    void aStaleLockOfADeadProcessIsTakenOver() throws IOException {
        Path out = dir.resolve("c");
        Files.createDirectories(out);
        Files.writeString(out.resolve("campaign.lock"), "process 999999999 on elsewhere, since 2026-01-01T00:00:00Z\n");
        CliHarness r = campaign("mars2020", 2, out);
        assertEquals(0, r.exitCode(), r.err());
        assertThat(r.err()).contains("took over the lock of process 999999999");
        assertEquals("", Files.readString(out.resolve("campaign.lock")), "released when done");
    }

    private Process subprocess(Path out, int cases, int threads, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "org.skycrane.cli.Main", "montecarlo", "mars2020", "-n", Integer.toString(cases), "--seed", "3",
                "--threads", Integer.toString(threads), "--no-plots", "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static int rows(Path csv) throws IOException {
        return Files.exists(csv) ? (int) Math.max(0, Files.readAllLines(csv).size() - 1) : 0;
    }

    private static void waitForRows(Path csv, int n, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (rows(csv) < n && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    /** Every row whole and readable, each case once. */
    private static Set<Long> wholeRows(Path csv) throws IOException {
        assertThat(Files.readString(csv)).endsWith("\n");
        Set<Long> ids = new HashSet<>();
        for (String row : Files.readAllLines(csv).subList(1, rows(csv) + 1)) {
            assertThat(ids.add(CaseResult.parse(row).caseId())).as("case once: " + row).isTrue();
        }
        return ids;
    }

    @Test
    void aSecondCampaignOnTheSameFolderIsRefusedAndTheFirstCompletesIntact() throws Exception {
        Path out = dir.resolve("c");
        Process first = subprocess(out, 120, 1, dir.resolve("first.log"));
        waitForRows(out.resolve("cases.csv"), 3, first);
        CliHarness second = campaign("mars2020", 120, out, "--resume");
        assertRefused(second, "in use by another campaign", "process " + first.pid());
        assertThat(first.waitFor(120, TimeUnit.SECONDS)).as("the first finishes").isTrue();
        assertEquals(0, first.exitValue(), Files.readString(dir.resolve("first.log")));
        assertEquals(120, wholeRows(out.resolve("cases.csv")).size(), "every case of the first, once, whole");
    }

    @Test
    void ctrlCKeepsTheFinishedCasesAndSaysHowToResume() throws Exception {
        Path out = dir.resolve("c");
        Path log = dir.resolve("interrupted.log");
        Process p = subprocess(out, 300, 2, log);
        waitForRows(out.resolve("cases.csv"), 20, p);
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGINT").isTrue();
        String said = Files.readString(log);
        assertEquals(Main.EXIT_INTERRUPTED, p.exitValue(), said);
        assertThat(said).contains("interrupted: ").contains("cases are kept").contains("--resume");
        int kept = wholeRows(out.resolve("cases.csv")).size();
        assertThat(kept).as("stopped part-way").isBetween(20, 299);
        assertEquals("", Files.readString(out.resolve("campaign.lock")), "the lock released");

        CliHarness resumed = campaign("mars2020", 300, out, "--resume");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertThat(resumed.err()).contains("resuming: " + kept + " of 300");
        assertEquals(300, wholeRows(out.resolve("cases.csv")).size(), "every case once after the resume");
        assertThat(new File(out.toFile(), "summary.json")).exists();
    }
}
