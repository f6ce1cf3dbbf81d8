package org.skycrane.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skycrane.sim.montecarlo.CaseResult;

/**
 * Faults of the machine: a disk that fills up part-way (an injected file system, {@link DiskFull})
 * or a folder that cannot be written. One line naming the path, exit 2, and every file that was
 * complete before stays complete.
 */
class OutputFaultTest {

    @TempDir
    Path dir;

    /** Exit 2 and one error line (after any progress lines), naming what went wrong; no stack trace. */
    private static void assertOneLine(CliHarness r, String... fragments) {
        assertEquals(Main.EXIT_BAD_INPUT, r.exitCode(), "exit code; stderr: " + r.err());
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
        List<String> errors = r.err().lines().filter(l -> l.startsWith("error")).toList();
        assertThat(errors).as("one error line: " + r.err()).hasSize(1);
        assertThat(r.err().strip().lines().reduce((a, b) -> b).orElse("")).as("the last line").isEqualTo(errors.get(0));
        for (String f : fragments) {
            assertThat(errors.get(0)).contains(f);
        }
    }

    /** Every file of a folder and its bytes. */
    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void aRunThatFillsTheDiskLeavesThePreviousResultWholeAndSaysWhichFile() throws Exception {
        Path out = dir.resolve("out");
        CliHarness first = CliHarness.run("run", "mars2020", "--out", out.toString());
        assertEquals(0, first.exitCode(), first.err());
        Map<String, byte[]> before = contents(out);
        assertThat(before).containsKeys("summary.json", "trajectory.csv", "altitude-vs-speed.png");
        // the disk fills half-way through trajectory.csv (written first), then half-way through the first plot
        long trajectory = before.get("trajectory.csv").length;
        for (long budget : new long[] {trajectory / 2, trajectory + before.get("altitude-vs-speed.png").length / 2}) {
            CliHarness failed;
            try (AutoCloseable full = new DiskFull(budget).install()) {
                failed = CliHarness.run("run", "mars2020", "--seed", "2", "--out", out.toString());
            }
            assertOneLine(failed, "No space left on device", out.toString());
            Map<String, byte[]> after = contents(out);
            assertEquals(before.keySet(), after.keySet(), "the same files, no temporary file left (budget " + budget + ")");
            for (String f : before.keySet()) {
                assertThat(after.get(f)).as(f + " untouched (budget " + budget + ")").isEqualTo(before.get(f));
            }
        }
    }

    @Test
    void anUnwritableOutputFolderIsOneLineNamingIt() throws IOException {
        Path file = dir.resolve("plain-file");
        Files.writeString(file, "not a folder");
        CliHarness r = CliHarness.run("run", "mars2020", "--no-plots", "--out", file.resolve("out").toString());
        assertOneLine(r, "plain-file");
    }

    @Test
    void aCampaignThatFillsTheDiskKeepsItsCompleteRowsAndResumes() throws Exception {
        Path out = dir.resolve("campaign");
        CliHarness failed;
        // the header, campaign.json and about a dozen rows fit
        try (AutoCloseable full = new DiskFull(7_000).install()) {
            failed = CliHarness.run("montecarlo", "mars2020", "-n", "40", "--seed", "4", "--threads", "2",
                    "--no-plots", "--out", out.toString());
        }
        assertOneLine(failed, "cases.csv", "No space left on device", "--resume");
        List<String> lines = Files.readAllLines(out.resolve("cases.csv"));
        String text = Files.readString(out.resolve("cases.csv"));
        int whole = text.endsWith("\n") ? lines.size() - 1 : lines.size() - 2;
        assertThat(whole).as("some rows were written before the disk filled").isBetween(1, 39);
        for (String row : lines.subList(1, whole + 1)) {
            CaseResult.parse(row);                              // every complete row reads back
        }

        CliHarness resumed = CliHarness.run("montecarlo", "mars2020", "-n", "40", "--seed", "4", "--threads", "2",
                "--no-plots", "--resume", "--out", out.toString());
        assertEquals(0, resumed.exitCode(), resumed.err());
        Path clean = dir.resolve("clean");
        CliHarness uninterrupted = CliHarness.run("montecarlo", "mars2020", "-n", "40", "--seed", "4", "--threads", "1",
                "--no-plots", "--out", clean.toString());
        assertEquals(0, uninterrupted.exitCode(), uninterrupted.err());
        assertEquals(Files.readString(clean.resolve("summary.json")), Files.readString(out.resolve("summary.json")),
                "summary.json after the full disk and a resume");
        Set<String> ids = new HashSet<>();
        for (String row : Files.readAllLines(out.resolve("cases.csv")).subList(1, 41)) {
            assertThat(ids.add(row.substring(0, row.indexOf(',')))).as("each case once").isTrue();
        }
    }
}
