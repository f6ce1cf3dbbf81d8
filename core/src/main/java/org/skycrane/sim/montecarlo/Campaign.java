package org.skycrane.sim.montecarlo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.GuidanceDesign;

/**
 * A Monte Carlo campaign on this machine's cores. Workers take case ids from a shared counter,
 * fly each case ({@link CaseResult#fly}) and append its row to {@code cases.csv} with a flush, so a
 * killed process loses no finished case; the file then holds rows in the order cases finished.
 * With {@code resume}, the cases already in the file are skipped. Statistics are computed
 * afterwards from the file ({@link CampaignStatistics}), in case order, so they do not depend on
 * the thread count or on interruptions.
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
     * @param resume   keep the cases already in {@code dir/cases.csv} and run only the missing ones
     */
    public record Settings(Scenario scenario, long seed, int cases, int threads, Path dir, boolean resume) {
        public Settings {
            if (cases < 1) {
                throw new IllegalArgumentException("cases must be >= 1: " + cases);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1: " + threads);
            }
        }
    }

    /**
     * What a run did.
     *
     * @param alreadyDone cases found in the file at start (resume)
     * @param ran         cases flown now
     */
    public record Run(int alreadyDone, int ran) {
    }

    private Campaign() {
    }

    /** The cases file of a campaign directory. */
    public static Path casesFile(Path dir) {
        return dir.resolve(CasesFile.NAME);
    }

    /** Cases already finished in {@code dir} (after cutting a torn last line); for the progress bar's total. */
    public static BitSet prepare(Settings s) throws IOException {
        Files.createDirectories(s.dir());
        Path file = casesFile(s.dir());
        if (s.resume() && Files.exists(file)) {
            return CasesFile.repairAndRead(file, s.seed(), s.cases());
        }
        Files.writeString(file, CaseResult.header() + "\n", StandardCharsets.UTF_8);
        return new BitSet();
    }

    /**
     * Runs the cases not in {@code done}; calls {@code progress} with each finished case id (from
     * worker threads).
     */
    public static Run run(Settings s, BitSet done, LongConsumer progress) throws IOException {
        Scenario nominal = s.scenario();
        if (nominal.guidance() != null) {
            try {
                GuidanceDesign.of(nominal);                   // designed once, before the workers start
            } catch (RuntimeException e) {
                // every case records the failure itself
            }
        }
        Path file = casesFile(s.dir());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
            Runnable worker = () -> {
                while (failure.get() == null && !Thread.currentThread().isInterrupted()) {
                    int k = next.getAndIncrement();
                    if (k >= s.cases()) {
                        return;
                    }
                    if (done.get(k)) {
                        continue;
                    }
                    String row = CaseResult.fly(nominal, s.seed(), k).toCsv() + "\n";
                    synchronized (out) {
                        try {
                            out.write(row);
                            out.flush();
                        } catch (IOException e) {
                            failure.compareAndSet(null, e);
                            return;
                        }
                    }
                    ran.incrementAndGet();
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
                threads.forEach(Thread::interrupt);
                Thread.currentThread().interrupt();
                throw new IOException("campaign interrupted; run again with --resume to finish it", e);
            }
        }
        if (failure.get() != null) {
            throw new UncheckedIOException("cannot write " + file, (IOException) failure.get());
        }
        return new Run(done.cardinality(), ran.get());
    }
}
