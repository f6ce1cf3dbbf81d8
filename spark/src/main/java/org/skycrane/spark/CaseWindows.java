package org.skycrane.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.skycrane.io.ScenarioReader;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.montecarlo.CaseResult;

/**
 * Flies a campaign's missing cases on Spark in windows, and hands their rows back in case order,
 * with memory that does not grow with the number of cases.
 *
 * <p>The cases are cut into slices of at most {@link #MAX_CASES_PER_SLICE} cases, and the slices
 * into windows of two slices per default-parallelism slot; each window is one Spark job. Two
 * windows are in flight at a time, so while the driver writes one window's rows the cluster
 * already flies the next, and no core waits at a window's end for the slowest slice. The driver
 * holds at most two windows of rows (a few hundred rows on two cores, about 2 × 2 × slots × 50 on a
 * cluster), the executors one slice each, whatever the campaign's size. (Spark's own
 * {@code toLocalIterator} runs one partition at a time, that is on one core; {@code collect}
 * holds every row on the driver.)
 */
final class CaseWindows implements Iterator<String> {

    /** Most cases in one Spark task: small enough that the slowest task barely delays its window. */
    static final int MAX_CASES_PER_SLICE = 50;

    private static final Map<String, Scenario> PARSED = new ConcurrentHashMap<>();

    private final JavaSparkContext sc;
    private final Flight flight;
    private final BitSet done;
    private final int cases;
    private final int casesPerSlice;
    private final int slicesPerWindow;
    private final Deque<JavaFutureAction<List<String>>> inFlight = new ArrayDeque<>();
    private int next;
    private Iterator<String> current = List.<String>of().iterator();

    /**
     * @param done   cases already in the campaign folder (not flown again)
     * @param slices the number of slices to cut the missing cases into; 0 for the default (at
     *               least four per slot, at most {@link #MAX_CASES_PER_SLICE} cases each)
     */
    CaseWindows(JavaSparkContext sc, String scenarioText, String source, long seed, int cases, BitSet done,
                int slices) {
        this.sc = sc;
        this.flight = new Flight(scenarioText, source, seed);
        this.done = done;
        this.cases = cases;
        int missing = cases - done.cardinality();
        int slots = Math.max(1, sc.defaultParallelism());
        int count = slices > 0 ? slices
                : Math.max(4 * slots, (missing + MAX_CASES_PER_SLICE - 1) / MAX_CASES_PER_SLICE);
        this.casesPerSlice = Math.max(1, (missing + count - 1) / count);
        this.slicesPerWindow = 2 * slots;
        this.next = done.nextClearBit(0);
        submit();
        submit();
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            JavaFutureAction<List<String>> window = inFlight.poll();
            if (window == null) {
                return false;
            }
            current = await(window).iterator();
            submit();
        }
        return true;
    }

    @Override
    public String next() {
        if (!hasNext()) {
            throw new java.util.NoSuchElementException();
        }
        return current.next();
    }

    /** Submits the next window's job, if cases remain. */
    private void submit() {
        List<Integer> ids = new ArrayList<>();
        int limit = casesPerSlice * slicesPerWindow;
        while (next < cases && ids.size() < limit) {
            ids.add(next);
            next = done.nextClearBit(next + 1);
        }
        if (ids.isEmpty()) {
            return;
        }
        int slices = (ids.size() + casesPerSlice - 1) / casesPerSlice;
        inFlight.add(sc.parallelize(ids, slices).mapPartitions(flight::fly).collectAsync());
    }

    /** The window's rows; on a failure, the window behind it is cancelled before the failure is thrown. */
    private List<String> await(JavaFutureAction<List<String>> window) {
        boolean done = false;
        try {
            List<String> rows = window.get();
            done = true;
            return rows;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while waiting for Spark", e));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("a Spark job failed", e.getCause());
        } finally {
            if (!done) {
                inFlight.forEach(f -> f.cancel(true));
                inFlight.clear();
            }
        }
    }

    /** What an executor needs to fly a slice: the scenario's text and the campaign's seed. */
    private record Flight(String scenarioText, String source, long seed) implements Serializable {

        /** The slice's rows, flown one after another as Spark pulls them. */
        Iterator<String> fly(Iterator<Integer> ids) {
            Scenario s = PARSED.computeIfAbsent(scenarioText, t -> ScenarioReader.parse(t, source));
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return ids.hasNext();
                }

                @Override
                public String next() {
                    return CaseResult.fly(s, seed, ids.next()).toCsv();
                }
            };
        }
    }
}
