package org.skycrane.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.skycrane.io.ScenarioReader;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.montecarlo.Campaign;
import org.skycrane.sim.montecarlo.CampaignFolder;

/**
 * Throughput of the local Monte Carlo runner, cases per second, including the writes to cases.csv.
 * A plain main rather than JMH: one campaign is long enough to amortise warm-up.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.skycrane.bench.MonteCarloBench [SCENARIO] [CASES] [THREADS...]
 * </pre>
 * e.g. {@code mars2020 8001 1 2}. A warm-up of 50 cases runs first. {@code -Dskycrane.trn=none} (or
 * {@code model}) flies the campaign with that terrain-relative navigation mode instead of the scenario's.
 *
 * <p>{@code -Dskycrane.warmup=jit} warms up instead until the JIT has compiled the flight: batches of 50
 * cases of other seeds (1000, 1001, …), on the first thread count given, until a batch's compilation time (the JVM's own count) is
 * under 2 % of its threads' time. Fifty cases leave C2 compiling for a quarter of a minute more (about
 * 14 CPU seconds in a 1,000-case campaign on two threads), on the second core when one worker flies and
 * against the workers when two do, so the two thread counts' figures after the short warm-up compare
 * cold campaigns, and after this one their steady throughput (docs/performance.md).
 */
public final class MonteCarloBench {

    private MonteCarloBench() {
    }

    public static void main(String[] args) throws IOException {
        String name = args.length > 0 ? args[0] : "mars2020";
        int cases = args.length > 1 ? Integer.parseInt(args[1]) : 8001;
        Scenario written = ScenarioReader.read(name);
        String trn = System.getProperty("skycrane.trn");
        Scenario scenario = trn == null ? written : written.withTrnMode(trn);
        int[] threads = new int[Math.max(1, args.length - 2)];
        threads[0] = Runtime.getRuntime().availableProcessors();
        for (int i = 2; i < args.length; i++) {
            threads[i - 2] = Integer.parseInt(args[i]);
        }
        Path tmp = Files.createTempDirectory("skycrane-bench");
        if ("jit".equals(System.getProperty("skycrane.warmup"))) {
            warmUntilCompiled(scenario, threads[0], tmp);
        } else {
            time(scenario, 1, 50, threads[0], tmp.resolve("warmup"));
        }
        for (int t : threads) {
            Map<String, Long> last = new ConcurrentHashMap<>();
            double seconds = time(scenario, 1, cases, t, tmp.resolve("t" + t), last);
            long first = last.values().stream().mapToLong(Long::longValue).min().orElse(0);
            long end = last.values().stream().mapToLong(Long::longValue).max().orElse(0);
            System.out.printf(Locale.ROOT, "%s (trn %s): %d cases on %d threads in %.1f s: %.1f cases/s; the "
                    + "threads' last cases finished within %.0f ms of each other%n", name, scenario.trn().mode(), cases,
                    t, seconds, cases / seconds, (end - first) / 1e6);
        }
    }

    /** Times a campaign; {@code last} gets each worker thread's last finishing time (ns). */
    private static double time(Scenario scenario, long seed, int cases, int threads, Path dir, Map<String, Long> last)
            throws IOException {
        Campaign.Settings s = new Campaign.Settings(scenario, seed, cases, threads, dir, CampaignFolder.Start.OVERWRITE);
        try (CampaignFolder folder = Campaign.open(s, "local")) {
            long start = System.nanoTime();
            Campaign.run(s, folder, new AtomicBoolean(), k -> last.put(Thread.currentThread().getName(),
                    System.nanoTime()));
            return (System.nanoTime() - start) / 1e9;
        }
    }

    /** Warm-up batches of 50 cases until one spends under 2 % of its threads' time compiling; prints them. */
    private static void warmUntilCompiled(Scenario scenario, int threads, Path tmp) throws IOException {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        for (int batch = 0; batch < 100; batch++) {
            long compiled = jit.getTotalCompilationTime();
            // each batch other cases (seed 1000 + batch), so the terrain's code warms as the flight's does
            double seconds = time(scenario, 1000 + batch, 50, threads, tmp.resolve("warmup" + batch));
            double compiling = (jit.getTotalCompilationTime() - compiled) / 1e3;
            System.out.printf(Locale.ROOT, "warm-up batch %d: 50 cases in %.1f s, %.1f s compiling%n", batch, seconds,
                    compiling);
            if (compiling < 0.02 * seconds * threads) {
                return;
            }
        }
        System.out.println("warm-up: 100 batches and still compiling; measuring anyway");
    }

    private static double time(Scenario scenario, long seed, int cases, int threads, Path dir) throws IOException {
        return time(scenario, seed, cases, threads, dir, new ConcurrentHashMap<>());
    }
}
