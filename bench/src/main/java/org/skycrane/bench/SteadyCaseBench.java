package org.skycrane.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.skycrane.io.ScenarioReader;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.FlightOptions;
import org.skycrane.sim.Result;
import org.skycrane.sim.Simulation;
import org.skycrane.sim.montecarlo.Case;

/**
 * The steady cost of a dispersed case: the same {@code CASES} cases of seed 1 flown {@code ROUNDS}
 * times on one thread, each round's wall and CPU time per case printed. The first round pays the JIT's
 * warm-up and the first visits of the site's terrain (its tiles are made once per JVM and kept); later
 * rounds fly over terrain already made, so they measure the flight itself, which a campaign's
 * throughput ({@link MonteCarloBench}) mixes with the terrain it makes as its cases spread over the
 * landing ellipse. Each case flies as a campaign's does ({@link FlightOptions#campaignCase()}: no
 * trajectory or navigation record; until 2026-12-08 it kept the navigation record, about 3.6 ms a case
 * more). A plain main rather than JMH: a round is long enough to amortise the timer.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.skycrane.bench.SteadyCaseBench [SCENARIO] [CASES] [ROUNDS]
 * </pre>
 * e.g. {@code mars2020 100 6}. Each round also prints the sum of the cases' last event times, which is
 * the same in every round (the flights are deterministic) and changes when the flight does.
 */
public final class SteadyCaseBench {

    private SteadyCaseBench() {
    }

    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : "mars2020";
        int cases = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        Scenario scenario = ScenarioReader.read(name);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            double check = 0;
            for (int k = 0; k < cases; k++) {
                Result r = new Simulation(scenario, Case.of(scenario, 1, k).truth(), FlightOptions.campaignCase()).run();
                var records = r.timeline().records();
                check += records.get(records.size() - 1).time();
            }
            double wallMs = (System.nanoTime() - wall) / 1e6 / cases;
            double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / cases;
            System.out.printf(Locale.ROOT, "%s round %d: %.2f ms a case (CPU %.2f ms); last events summed %.6f s%n", name,
                    round, wallMs, cpuMs, check);
        }
    }
}
