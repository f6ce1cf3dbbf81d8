package org.skycrane.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private static final long SECOND = 1_000_000_000L;

    private final StringWriter text = new StringWriter();
    private final PrintWriter out = new PrintWriter(text);
    /** A clock the test moves by hand (ns). */
    private final AtomicLong now = new AtomicLong(1_000 * SECOND);

    private ProgressBar bar(long total, boolean interactive) {
        return new ProgressBar("campaign", total, out, interactive, now::get, Duration.ofSeconds(5));
    }

    @Test
    void withoutATerminalPrintsOneLineEveryFiveSecondsAndASummary() {
        try (ProgressBar bar = bar(1000, false)) {
            for (int i = 0; i < 200; i++) {          // 20 s at 10 cases/s
                now.addAndGet(SECOND / 10);
                bar.step();
            }
        }
        String[] lines = text.toString().split("\n");

        assertThat(text.toString()).doesNotContain("\r");
        assertThat(lines).hasSize(5);
        // At 5 s: 50 done, 10 cases/s, 950 left -> 95 s.
        assertThat(lines[0]).isEqualTo("campaign: 50/1000 (5%), 10.0 cases/s, ETA 1:35");
        assertThat(lines[3]).isEqualTo("campaign: 200/1000 (20%), 10.0 cases/s, ETA 1:20");
        assertThat(lines[4]).isEqualTo("campaign: 200/1000 (20%) in 0:20, 10.0 cases/s");
    }

    @Test
    void onATerminalRedrawsOneLineAtMostTenTimesASecond() {
        ProgressBar bar = bar(400, true);
        for (int i = 0; i < 400; i++) {              // 4 s at 100 cases/s: one case every 10 ms
            now.addAndGet(SECOND / 100);
            bar.step();
        }
        bar.close();
        String output = text.toString();

        long redraws = output.chars().filter(c -> c == '\r').count();
        assertThat(redraws).as("redraws in 4 s, plus the final line").isBetween(40L, 42L);
        assertThat(output).endsWith("\n");
        assertThat(output.indexOf('\n')).as("only the final line ends with a newline").isEqualTo(output.length() - 1);
        assertThat(output).contains("campaign [###############...............]  ".trim());
        assertThat(output).contains("campaign: 400/400 (100%) in 0:04, 100 cases/s");
    }

    @Test
    void aShorterRedrawCoversTheLongerLineBeforeIt() {
        ProgressBar bar = bar(100, true);
        now.addAndGet(SECOND);
        bar.stepBy(99);                              // "... ETA 0:01" after a long line
        bar.close();
        String[] draws = text.toString().split("\r");

        assertThat(draws[2].stripTrailing().length()).isLessThan(draws[1].length());
        assertThat(draws[2].replace("\n", "").length()).isGreaterThanOrEqualTo(draws[1].length());
    }

    @Test
    void etaIsUnknownBeforeTheFirstCaseAndRatesAndDurationsAreReadable() {
        ProgressBar bar = bar(10, false);

        assertThat(bar.status(0, 3 * SECOND)).isEqualTo("0/10 (0%), 0.00 cases/s, ETA --");
        assertThat(bar.status(5, 0)).isEqualTo("5/10 (50%), -- cases/s, ETA --");
        assertThat(ProgressBar.duration(3725)).isEqualTo("1:02:05");
        assertThat(ProgressBar.duration(59.6)).isEqualTo("1:00");
        assertThat(ProgressBar.rate(1234.5)).isEqualTo("1235");
        assertThat(ProgressBar.rate(3.14159)).isEqualTo("3.14");
    }

    @Test
    void manyThreadsCountEveryCaseAndNeverInterleaveLines() throws Exception {
        ProgressBar bar = bar(40_000, false);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            threads.add(new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    now.addAndGet(SECOND / 1000);    // shared clock: 40 s in all
                    bar.step();
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        bar.close();

        assertThat(bar.done()).isEqualTo(40_000);
        String[] lines = text.toString().split("\n");
        assertThat(lines.length).as("one line per 5 s of 40 s, plus the summary").isBetween(8, 9);
        assertThat(lines).allMatch(line -> line.matches("campaign: \\d+/40000 \\(\\d+%\\).*"));
        assertThat(lines[lines.length - 1]).startsWith("campaign: 40000/40000 (100%) in 0:40");
    }

    @Test
    void closingTwicePrintsTheSummaryOnce() {
        ProgressBar bar = bar(1, false);
        bar.step();
        bar.close();
        bar.close();

        assertThat(text.toString().split("\n")).hasSize(1);
    }
}
