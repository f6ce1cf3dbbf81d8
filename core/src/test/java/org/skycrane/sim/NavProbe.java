package org.skycrane.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.skycrane.flight.EdlEvent;
import org.skycrane.io.ScenarioReader;
import org.skycrane.scenario.Scenario;

/** Diagnostic driver: per-phase, per-state normalised errors over dispersed cases. */
public final class NavProbe {

    static final String[] PHASES = {"entry", "chute-prelock", "chute-lock", "powered", "skycrane"};

    public static void main(String[] args) throws Exception {
        String preset = args.length > 0 ? args[0] : "mars2020";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 7;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        Scenario s = ScenarioReader.read(preset);
        List<Result> flights = DispersedFlights.fly(s, n, seed, threads);
        double[][] sum = new double[PHASES.length][12];
        int landed = 0;
        TreeMap<Long, double[]> byTime = new TreeMap<>();
        List<Double> height = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Result r = flights.get(k);
            if (r.outcome() == Outcome.LANDED) {
                landed++;
            }
            double lock = time(r, EdlEvent.RADAR_LOCK);
            double bs = time(r, EdlEvent.BACKSHELL_SEPARATION);
            double sc = time(r, EdlEvent.SKY_CRANE_START);
            double hs = time(r, EdlEvent.HEAT_SHIELD_SEPARATION);
            double pd = time(r, EdlEvent.PARACHUTE_DEPLOY);
            boolean locked = false;
            double maxNees = 0;
            for (NavigationSample x : r.navigation()) {
                locked |= x.radarAccepted() > 0;
                double t = x.time();
                int ph = t < pd ? 0 : t < lock ? 1 : t < bs ? 2 : t < sc ? 3 : 4;
                double[] a = sum[ph];
                for (int i = 0; i < 6; i++) {
                    a[i] += x.error()[i] * x.error()[i] / (x.sigma()[i] * x.sigma()[i]);
                }
                if (Double.isFinite(x.nees())) {
                    a[6] += x.nees();
                }
                a[7] += x.attitudeNees();
                a[8] += x.attitudeError() * x.attitudeError();
                a[9] += x.sigma()[5];
                a[10] += Math.abs(x.error()[5]);
                a[11]++;
                if (locked && Double.isFinite(x.nees())) {
                    double[] b = byTime.computeIfAbsent(Math.round(x.time() * 10), tt -> new double[2]);
                    b[0] += x.nees();
                    b[1]++;
                    maxNees = Math.max(maxNees, x.nees());
                }
            }
            if (!Double.isNaN(bs)) {
                height.add(Math.abs(NavigationSample.at(r.navigation(), bs).heightError()));
            }
            System.out.printf(Locale.ROOT, "case %d %s maxNEES %.1f notices: %s%n", k, r.outcome(), maxNees,
                    r.timeline().records().stream().filter(e -> e.event() == EdlEvent.FAULT_DETECTED)
                            .map(e -> e.time() + " " + e.trigger()).toList());
        }
        System.out.printf(Locale.ROOT, "%-14s %7s %7s %7s %7s %7s %7s %7s %7s %8s %9s %9s%n", "phase", "rN", "rE", "rD",
                "vN", "vE", "vD", "NEES6", "attN3", "att_mrad", "sig_vD", "|e_vD|");
        for (int p = 0; p < PHASES.length; p++) {
            double[] a = sum[p];
            double c = a[11];
            System.out.printf(Locale.ROOT, "%-14s %7.2f %7.2f %7.2f %7.2f %7.2f %7.2f %7.2f %7.2f %8.3f %9.4f %9.4f%n",
                    PHASES[p], a[0] / c, a[1] / c, a[2] / c, a[3] / c, a[4] / c, a[5] / c, a[6] / c, a[7] / c,
                    1e3 * Math.sqrt(a[8] / c), a[9] / c, a[10] / c);
        }
        int[] counted = NavigationInTheLoopTest.aneesInside(byTime, n);
        int inside = counted[0];
        int times = counted[1];
        height.sort(null);
        System.out.printf(Locale.ROOT, "landed %d/%d, ANEES inside at %d of %d times (%.1f %%), p99 height at BS %.2f m%n",
                landed, n, inside, times, 100.0 * inside / times,
                height.get((int) Math.ceil(0.99 * (height.size() - 1))));
    }

    private static double time(Result r, EdlEvent e) {
        return r.timeline().first(e).map(EventRecord::time).orElse(Double.NaN);
    }
}
