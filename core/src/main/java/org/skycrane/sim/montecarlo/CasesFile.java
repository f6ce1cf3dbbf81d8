package org.skycrane.sim.montecarlo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.function.Consumer;

/** {@code cases.csv}: a header line and one line per finished case, in the order cases finished. */
public final class CasesFile {

    /** The file name inside a campaign directory. */
    public static final String NAME = "cases.csv";

    private CasesFile() {
    }

    /**
     * Makes {@code file} ready for appending after an interruption and returns the ids of the cases
     * it holds. A last line without its newline (the process was killed while writing it) is cut off,
     * so that case runs again.
     *
     * @throws IllegalStateException when the file has another header or holds rows of another seed
     */
    public static BitSet repairAndRead(Path file, long seed, long cases) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long length = raf.length();
            long end = length;
            while (end > 0) {
                raf.seek(end - 1);
                if (raf.read() == '\n') {
                    break;
                }
                end--;
            }
            if (end != length) {
                raf.setLength(end);
            }
        }
        BitSet done = new BitSet();
        boolean[] first = {true};
        forEachLine(file, line -> {
            if (first[0]) {
                first[0] = false;
                if (!line.equals(CaseResult.header())) {
                    throw new IllegalStateException(file + " has another header; it was written by another version "
                            + "or is not a cases file");
                }
                return;
            }
            CaseResult r = CaseResult.parse(line);
            if (r.seed() != seed) {
                throw new IllegalStateException(file + " holds cases of seed " + r.seed() + ", not " + seed);
            }
            if (r.caseId() >= 0 && r.caseId() < cases) {
                done.set((int) r.caseId());
            }
        });
        if (first[0]) {
            Files.writeString(file, CaseResult.header() + "\n", StandardCharsets.UTF_8);
        }
        return done;
    }

    /** Calls {@code action} for every line of {@code file}, header included. */
    public static void forEachLine(Path file, Consumer<String> action) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isEmpty()) {
                    action.accept(line);
                }
            }
        }
    }

    /** Calls {@code action} for every case row of {@code file}, the first row of each case id only. */
    public static void forEachCase(Path file, long cases, Consumer<CaseResult> action) throws IOException {
        BitSet seen = new BitSet();
        boolean[] first = {true};
        forEachLine(file, line -> {
            if (first[0]) {
                first[0] = false;
                return;
            }
            CaseResult r = CaseResult.parse(line);
            if (r.caseId() < 0 || r.caseId() >= cases || seen.get((int) r.caseId())) {
                return;
            }
            seen.set((int) r.caseId());
            action.accept(r);
        });
    }
}
