package org.skycrane.sim;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.skycrane.io.ScenarioReader;
import org.skycrane.scenario.Scenario;

/**
 * Diagnostic driver: the ANEES criterion of {@link NavigationInTheLoopTest} over dispersed cases, with the
 * times outside the interval split into above (overconfident) and below (pessimistic), the runs of
 * each printed with their times, and the mean e²/σ² of the six states at the times of each kind.
 *
 * <pre>
 * java -cp CORE_TEST_CLASSPATH org.skycrane.sim.NeesTimes mars2020 200 8
 * </pre>
 */
public final class NeesTimes {

    private NeesTimes() {
    }

    public static void main(String[] args) throws Exception {
        Scenario s = ScenarioReader.read(args.length > 0 ? args[0] : "mars2020");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 7;
        Map<Long, double[]> byTime = new TreeMap<>(); // per 0.1 s: NEES sum, count, then e²/σ² per state
        for (Result r : DispersedFlights.fly(s, n, seed, 2)) {
            boolean locked = false;
            for (NavigationSample x : r.navigation()) {
                locked |= x.radarAccepted() > 0;
                if (!locked || !Double.isFinite(x.nees())) {
                    continue;
                }
                double[] b = byTime.computeIfAbsent(Math.round(x.time() * 10), t -> new double[8]);
                b[0] += x.nees();
                b[1]++;
                for (int i = 0; i < 6; i++) {
                    b[2 + i] += x.error()[i] * x.error()[i] / (x.sigma()[i] * x.sigma()[i]);
                }
            }
        }
        int[] counts = new int[3]; // inside, above, below
        double[][] share = new double[3][6];
        String last = "";
        for (Map.Entry<Long, double[]> e : byTime.entrySet()) {
            double[] b = e.getValue();
            if (b[1] < 0.75 * n) { // as the test counts: times most cases share
                continue;
            }
            ChiSquaredDistribution chi = new ChiSquaredDistribution(6 * b[1]);
            double anees = b[0] / b[1];
            int kind = anees > chi.inverseCumulativeProbability(0.975) / b[1] ? 1
                    : anees < chi.inverseCumulativeProbability(0.025) / b[1] ? 2 : 0;
            counts[kind]++;
            for (int i = 0; i < 6; i++) {
                share[kind][i] += b[2 + i] / b[1];
            }
            String name = new String[] {"inside", "above", "below"}[kind];
            if (!name.equals(last)) {
                System.out.printf(Locale.ROOT, "from %.1f s %s (ANEES %.2f)%n", e.getKey() / 10.0, name, anees);
                last = name;
            }
        }
        int times = counts[0] + counts[1] + counts[2];
        System.out.printf(Locale.ROOT, "inside %d of %d (%.1f %%), above %d, below %d%n", counts[0], times,
                100.0 * counts[0] / times, counts[1], counts[2]);
        for (int kind = 1; kind < 3; kind++) {
            StringBuilder line = new StringBuilder(kind == 1 ? "e²/σ² (rN rE rD vN vE vD) when above:" : "when below:");
            for (int i = 0; i < 6; i++) {
                line.append(String.format(Locale.ROOT, " %.2f", counts[kind] == 0 ? 0 : share[kind][i] / counts[kind]));
            }
            System.out.println(line);
        }
    }
}
