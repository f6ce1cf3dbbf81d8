package org.skycrane.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A campaign process killed part-way (SIGKILL, no chance to clean up) and then resumed gives
 * the same summary as an uninterrupted run, with no case run twice or lost.
 */
class MontecarloKillTest {

    private static final int CASES = 160;

    @TempDir
    Path dir;

    @Test
    void aKilledCampaignResumesToTheIdenticalSummary() throws Exception {
        Path killed = dir.resolve("killed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), "org.skycrane.cli.Main", "montecarlo", "mars2020",
                "-n", Integer.toString(CASES), "--seed", "11", "--threads", "2", "--no-plots", "--out", killed.toString())
                .redirectErrorStream(true).redirectOutput(new File(dir.toFile(), "killed.log")).start();
        Path csv = killed.resolve("cases.csv");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (rows(csv) < 40 && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        int before = rows(csv);
        assertThat(before).as("the process was killed part-way").isBetween(1, CASES - 1);

        CliHarness resumed = CliHarness.run("montecarlo", "mars2020", "-n", Integer.toString(CASES), "--seed", "11",
                "--threads", "2", "--no-plots", "--resume", "--out", killed.toString());
        assertEquals(0, resumed.exitCode(), resumed.err());
        Path whole = dir.resolve("whole");
        CliHarness uninterrupted = CliHarness.run("montecarlo", "mars2020", "-n", Integer.toString(CASES), "--seed",
                "11", "--threads", "1", "--no-plots", "--out", whole.toString());
        assertEquals(0, uninterrupted.exitCode(), uninterrupted.err());

        assertEquals(Files.readString(whole.resolve("summary.json")), Files.readString(killed.resolve("summary.json")),
                "summary.json byte-identical after kill and resume");
        List<String> lines = Files.readAllLines(csv);
        Set<String> ids = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            assertThat(ids.add(line.substring(0, line.indexOf(',')))).as("case run once: " + line).isTrue();
        }
        assertEquals(CASES, ids.size(), "every case present exactly once");
        assertEquals(new HashSet<>(Files.readAllLines(whole.resolve("cases.csv"))), new HashSet<>(lines),
                "the same rows as the uninterrupted run");
    }

    private static int rows(Path csv) throws IOException {
        if (!Files.exists(csv)) {
            return 0;
        }
        return (int) Math.max(0, Files.lines(csv).count() - 1);
    }
}
