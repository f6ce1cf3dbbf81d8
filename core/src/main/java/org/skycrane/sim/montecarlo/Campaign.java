package org.skycrane.sim.montecarlo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.skycrane.SafeFiles;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.GuidanceDesign;

/**
 * A Monte Carlo campaign on this machine's cores. Workers take case ids from a shared counter,
 * fly each case ({@link CaseResult#fly}) and append its row to {@code cases.csv} with a flush, so a
 * killed process loses no finished case; the file then holds rows in the order cases finished.
 * The cases already in the folder ({@link CampaignFolder#done()}, on resume) are skipped.
 * Statistics are computed afterwards from the file ({@link CampaignStatistics}), in case order, so
 * they do not depend on the thread count or on interruptions.
 */
public final class Campaign {

    /** Campaign seed when none is given. */
    public static final long DEFAULT_SEED = 1L;

    /**
     * What to run.
     *
     * @param scenario the nominal scenario, with its dispersions
     * @param seed     campaign seed
     * @param cases    number of cases (ids 0 to cases − 1)
     * @param threads  worker threads (≥ 1)
     * @param dir      output directory
     * @param start    what to do with cases already in {@code dir}
     */
    public record Settings(Scenario scenario, long seed, int cases, int threads, Path dir,
                           CampaignFolder.Start start) {
        public Settings {
            if (cases < 1) {
                throw new IllegalArgumentException("cases must be >= 1: " + cases);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1: " + threads);
            }
        }

        /** The manifest of this campaign on {@code engine}. */
        public CampaignManifest manifest(String engine) {
            return CampaignManifest.of(scenario, seed, cases, engine);
        }
    }

    /**
     * What a run did.
     *
     * @param alreadyDone cases found in the folder at start (resume)
     * @param ran         cases flown now
     * @param stopped     whether {@code stop} ended it before every case was flown
     * @param warmRate    cases per second after the first {@value #WARM_UP} cases of this run finished (the
     *                    JIT's warm-up), to the end; NaN when the run flew fewer than twice that many
     */
    public record Run(int alreadyDone, int ran, boolean stopped, double warmRate) {
    }

    /**
     * Cases a run flies before it counts its warm throughput: the first cases run at under half speed
     * while the JIT compiles the flight (the same count as the Monte Carlo benchmark's warm-up).
     */
    public static final int WARM_UP = 50;

    private Campaign() {
    }

    /** The cases file of a campaign directory. */
    public static Path casesFile(Path dir) {
        return dir.resolve(CasesFile.NAME);
    }

    /** Opens and locks the campaign's folder (see {@link CampaignFolder#open}); close it when done. */
    public static CampaignFolder open(Settings s, String engine) throws IOException {
        return CampaignFolder.open(s.dir(), s.manifest(engine), s.start());
    }

    /**
     * Runs the cases not yet in {@code folder}; calls {@code progress} with each finished case id
     * (from worker threads). Setting {@code stop} makes the workers finish the rows they are writing
     * and return; the cases not yet flown are left for a resume.
     *
     * @throws IOException naming the cases file when a row cannot be written (the rows before it stay whole)
     */
    public static Run run(Settings s, CampaignFolder folder, AtomicBoolean stop, LongConsumer progress)
            throws IOException {
        Scenario nominal = s.scenario();
        BitSet done = folder.done();
        if (nominal.guidance() != null) {
            try {
                GuidanceDesign.of(nominal);                   // designed once, before the workers start
            } catch (RuntimeException e) {
                // every case records the failure itself
            }
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        long[] warm = {0};
        AtomicReference<IOException> failure = new AtomicReference<>();
        try (Writer out = new BufferedWriter(new OutputStreamWriter(folder.appendCases(), StandardCharsets.UTF_8))) {
            Runnable worker = () -> {
                while (failure.get() == null && !stop.get()) {
                    int k = next.getAndIncrement();
                    if (k >= s.cases()) {
                        return;
                    }
                    if (done.get(k)) {
                        continue;
                    }
                    String row = CaseResult.fly(nominal, s.seed(), k).toCsv() + "\n";
                    synchronized (out) {
                        if (failure.get() != null) {
                            return;
                        }
                        try {
                            out.write(row);
                            out.flush();
                        } catch (IOException e) {
                            failure.compareAndSet(null, e);
                            return;
                        }
                    }
                    if (ran.incrementAndGet() == WARM_UP) {
                        warm[0] = System.nanoTime();      // written once, read after the join
                    }
                    progress.accept(k);
                }
            };
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < s.threads(); i++) {
                Thread t = new Thread(worker, "skycrane-case-" + i);
                t.setDaemon(true);
                threads.add(t);
                t.start();
            }
            try {
                for (Thread t : threads) {
                    t.join();
                }
            } catch (InterruptedException e) {
                stop.set(true);
                Thread.currentThread().interrupt();
                for (Thread t : threads) {
                    t.join(10_000);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            failure.compareAndSet(null, e);
        }
        if (failure.get() != null) {
            IOException e = failure.get();
            throw e instanceof FileSystemException ? e
                    : (IOException) new FileSystemException(folder.casesFile().toString(), null,
                            SafeFiles.describe(e)).initCause(e);
        }
        long end = System.nanoTime();
        double warmRate = ran.get() >= 2 * WARM_UP ? (ran.get() - WARM_UP) / ((end - warm[0]) / 1e9) : Double.NaN;
        return new Run(done.cardinality(), ran.get(), stop.get() && done.cardinality() + ran.get() < s.cases(),
                warmRate);
    }
}
