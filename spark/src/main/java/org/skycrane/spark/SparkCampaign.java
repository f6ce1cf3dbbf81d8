package org.skycrane.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.skycrane.InputException;
import org.skycrane.SafeFiles;
import org.skycrane.io.ScenarioReader;
import org.skycrane.report.CampaignReport;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.montecarlo.Campaign;
import org.skycrane.sim.montecarlo.CampaignFolder;
import org.skycrane.sim.montecarlo.CampaignManifest;
import org.skycrane.sim.montecarlo.CampaignStatistics;
import org.skycrane.sim.montecarlo.CasesFile;
import org.skycrane.sim.montecarlo.RunRecord;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The Monte Carlo campaign on Apache Spark. Case ids are spread over the cluster; each executor
 * flies its cases with the same core function as the local runner ({@link CaseResult#fly}), and
 * the driver appends the rows to {@code cases.csv} in case order, then writes the same
 * {@code summary.json}, {@code run.json}, plots and {@code landing.geojson}, and prints the same
 * table, as {@code skycrane montecarlo}. The folder rules are the local engine's
 * ({@link CampaignFolder}: a manifest, one writer, {@code --resume} or {@code --overwrite}).
 *
 * <pre>
 * spark-submit --master spark://host:7077 --class org.skycrane.spark.SparkCampaign \
 *     spark/target/skycrane-spark-app.jar mars2020 -n 8001 --seed 1 --out campaign
 * </pre>
 * Without a master (from spark-submit or {@code --master}) it runs embedded on {@code local[*]}.
 * The scenario is read on the driver and its YAML text shipped to the executors, so a scenario
 * file need not exist on the cluster's machines. Exit codes as {@code skycrane montecarlo}.
 */
@Command(name = "SparkCampaign", mixinStandardHelpOptions = true,
        description = "Fly N dispersed cases of a scenario on Apache Spark: the same files, summary and table as "
                + "'skycrane montecarlo'.")
public final class SparkCampaign implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Built-in scenario (mars2020, msl) or a YAML file.")
    String scenario;

    @Option(names = {"-n", "--cases"}, paramLabel = "N", defaultValue = "8001", description = "Number of cases.")
    int cases;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Campaign seed.")
    long seed;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default ./skycrane-out/<scenario file name>-montecarlo-seed-<S>).")
    Path out;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: spark-submit's, else "
            + "local[*] embedded).")
    String master;

    @Option(names = "--slices", paramLabel = "P", defaultValue = "0",
            description = "Partitions to cut the cases into (default: at least four per default-parallelism "
                    + "slot, at most " + CaseWindows.MAX_CASES_PER_SLICE + " cases each).")
    int slices;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "spark",
            description = "Must be spark (the launcher passes it through).")
    String engine;

    @Option(names = "--threads", paramLabel = "T", description = "Not used on Spark: give --master local[T].")
    Integer threads;

    @Option(names = "--no-plots", description = "Skip the PNG/SVG plots and landing.geojson.")
    boolean noPlots;

    @Option(names = "--debug", description = "Print stack traces for errors.")
    boolean debug;

    @ArgGroup(exclusive = true)
    Existing existing = new Existing();

    /** What to do with cases already in the folder. */
    static final class Existing {
        @Option(names = "--resume", description = "Keep the cases already in the folder and run only the missing ones.")
        boolean resume;

        @Option(names = "--overwrite", description = "Delete the campaign already in the folder and start again.")
        boolean overwrite;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = execute(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command line without exiting; returns the exit code (2 bad input, 3 internal error). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = List.of(args).contains("--debug");
        CommandLine line = new CommandLine(new SparkCampaign());
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            String problem = ex instanceof InputException input ? input.getMessage()
                    : ex instanceof IOException io ? SafeFiles.describe(io)
                    : ex instanceof UncheckedIOException io ? SafeFiles.describe(io.getCause()) : null;
            if (debug || problem == null) {
                ex.printStackTrace(err);
            }
            err.println(problem != null ? "error: " + problem : "internal error: " + ex);
            return problem != null ? 2 : 3;
        });
        line.setParameterExceptionHandler((ex, params) -> {
            err.println("error: " + ex.getMessage());
            err.println("(see 'SparkCampaign --help')");
            return 2;
        });
        return line.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (!engine.equals("spark")) {
            throw new InputException(engine, 0, "--engine", "this is the Spark engine; the local one is "
                    + "'skycrane montecarlo' without --engine");
        }
        if (threads != null) {
            throw new InputException(String.valueOf(threads), 0, "--threads", "not used on Spark; give "
                    + "--master local[" + threads + "] for an embedded run on that many threads");
        }
        if (cases < 1) {
            throw new InputException(String.valueOf(cases), 0, "-n", "must be at least 1");
        }
        Scenario s = ScenarioReader.read(scenario);
        String text = scenarioText(scenario);
        Path dir = out != null ? out : Path.of("skycrane-out", ScenarioReader.stem(scenario) + "-montecarlo-seed-"
                + seed);
        CampaignFolder.Start start = existing.resume ? CampaignFolder.Start.RESUME
                : existing.overwrite ? CampaignFolder.Start.OVERWRITE : CampaignFolder.Start.NEW;
        SparkConf conf = new SparkConf().setAppName("skycrane montecarlo " + s.name());
        if (master != null && master.startsWith("local")) {
            local(conf, master);
        } else if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            local(conf, "local[*]");
        }
        conf.setIfMissing("spark.ui.enabled", "false");
        try (CampaignFolder folder = CampaignFolder.open(dir, CampaignManifest.of(s, seed, cases, "spark"), start)) {
            folder.staleLockTakenOver().ifPresent(h -> stderr.println("note: took over the lock of " + h
                    + ", which is no longer running"));
            for (CampaignFolder.BadRow bad : folder.badRows()) {
                stderr.println("warning: " + folder.casesFile() + ":" + bad.line() + ": " + bad.problem()
                        + "; removed, its case runs again");
            }
            long begin = System.nanoTime();
            int ran;
            int parallelism;
            try (JavaSparkContext sc = new JavaSparkContext(conf)) {
                parallelism = sc.defaultParallelism();
                ran = fly(sc, text, scenario, seed, cases, slices, folder);
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            CampaignStatistics stats = CampaignStatistics.of(s, seed, cases, folder.casesFile());
            stats.write(dir);
            new RunRecord(s.name(), seed, cases, "spark", conf.get("spark.master"), parallelism,
                    folder.done().cardinality(), ran, seconds, Instant.now()).write(dir);
            List<String> written = new ArrayList<>(List.of(CasesFile.NAME, CampaignStatistics.SUMMARY,
                    RunRecord.NAME));
            written.addAll(CampaignReport.writePlots(s, stats, dir, !noPlots));
            stdout.print(CampaignReport.table(stats));
            stdout.println("wrote " + String.join(", ", written) + " in " + dir);
            stdout.flush();
            if (stats.errors() > 0) {
                stderr.println("internal error: " + stats.errors() + " cases threw (outcome ERROR; see their reason "
                        + "in " + CasesFile.NAME + "); this is a bug, please report it with the scenario and seed");
                return 3;
            }
            return stats.allLanded() ? 0 : 1;
        }
    }

    /** Loopback-only settings for an embedded master (build machines allow only loopback traffic). */
    public static SparkConf local(SparkConf conf, String master) {
        return conf.setMaster(master)
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.ui.enabled", "false");
    }

    /** The YAML text of a built-in scenario or a file. */
    public static String scenarioText(String nameOrPath) throws IOException {
        return ScenarioReader.PRESETS.contains(nameOrPath) ? ScenarioReader.presetText(nameOrPath)
                : Files.readString(Path.of(nameOrPath), StandardCharsets.UTF_8);
    }

    /**
     * Flies the cases of 0 to {@code cases} − 1 not yet in {@code folder} over {@code sc} and
     * appends their rows to its cases file, in case order, a window at a time ({@link CaseWindows}).
     *
     * @param slices partitions to cut the missing cases into; 0 for the default (at least four per
     *               default-parallelism slot, at most {@value CaseWindows#MAX_CASES_PER_SLICE} cases each)
     * @return the number of cases flown
     */
    public static int fly(JavaSparkContext sc, String scenarioText, String source, long seed, int cases, int slices,
                          CampaignFolder folder) throws IOException {
        BitSet done = folder.done();
        if (done.nextClearBit(0) >= cases) {
            return 0;
        }
        Iterator<String> rows = new CaseWindows(sc, scenarioText, source, seed, cases, done, slices);
        int n = 0;
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                SafeFiles.newOutputStream(folder.casesFile(), StandardOpenOption.APPEND), StandardCharsets.UTF_8))) {
            while (rows.hasNext()) {
                w.write(rows.next());
                w.write('\n');
                n++;
            }
        }
        return n;
    }

    /** Runs a campaign of {@code cases} on {@code sc} into {@code dir} (new folder) and returns its statistics. */
    public static CampaignStatistics run(JavaSparkContext sc, String scenarioText, String source, long seed, int cases,
                                         int slices, Path dir) throws IOException {
        Scenario nominal = ScenarioReader.parse(scenarioText, source);
        Campaign.Settings settings = new Campaign.Settings(nominal, seed, cases, 1, dir, CampaignFolder.Start.NEW);
        try (CampaignFolder folder = Campaign.open(settings, "spark")) {
            fly(sc, scenarioText, source, seed, cases, slices, folder);
            CampaignStatistics stats = CampaignStatistics.of(nominal, seed, cases, folder.casesFile());
            stats.write(dir);
            return stats;
        }
    }
}
