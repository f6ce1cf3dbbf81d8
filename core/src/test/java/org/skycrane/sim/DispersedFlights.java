package org.skycrane.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.montecarlo.Case;

/** The diagnostic drivers' flights: cases 0 to n − 1 of a campaign seed, in order, with the navigation record. */
final class DispersedFlights {

    private DispersedFlights() {
    }

    /** Flies the cases on {@code threads} threads; the results in case order. */
    static List<Result> fly(Scenario s, int n, long seed, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                Case c = Case.of(s, seed, k);
                futures.add(pool.submit(() -> new Simulation(s, c.truth(), FlightOptions.asWritten(false)).run()));
            }
            List<Result> results = new ArrayList<>();
            for (Future<Result> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
