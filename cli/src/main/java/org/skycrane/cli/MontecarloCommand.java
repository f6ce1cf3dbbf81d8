package org.skycrane.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.skycrane.InputException;
import org.skycrane.report.DeployBoxPlot;
import org.skycrane.report.GeoJsonWriter;
import org.skycrane.report.HistogramPlot;
import org.skycrane.report.LandingScatterPlot;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.montecarlo.Campaign;
import org.skycrane.sim.montecarlo.CampaignStatistics;
import org.skycrane.sim.montecarlo.CasesFile;
import org.skycrane.stats.EastNorth;
import org.skycrane.stats.Ellipse;
import org.skycrane.stats.TargetPlane;
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
            "Case k of seed s is reproduced alone by 'skycrane run SCENARIO --seed s --case k'."})
final class MontecarloCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO",
            description = "Built-in scenario (mars2020, msl) or path to a YAML scenario file with a dispersions block.")
    String scenario;

    @Option(names = {"-n", "--cases"}, paramLabel = "N", defaultValue = "8001",
            description = "Number of cases (default ${DEFAULT-VALUE}, the customary count).")
    int cases;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Campaign seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default ./skycrane-out/<scenario>-montecarlo).")
    Path out;

    @Option(names = "--resume", description = "Keep the cases already in DIR/cases.csv and run only the missing ones.")
    boolean resume;

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
        Scenario s = Scenarios.read(scenario);
        if (s.dispersions() == null) {
            stderr.println("warning: " + s.name() + " has no dispersions block; every case flies the nominal");
        }
        Path dir = out != null ? out : Path.of("skycrane-out", s.name() + "-montecarlo");
        Campaign.Settings settings = new Campaign.Settings(s, seed, cases, t, dir, resume);
        BitSet done;
        try {
            done = Campaign.prepare(settings);
        } catch (IllegalStateException e) {
            throw new InputException(dir.resolve(CasesFile.NAME).toString(), 0, "--resume", e.getMessage());
        } catch (IOException e) {
            throw new InputException(dir.toString(), 0, "--out", "cannot write the output directory: " + e.getMessage());
        }
        int todo = cases - done.cardinality();
        if (done.cardinality() > 0) {
            stderr.println("resuming: " + done.cardinality() + " of " + cases + " cases already done");
        }
        long start = System.nanoTime();
        Campaign.Run run;
        try (ProgressBar bar = ProgressBar.onConsole("cases", todo, stderr)) {
            run = Campaign.run(settings, done, k -> bar.step());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        CampaignStatistics stats = CampaignStatistics.of(s, seed, cases, Campaign.casesFile(dir));
        stats.write(dir);
        writeRunJson(dir, s, t, run, seconds);
        List<String> written = new ArrayList<>(List.of(CasesFile.NAME, CampaignStatistics.SUMMARY, "run.json"));
        if (!noPlots) {
            written.addAll(CampaignPlots.write(s, stats, dir));
        }
        stdout.print(table(stats));
        stdout.println("wrote " + String.join(", ", written) + " in " + dir);
        stdout.flush();
        return 0;
    }

    private void writeRunJson(Path dir, Scenario s, int t, Campaign.Run run, double seconds) throws IOException {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown";
        }
        String json = String.format(Locale.ROOT, """
                {
                  "scenario": "%s",
                  "seed": %d,
                  "cases": %d,
                  "engine": "local",
                  "threads": %d,
                  "cases_already_done": %d,
                  "cases_run": %d,
                  "wall_time_s": %.3f,
                  "cases_per_second": %.2f,
                  "finished_at": "%s",
                  "host": "%s",
                  "available_processors": %d,
                  "java": "%s"
                }
                """, s.name(), seed, cases, t, run.alreadyDone(), run.ran(), seconds,
                run.ran() / Math.max(seconds, 1e-9), Instant.now(), host.replace("\"", ""),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        Files.writeString(dir.resolve("run.json"), json, StandardCharsets.UTF_8);
    }

    /** The terminal table: success and the landing ellipses. */
    static String table(CampaignStatistics st) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s: %d of %d cases, seed %d%n", st.scenario(), st.completed(), st.cases(),
                st.seed()));
        b.append(String.format(Locale.ROOT, "outcomes: %s%n", st.outcomes()));
        b.append(String.format(Locale.ROOT, "success: %d (%.2f %%); failed by criterion %s%n", st.successes(),
                100 * st.successRate(), st.failedBy()));
        if (st.fit() != null) {
            b.append(String.format(Locale.ROOT, "%-16s %10s %10s %8s %22s %8s%n", "landing ellipse", "major km",
                    "minor km", "az deg", "centre E, N (km)", "inside"));
            row(b, "99 %", st.fit().ellipse99(), st.inside99());
            row(b, "3-sigma", st.fit().ellipse3Sigma(), st.inside3());
        }
        b.append(String.format(Locale.ROOT, "%-32s %10s %10s %10s%n", "percentiles", "p1", "p50", "p99"));
        for (var e : st.percentiles().entrySet()) {
            double[] p = e.getValue();
            b.append(String.format(Locale.ROOT, "%-32s %10.3f %10.3f %10.3f%n", e.getKey(), p[0], p[1], p[2]));
        }
        if (!st.worst().isEmpty()) {
            b.append("worst by miss distance: ");
            b.append(String.join(", ", st.worst().stream().limit(5)
                    .map(w -> String.format(Locale.ROOT, "case %d (%.2f km)", w.caseId(), w.value() / 1000)).toList()));
            b.append(System.lineSeparator());
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Ellipse e, double inside) {
        b.append(String.format(Locale.ROOT, "%-16s %10.2f %10.2f %8.1f %10.2f, %10.2f %7.1f%%%n", name,
                e.majorAxis() / 1000, e.minorAxis() / 1000, e.azimuthDeg(), e.centreEast() / 1000,
                e.centreNorth() / 1000, 100 * inside));
    }

    /** Plots and GeoJSON from the cases file (read again, streaming). */
    static final class CampaignPlots {

        private CampaignPlots() {
        }

        static List<String> write(Scenario s, CampaignStatistics st, Path dir) throws IOException {
            List<EastNorth> landed = new ArrayList<>();
            List<EastNorth> other = new ArrayList<>();
            DoubleList mach = new DoubleList();
            DoubleList q = new DoubleList();
            DoubleList vertical = new DoubleList();
            DoubleList horizontal = new DoubleList();
            DoubleList propellant = new DoubleList();
            var t = s.target();
            TargetPlane plane = TargetPlane.ofDegrees(t.latitudeDeg(), t.longitudeDeg(),
                    s.site().areoidRadius() + t.elevation());
            int stride = Math.max(1, st.cases() / 100_000);    // scatter of at most ~100k points
            try (GeoJsonWriter geo = GeoJsonWriter.open(dir.resolve("landing.geojson"), plane)) {
                geo.target(s.name() + " target");
                if (st.fit() != null) {
                    geo.ellipses(st.fit());
                }
                CasesFile.forEachCase(Campaign.casesFile(dir), st.cases(), r -> {
                    if (r.touchedDown()) {
                        EastNorth p = new EastNorth(r.east(), r.north());
                        geo.landing(r.caseId(), p, r.outcome());
                        if (r.caseId() % stride == 0) {
                            ("LANDED".equals(r.outcome()) ? landed : other).add(p);
                        }
                        vertical.add(r.verticalSpeed());
                        horizontal.add(r.horizontalSpeed());
                        propellant.add(r.propellant());
                    }
                    if (Double.isFinite(r.deployMach()) && Double.isFinite(r.deployPressure())) {
                        mach.add(r.deployMach());
                        q.add(r.deployPressure());
                    }
                });
            }
            List<String> files = new ArrayList<>(List.of("landing.geojson"));
            String title = s.name() + ", " + st.completed() + " cases, seed " + st.seed();
            LandingScatterPlot scatter = new LandingScatterPlot("Landing dispersion: " + title);
            if (!landed.isEmpty()) {
                scatter.points("Landed", landed);
            }
            if (!other.isEmpty()) {
                scatter.points("Touched down, not landed", other);
            }
            if (st.fit() != null) {
                scatter.ellipses(st.fit());
            }
            var deploy = s.sequence().parachuteDeploy();
            DeployBoxPlot box = new DeployBoxPlot("Parachute deploy: " + title)
                    .box(st.criteria().maxDeployMach(), st.criteria().maxDeployPressure())
                    .points(mach.toArray(), q.toArray());
            double[] v = vertical.toArray();
            double vMax = Math.max(2.0, Math.ceil(max(v) * 2) / 2);
            HistogramPlot speed = new HistogramPlot("Touchdown speed: " + title, "Touchdown speed (m/s)")
                    .bins(0, vMax, 40).values("Vertical", v).values("Horizontal", horizontal.toArray())
                    .event("vertical limit", st.criteria().maxVerticalSpeed());
            double[] p = propellant.toArray();
            double pMin = Math.min(0, Math.floor(min(p) / 10) * 10);
            double pMax = Math.max(pMin + 10, Math.ceil(max(p) / 10) * 10);
            HistogramPlot fuel = new HistogramPlot("Propellant left: " + title, "Propellant left at touchdown (kg)")
                    .bins(pMin, pMax, 40).values("Propellant", p).event("zero margin", 0.0);
            for (String ext : List.of("png", "svg")) {
                scatter.write(dir.resolve("landing." + ext));
                box.write(dir.resolve("deploy." + ext));
                speed.write(dir.resolve("touchdown-speed." + ext));
                fuel.write(dir.resolve("propellant." + ext));
                files.addAll(List.of("landing." + ext, "deploy." + ext, "touchdown-speed." + ext, "propellant." + ext));
            }
            return files;
        }

        private static double max(double[] v) {
            double m = Double.NEGATIVE_INFINITY;
            for (double x : v) {
                m = Math.max(m, x);
            }
            return v.length == 0 ? 1 : m;
        }

        private static double min(double[] v) {
            double m = Double.POSITIVE_INFINITY;
            for (double x : v) {
                m = Math.min(m, x);
            }
            return v.length == 0 ? 0 : m;
        }
    }

    /** A growable array of doubles. */
    static final class DoubleList {
        private double[] values = new double[1024];
        private int size;

        void add(double v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        double[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
