package org.skycrane.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.skycrane.io.ScenarioReader;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.montecarlo.Campaign;
import org.skycrane.sim.montecarlo.CampaignStatistics;
import org.skycrane.sim.montecarlo.CaseResult;

/**
 * The Monte Carlo campaign on Apache Spark. Case ids are spread over the cluster; each executor
 * flies its cases with the same core function as the local runner ({@link CaseResult#fly}), and
 * the driver writes the rows to {@code cases.csv} in case order, then computes {@code summary.json}
 * with the same core statistics. Same seeds, same rows, same summary as {@code skycrane montecarlo}.
 *
 * <pre>
 * spark-submit --master spark://host:7077 --class org.skycrane.spark.SparkCampaign \
 *     spark/target/skycrane-spark.jar mars2020 -n 8001 --seed 1 --out campaign
 * </pre>
 * Without a master (from spark-submit or {@code --master}) it runs embedded on {@code local[*]}.
 * The scenario is read on the driver and its YAML text shipped to the executors, so a scenario
 * file need not exist on the cluster's machines.
 */
public final class SparkCampaign {

    private static final Map<String, Scenario> PARSED = new ConcurrentHashMap<>();

    private SparkCampaign() {
    }

    /** Command line: {@code SCENARIO [-n N] [--seed S] [--out DIR] [--master URL] [--slices P]}. */
    public static void main(String[] args) throws IOException {
        String scenario = null;
        int cases = 8001;
        long seed = Campaign.DEFAULT_SEED;
        Path out = null;
        String master = null;
        int slices = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-n", "--cases" -> cases = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--master" -> master = args[++i];
                case "--slices" -> slices = Integer.parseInt(args[++i]);
                case "--engine" -> i++;                       // passed through by the launcher
                default -> {
                    if (args[i].startsWith("-") || scenario != null) {
                        usage(System.err, "unknown or unsupported argument '" + args[i] + "'");
                        System.exit(2);
                    }
                    scenario = args[i];
                }
            }
        }
        if (scenario == null) {
            usage(System.err, "missing SCENARIO");
            System.exit(2);
        }
        String text = scenarioText(scenario);
        Scenario s = ScenarioReader.parse(text, scenario);
        Path dir = out != null ? out : Path.of("skycrane-out", s.name() + "-montecarlo");
        SparkConf conf = new SparkConf().setAppName("skycrane montecarlo " + s.name());
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            local(conf, "local[*]");
        }
        conf.setIfMissing("spark.ui.enabled", "false");
        long start = System.nanoTime();
        CampaignStatistics stats;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            stats = run(sc, text, scenario, seed, cases, slices, dir);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.writeString(dir.resolve("run.json"), String.format(Locale.ROOT, """
                {
                  "scenario": "%s",
                  "seed": %d,
                  "cases": %d,
                  "engine": "spark",
                  "master": "%s",
                  "wall_time_s": %.3f,
                  "cases_per_second": %.2f,
                  "finished_at": "%s",
                  "java": "%s"
                }
                """, s.name(), seed, cases, conf.get("spark.master"), seconds, cases / seconds, Instant.now(),
                System.getProperty("java.version")), StandardCharsets.UTF_8);
        PrintStream o = System.out;
        o.printf(Locale.ROOT, "%s: %d cases on Spark (%s) in %.1f s, %.1f cases/s%n", s.name(), cases,
                conf.get("spark.master"), seconds, cases / seconds);
        o.printf(Locale.ROOT, "success %.2f %%", 100 * stats.successRate());
        if (stats.fit() != null) {
            var e = stats.fit().ellipse99();
            o.printf(Locale.ROOT, "; 99 %% ellipse %.2f x %.2f km, azimuth %.1f deg", e.majorAxis() / 1000,
                    e.minorAxis() / 1000, e.azimuthDeg());
        }
        o.println();
        o.println("wrote cases.csv, summary.json and run.json in " + dir);
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
     * Runs cases 0 to {@code cases} − 1 over {@code sc}, writes {@code dir/cases.csv} (in case order)
     * and {@code dir/summary.json}, and returns the statistics.
     *
     * @param slices partitions; 0 for four per default-parallelism slot
     */
    public static CampaignStatistics run(JavaSparkContext sc, String scenarioText, String source, long seed, int cases,
                                         int slices, Path dir) throws IOException {
        Scenario nominal = ScenarioReader.parse(scenarioText, source);
        int partitions = slices > 0 ? slices : Math.max(1, Math.min(cases, 4 * sc.defaultParallelism()));
        List<Integer> ids = IntStream.range(0, cases).boxed().toList();
        Iterator<String> rows = sc.parallelize(ids, partitions)
                .mapPartitions(part -> {
                    Scenario s = PARSED.computeIfAbsent(scenarioText, t -> ScenarioReader.parse(t, source));
                    List<String> out = new ArrayList<>();
                    while (part.hasNext()) {
                        out.add(CaseResult.fly(s, seed, part.next()).toCsv());
                    }
                    return out.iterator();
                })
                .toLocalIterator();
        Files.createDirectories(dir);
        Path file = Campaign.casesFile(dir);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(CaseResult.header());
            w.write('\n');
            while (rows.hasNext()) {
                w.write(rows.next());
                w.write('\n');
            }
        }
        CampaignStatistics stats = CampaignStatistics.of(nominal, seed, cases, file);
        stats.write(dir);
        return stats;
    }

    private static void usage(PrintStream err, String problem) {
        err.println("error: " + problem);
        err.println("usage: SparkCampaign SCENARIO [-n N] [--seed S] [--out DIR] [--master URL] [--slices P]");
    }
}
