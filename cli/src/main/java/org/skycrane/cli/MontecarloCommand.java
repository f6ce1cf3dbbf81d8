package org.skycrane.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.skycrane.InputException;
import org.skycrane.SafeFiles;
import org.skycrane.io.ScenarioReader;
import org.skycrane.report.CampaignReport;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.montecarlo.Campaign;
import org.skycrane.sim.montecarlo.CampaignFolder;
import org.skycrane.sim.montecarlo.CampaignStatistics;
import org.skycrane.sim.montecarlo.CasesFile;
import org.skycrane.sim.montecarlo.RunRecord;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code skycrane montecarlo}: a dispersed campaign on all cores, its statistics and plots. */
@Command(name = "montecarlo", mixinStandardHelpOptions = true,
        description = {"Fly N dispersed cases of a scenario on all cores; write cases.csv (one row per case, as each "
                + "finishes), summary.json (results only, byte-comparable), run.json (timing and machine), plots "
                + "and landing.geojson.",
            "Case k of seed s is reproduced alone by 'skycrane run SCENARIO --seed s --case k'.",
            "The folder owns its cases: campaign.json records the scenario's content, seed and version; a folder "
                + "that holds cases is continued only with --resume (same scenario and seed) or replaced with "
                + "--overwrite; one campaign writes a folder at a time.",
            "Exit code: 0 every case landed; 1 some case did not land; 2 bad input or an unusable folder; 3 an "
                + "internal error (a case whose simulation threw is recorded as ERROR and gives 3); 130 "
                + "interrupted (the finished cases are kept)."})
final class MontecarloCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO",
            description = "Built-in scenario (mars2020, msl) or path to a YAML scenario file with a dispersions block.")
    String scenario;

    @Option(names = {"-n", "--cases"}, paramLabel = "N", defaultValue = "8001",
            description = "Number of cases (default ${DEFAULT-VALUE}, the customary count).")
    int cases;

    @Option(names = "--trn", paramLabel = "MODE",
            description = "Terrain-relative navigation: none or model; default: the scenario's trn.mode.")
    String trnMode;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Campaign seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default ./skycrane-out/<scenario file name>-montecarlo-seed-<S>).")
    Path out;

    @ArgGroup(exclusive = true)
    Existing existing = new Existing();

    /** What to do with cases already in the folder. */
    static final class Existing {
        @Option(names = "--resume", description = "Keep the cases already in the folder (same scenario and seed) "
                + "and run only the missing ones, including any whose row was damaged.")
        boolean resume;

        @Option(names = "--overwrite", description = "Delete the campaign already in the folder and start again.")
        boolean overwrite;
    }

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "local",
            description = "local (default) or spark. Spark runs through the skycrane launcher, which builds the spark "
                    + "module, or spark-submit.")
    String engine;

    @Option(names = "--no-plots", description = "Skip the PNG/SVG plots and landing.geojson.")
    boolean noPlots;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (!engine.equals("local")) {
            throw new InputException(engine, 0, "--engine", engine.equals("spark")
                    ? "the Spark engine is started by the skycrane launcher (./skycrane montecarlo ... --engine spark) "
                    + "or spark-submit --class org.skycrane.spark.SparkCampaign; this jar holds only the local engine"
                    : "unknown engine '" + engine + "', expected local or spark");
        }
        if (cases < 1) {
            throw new InputException(String.valueOf(cases), 0, "-n", "must be at least 1");
        }
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (t < 1) {
            throw new InputException(String.valueOf(t), 0, "--threads", "must be at least 1");
        }
        Scenario s = Trn.withMode(Scenarios.read(scenario), trnMode);
        if (s.trn().mode().equals("images")) {
            throw new InputException("images", 0, "--trn", "a campaign flies trn none or model (images mode renders "
                    + "every case; fly single cases with run --case K --trn images)");
        }
        if (s.dispersions() == null) {
            stderr.println("warning: " + s.name() + " has no dispersions block; every case flies the nominal");
        }
        Path dir = out != null ? out : Path.of("skycrane-out", ScenarioReader.stem(scenario) + "-montecarlo-seed-" + seed);
        CampaignFolder.Start start = existing.resume ? CampaignFolder.Start.RESUME
                : existing.overwrite ? CampaignFolder.Start.OVERWRITE : CampaignFolder.Start.NEW;
        Campaign.Settings settings = new Campaign.Settings(s, seed, cases, t, dir, start);
        try (CampaignFolder folder = Campaign.open(settings, "local")) {
            return fly(settings, folder, stdout, stderr);
        }
    }

    private int fly(Campaign.Settings settings, CampaignFolder folder, PrintWriter stdout, PrintWriter stderr)
            throws IOException {
        Path dir = settings.dir();
        folder.staleLockTakenOver().ifPresent(h -> stderr.println("note: took over the lock of " + h
                + ", which is no longer running"));
        report(folder, stderr);
        int already = folder.done().cardinality();
        int todo = Math.max(0, cases - (int) folder.done().stream().filter(k -> k < cases).count());
        if (already > 0) {
            stderr.println("resuming: " + (cases - todo) + " of " + cases + " cases already done");
        }
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger finished = new AtomicInteger(cases - todo);
        CountDownLatch ended = new CountDownLatch(1);
        Thread onInterrupt = new Thread(() -> {
            stop.set(true);
            try {
                ended.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            folder.close();
            stderr.println();
            stderr.println("interrupted: " + finished.get() + " of " + cases + " cases are kept in "
                    + folder.casesFile() + "; run the same command with --resume to finish the campaign");
            stderr.flush();
        }, "skycrane-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        long begin = System.nanoTime();
        Campaign.Run run;
        try (ProgressBar bar = ProgressBar.onConsole("cases", todo, stderr)) {
            run = Campaign.run(settings, folder, stop, k -> {
                finished.incrementAndGet();
                bar.step();
            });
        } catch (IOException e) {
            ended.countDown();
            removeHook(onInterrupt);
            throw new InputException(null, 0, null, "cannot write: " + SafeFiles.describe(e) + "; the "
                    + finished.get() + " finished cases are kept; free the space or fix the folder, then run again "
                    + "with --resume");
        } finally {
            ended.countDown();
        }
        if (run.stopped()) {
            // Ctrl-C: the hook prints how to resume while the JVM shuts down
            return Main.EXIT_INTERRUPTED;
        }
        removeHook(onInterrupt);
        double seconds = (System.nanoTime() - begin) / 1e9;
        CampaignStatistics stats = CampaignStatistics.of(settings.scenario(), seed, cases, folder.casesFile());
        stats.write(dir);
        new RunRecord(stats.scenario(), seed, cases, "local", null, settings.threads(), run.alreadyDone(), run.ran(),
                seconds, Instant.now(), run.warmRate()).write(dir);
        if (Double.isFinite(run.warmRate())) {
            stderr.println(String.format(Locale.ROOT, "throughput after the first %d cases (the JIT's warm-up): "
                    + "%.1f cases/s", Campaign.WARM_UP, run.warmRate()));
        }
        List<String> written = new ArrayList<>(List.of(CasesFile.NAME, CampaignStatistics.SUMMARY, RunRecord.NAME));
        written.addAll(CampaignReport.writePlots(settings.scenario(), stats, dir, !noPlots));
        stdout.print(CampaignReport.table(stats));
        stdout.println("wrote " + String.join(", ", written) + " in " + dir);
        stdout.flush();
        return exitCode(stats, stderr);
    }

    /** 0 every case landed, 1 some did not, 3 some case threw (a programming error, listed). */
    static int exitCode(CampaignStatistics stats, PrintWriter stderr) {
        if (stats.errors() > 0) {
            stderr.println("internal error: " + stats.errors() + " cases threw (outcome ERROR; see their reason in "
                    + CasesFile.NAME + "); this is a bug, please report it with the scenario and seed");
            return Main.EXIT_INTERNAL;
        }
        return stats.allLanded() ? 0 : Main.EXIT_NOT_LANDED;
    }

    /** Reports the damaged rows found on resume, one line each (at most 10). */
    static void report(CampaignFolder folder, PrintWriter stderr) {
        var bad = folder.badRows();
        for (int i = 0; i < Math.min(10, bad.size()); i++) {
            stderr.println("warning: " + folder.casesFile() + ":" + bad.get(i).line() + ": " + bad.get(i).problem()
                    + "; removed, its case runs again");
        }
        if (bad.size() > 10) {
            stderr.println("warning: and " + (bad.size() - 10) + " more damaged rows, removed");
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already shutting down: the hook runs
        }
    }
}
