package org.skycrane.sim.montecarlo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.skycrane.InputException;
import org.skycrane.SafeFiles;

/**
 * A campaign's folder, which owns its cases. It records what it holds in {@code campaign.json}
 * ({@link CampaignManifest}: the scenario's fingerprint, seed, case count, engine, Skycrane version)
 * and admits one writer at a time ({@link CampaignLock}). Opening it decides what happens to cases
 * already there:
 * <ul>
 *   <li>{@link Start#NEW} refuses a folder that holds cases (they would be lost);</li>
 *   <li>{@link Start#RESUME} keeps them, but only if the folder holds the same scenario and seed
 *       (and was written by the same Skycrane version), else it refuses and says what differs;</li>
 *   <li>{@link Start#OVERWRITE} removes the campaign's files and starts again.</li>
 * </ul>
 * On resume, rows that cannot be read (a torn last line, a damaged or edited row) are reported with
 * their line ({@link #badRows()}), removed from the file, and their cases run again.
 *
 * <p>Pitfall: everything a campaign writes into the folder must happen while it is open, which is
 * while the lock is held.
 */
public final class CampaignFolder implements AutoCloseable {

    /** How a campaign treats the cases already in its folder. */
    public enum Start { NEW, RESUME, OVERWRITE }

    /**
     * A row of {@code cases.csv} that could not be read.
     *
     * @param line    1-based line number in the file
     * @param problem what is wrong with it
     */
    public record BadRow(int line, String problem) {
    }

    /** Files of a campaign other than plots, removed by {@link Start#OVERWRITE}. */
    public static final List<String> FILES = List.of(CasesFile.NAME, CampaignStatistics.SUMMARY, RunRecord.NAME,
            CampaignManifest.NAME);

    private final Path dir;
    private final CampaignLock lock;
    private final BitSet done;
    private final List<BadRow> badRows;
    private final CampaignManifest previous;

    private CampaignFolder(Path dir, CampaignLock lock, BitSet done, List<BadRow> badRows,
                           CampaignManifest previous) {
        this.dir = dir;
        this.lock = lock;
        this.done = done;
        this.badRows = badRows;
        this.previous = previous;
    }

    /**
     * Opens (creating if needed) and locks {@code dir} for the campaign {@code wanted}.
     *
     * @throws InputException when the folder is in use, holds cases that {@code start} would lose,
     *                        or holds another campaign than {@code wanted} on resume
     * @throws IOException    when the folder cannot be created, read or written (naming the path)
     */
    public static CampaignFolder open(Path dir, CampaignManifest wanted, Start start) throws IOException {
        Files.createDirectories(dir);
        CampaignLock lock = CampaignLock.acquire(dir);
        try {
            Path cases = dir.resolve(CasesFile.NAME);
            Path manifestFile = dir.resolve(CampaignManifest.NAME);
            CampaignManifest existing = Files.exists(manifestFile) ? CampaignManifest.read(manifestFile) : null;
            long held = Files.exists(cases) ? CasesFile.dataLines(cases) : 0;
            BitSet done = new BitSet();
            List<BadRow> bad = new ArrayList<>();
            if (start == Start.OVERWRITE) {
                for (String f : FILES) {
                    Files.deleteIfExists(dir.resolve(f));
                }
                held = 0;
                existing = null;
            }
            if (held > 0 && start == Start.NEW) {
                throw new InputException(dir.toString(), 0, null, "holds " + held + " cases"
                        + (existing == null ? "" : " of " + existing.describe())
                        + "; add --resume to continue that campaign or --overwrite to replace it");
            }
            if (held > 0) {
                if (existing == null) {
                    throw new InputException(manifestFile.toString(), 0, null, "missing, so the " + held
                            + " cases in " + CasesFile.NAME + " cannot be matched to this campaign (written by an "
                            + "older Skycrane?); use --overwrite to start again");
                }
                List<String> differences = existing.differencesForResume(wanted);
                if (!differences.isEmpty()) {
                    throw new InputException(dir.toString(), 0, "--resume", "holds " + existing.describe()
                            + ", not " + wanted.describe() + ": " + String.join("; ", differences)
                            + "; resume with the same scenario and seed, or use another --out or --overwrite");
                }
                done = CasesFile.readForResume(cases, wanted.seed(), bad);
            }
            if (!Files.exists(cases) || held == 0) {
                SafeFiles.writeString(cases, CaseResult.header() + "\n");
            }
            CampaignManifest recorded = existing == null ? wanted : existing.resumedAs(wanted);
            SafeFiles.writeString(manifestFile, recorded.toJson());
            return new CampaignFolder(dir, lock, done, List.copyOf(bad), existing);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The folder. */
    public Path dir() {
        return dir;
    }

    /** The cases file. */
    public Path casesFile() {
        return dir.resolve(CasesFile.NAME);
    }

    /** Ids of the cases already in the file (on resume); empty for a new campaign. */
    public BitSet done() {
        return (BitSet) done.clone();
    }

    /** Rows found damaged on resume (removed from the file; their cases run again). */
    public List<BadRow> badRows() {
        return badRows;
    }

    /** The manifest found in the folder before this campaign opened it, if any. */
    public Optional<CampaignManifest> previous() {
        return Optional.ofNullable(previous);
    }

    /** Who held the folder's lock before, when it was taken over from a process that died holding it. */
    public Optional<String> staleLockTakenOver() {
        return lock.takenOver();
    }

    /** Opens the cases file for appending rows. */
    OutputStream appendCases() throws IOException {
        return SafeFiles.newOutputStream(casesFile(), StandardOpenOption.APPEND);
    }

    /** Releases the lock (idempotent; safe from a shutdown hook). */
    @Override
    public void close() {
        try {
            lock.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
