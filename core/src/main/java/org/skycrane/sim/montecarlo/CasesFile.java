package org.skycrane.sim.montecarlo;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;
import org.skycrane.InputException;
import org.skycrane.SafeFiles;

/**
 * {@code cases.csv}: a header line and one line per finished case, in the order cases finished.
 * Each row ends with a CRC-32 of the rest of it ({@link CaseResult#toCsv()}), so a torn, truncated
 * or edited row is recognised and never read as a result.
 */
public final class CasesFile {

    /** The file name inside a campaign directory. */
    public static final String NAME = "cases.csv";

    private CasesFile() {
    }

    /** Number of non-empty lines after the header (rows, whole or not). */
    static long dataLines(Path file) throws IOException {
        long[] n = {0};
        forEachLine(file, (number, line) -> {
            if (number > 1) {
                n[0]++;
            }
        });
        return n[0];
    }

    /**
     * Makes {@code file} ready for appending after an interruption and returns the ids of the cases
     * it holds. Rows that cannot be read (a last line without its newline because the process was
     * stopped while writing it, a damaged or edited row, a row of another seed) are added to
     * {@code bad} with their line and removed from the file, so those cases run again.
     *
     * @throws InputException when the file has another header (another version, or not a cases file)
     */
    static BitSet readForResume(Path file, long seed, List<CampaignFolder.BadRow> bad) throws IOException {
        int lines = countLines(file);
        boolean tornTail = cutTornTail(file);
        if (tornTail) {
            bad.add(new CampaignFolder.BadRow(lines, "torn last line (the campaign stopped while writing it)"));
        }
        BitSet done = new BitSet();
        List<String> keep = new ArrayList<>();
        int before = bad.size();
        forEachLine(file, (number, line) -> {
            if (number == 1) {
                if (!line.equals(CaseResult.header())) {
                    throw new InputException(file.toString(), 1, null, "has another header: written by another "
                            + "Skycrane version, or not a cases file; use --overwrite to start again");
                }
                keep.add(line);
                return;
            }
            CaseResult r;
            try {
                r = CaseResult.parse(line);
            } catch (IllegalArgumentException e) {
                bad.add(new CampaignFolder.BadRow(number, e.getMessage()));
                return;
            }
            if (r.seed() != seed) {
                bad.add(new CampaignFolder.BadRow(number, "a row of seed " + r.seed() + ", not " + seed));
                return;
            }
            if (r.caseId() >= 0 && r.caseId() <= Integer.MAX_VALUE) {
                done.set((int) r.caseId());
            }
            keep.add(line);
        });
        if (keep.isEmpty()) {
            keep.add(CaseResult.header());
        }
        if (bad.size() > before) {
            SafeFiles.replace(file, tmp -> {
                try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(SafeFiles.newOutputStream(tmp),
                        StandardCharsets.UTF_8))) {
                    for (String line : keep) {
                        w.write(line);
                        w.write('\n');
                    }
                }
            });
        }
        bad.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return done;
    }

    /** Cuts a last line that lacks its newline; whether there was one. */
    private static boolean cutTornTail(Path file) throws IOException {
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
                return true;
            }
            return false;
        }
    }

    private static int countLines(Path file) throws IOException {
        int[] n = {0};
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            while (in.readLine() != null) {
                n[0]++;
            }
        }
        return n[0];
    }

    /** A line of a file and its 1-based number. */
    @FunctionalInterface
    interface LineAction {
        void accept(int number, String line);
    }

    /** Calls {@code action} for every non-empty line of {@code file}, header included, with its number. */
    static void forEachLine(Path file, LineAction action) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (!line.isEmpty()) {
                    action.accept(number, line);
                }
            }
        }
    }

    /** Calls {@code action} for every line of {@code file}, header included. */
    public static void forEachLine(Path file, Consumer<String> action) throws IOException {
        forEachLine(file, (number, line) -> action.accept(line));
    }

    /**
     * Calls {@code action} for every case row of {@code file}, the first row of each case id only.
     *
     * @throws InputException naming the file and line of a row that cannot be read
     */
    public static void forEachCase(Path file, long cases, Consumer<CaseResult> action) throws IOException {
        BitSet seen = new BitSet();
        forEachLine(file, (number, line) -> {
            if (number == 1) {
                return;
            }
            CaseResult r;
            try {
                r = CaseResult.parse(line);
            } catch (IllegalArgumentException e) {
                throw new InputException(file.toString(), number, null, "damaged row: " + e.getMessage()
                        + "; run the campaign again with --resume to fly that case again");
            }
            if (r.caseId() < 0 || r.caseId() >= cases || seen.get((int) r.caseId())) {
                return;
            }
            seen.set((int) r.caseId());
            action.accept(r);
        });
    }
}
