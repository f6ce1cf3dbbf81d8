package org.skycrane.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.skycrane.InputException;
import org.skycrane.cli.Main;
import org.skycrane.report.CampaignReport;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.montecarlo.Campaign;
import org.skycrane.sim.montecarlo.CampaignFolder;
import org.skycrane.sim.montecarlo.CampaignStatistics;
import org.skycrane.sim.montecarlo.CasesFile;
import org.skycrane.sim.montecarlo.RunRecord;

/**
 * One Monte Carlo campaign, written to its folder as {@code skycrane montecarlo} writes it (the same
 * lock, cases.csv, summary.json, run.json, plots and landing.geojson); it goes on when the browser
 * closes and stops on cancel. When done it adds the hazard map of the ground under the scatter
 * ({@code skycrane terrain}'s terrain-hazard.png), and it can refly any of its cases alone.
 */
final class CampaignJob implements Jobs.Job {

    /** Pixels along a side of the hazard map (its pixel size follows from the scatter's extent). */
    static final int HAZARD_PIXELS = 160;
    /** The running statistics are recomputed from cases.csv at most this often (ns). */
    private static final long RUNNING_EVERY_NS = 1_000_000_000L;

    private final String id;
    private final String source;
    private final Campaign.Settings settings;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicInteger done = new AtomicInteger();
    private final long begin = System.nanoTime();
    private volatile String state = "RUNNING";
    private volatile String problem;
    private volatile double hazardWidth = Double.NaN;
    private String running = "{}";
    private long runningAt = begin - RUNNING_EVERY_NS;
    private int runningDone = -1;

    /**
     * @param source the scenario as the CLI names it: a preset name or the path of its YAML file (for
     *               the hazard map and for reflying a case)
     */
    CampaignJob(String id, String source, Scenario scenario, long seed, int cases, int threads, Path dir) {
        this.id = id;
        this.source = source;
        this.settings = new Campaign.Settings(scenario, seed, cases, threads, dir, CampaignFolder.Start.OVERWRITE);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String state() {
        return state;
    }

    Path dir() {
        return settings.dir();
    }

    String source() {
        return source;
    }

    long seed() {
        return settings.seed();
    }

    int cases() {
        return settings.cases();
    }

    int done() {
        return done.get();
    }

    double seconds() {
        return (System.nanoTime() - begin) / 1e9;
    }

    String problem() {
        return problem;
    }

    /** Side of the square hazard map centred on the target (m), NaN until it is written. */
    double hazardWidth() {
        return hazardWidth;
    }

    void cancel() {
        stop.set(true);
    }

    /**
     * The campaign summary (summary.json's layout) of the cases finished so far, read from cases.csv:
     * the running success rate and landing ellipse while the campaign flies.
     */
    synchronized String running() throws IOException {
        long now = System.nanoTime();
        int n = done.get();
        if (n != runningDone && now - runningAt >= RUNNING_EVERY_NS && n > 0) {
            Path file = settings.dir().resolve(CasesFile.NAME);
            if (Files.isRegularFile(file)) {
                try {
                    running = CampaignStatistics.of(settings.scenario(), settings.seed(), settings.cases(), file)
                            .toJson();
                    runningAt = now;
                    runningDone = n;
                } catch (InputException partialRow) {
                    // the campaign is appending a row this instant: keep the last snapshot, try next time
                }
            }
        }
        return running;
    }

    void fly() {
        try (CampaignFolder folder = Campaign.open(settings, "web")) {
            Campaign.Run run = Campaign.run(settings, folder, stop, k -> done.incrementAndGet());
            if (run.stopped()) {
                state = "CANCELLED";
                return;
            }
            CampaignStatistics stats = CampaignStatistics.of(settings.scenario(), settings.seed(), settings.cases(),
                    folder.casesFile());
            stats.write(settings.dir());
            new RunRecord(stats.scenario(), settings.seed(), settings.cases(), "web", null, settings.threads(),
                    run.alreadyDone(), run.ran(), seconds(), Instant.now()).write(settings.dir());
            CampaignReport.writePlots(settings.scenario(), stats, settings.dir(), true);
            hazardMap(folder.casesFile());
            state = "DONE";
        } catch (Exception e) {
            problem = String.valueOf(e.getMessage());
            state = "FAILED";
        }
    }

    /**
     * The scenario's ground under the scatter as {@code skycrane terrain} pictures it: a square centred
     * on the target, 2.4 times the farthest touchdown's east or north offset (1 to 40 km).
     */
    private void hazardMap(Path casesFile) throws IOException {
        double[] far = {0};
        CasesFile.forEachCase(casesFile, settings.cases(), r -> {
            if (r.touchedDown()) {
                far[0] = Math.max(far[0], Math.max(Math.abs(r.east()), Math.abs(r.north())));
            }
        });
        double width = Math.min(40_000, Math.max(1_000, 2.4 * far[0]));
        StringWriter log = new StringWriter();
        try (PrintWriter w = new PrintWriter(log)) {
            int code = Main.execute(new String[] {"terrain", source, "--out", settings.dir().toString(),
                "--width-m", String.format(Locale.ROOT, "%.1f", width),
                "--pixel-m", String.format(Locale.ROOT, "%.3f", width / HAZARD_PIXELS)}, w, w);
            if (code == 0) {
                hazardWidth = width;
            } else {
                problem = "hazard map: " + log.toString().strip();
            }
        }
    }
}
