package org.skycrane.web;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.skycrane.report.CampaignReport;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.montecarlo.Campaign;
import org.skycrane.sim.montecarlo.CampaignFolder;
import org.skycrane.sim.montecarlo.CampaignStatistics;
import org.skycrane.sim.montecarlo.RunRecord;

/**
 * One Monte Carlo campaign, written to its folder as {@code skycrane montecarlo} writes it (the same
 * lock, cases.csv, summary.json and run.json); it goes on when the browser closes and stops on cancel.
 */
final class CampaignJob implements Jobs.Job {

    private final String id;
    private final Campaign.Settings settings;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicInteger done = new AtomicInteger();
    private final long begin = System.nanoTime();
    private volatile String state = "RUNNING";
    private volatile String problem;

    CampaignJob(String id, Scenario scenario, long seed, int cases, int threads, Path dir) {
        this.id = id;
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

    void cancel() {
        stop.set(true);
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
            CampaignReport.writePlots(settings.scenario(), stats, settings.dir(), false);
            state = "DONE";
        } catch (Exception e) {
            problem = String.valueOf(e.getMessage());
            state = "FAILED";
        }
    }
}
