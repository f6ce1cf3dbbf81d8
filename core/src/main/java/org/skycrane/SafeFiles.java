package org.skycrane;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Result files written whole or not at all. Each file is written under a temporary name in its own
 * folder ({@code .NAME.tmp-PID-N.EXT}, so the extension still says the format) and renamed over the
 * target only when complete, so a failure (a full disk, an unwritable folder, an exception) leaves
 * the previous complete file and never a half-written one beside it. A {@link Batch} renames
 * several files together, the last one named last, so that file can mark a complete set.
 *
 * <p>Every result file is opened through {@link #newOutputStream}; tests replace the opener
 * ({@link #using}) to inject faults such as a disk that fills up. Pitfall: write through this
 * class, never with {@code Files.write*} or {@code java.io.File}, or the injected faults miss it.
 */
public final class SafeFiles {

    /** Opens a file for writing. */
    @FunctionalInterface
    public interface Opener {
        OutputStream open(Path file, OpenOption... options) throws IOException;
    }

    /** Writes a file at the path it is given (a temporary name). */
    @FunctionalInterface
    public interface PathWriter {
        void write(Path file) throws IOException;
    }

    private static final Opener SYSTEM = Files::newOutputStream;
    private static final AtomicLong COUNTER = new AtomicLong();
    private static volatile Opener opener = SYSTEM;

    private SafeFiles() {
    }

    /** Opens {@code file} for writing through the current opener (the file system, or a test's faults). */
    public static OutputStream newOutputStream(Path file, OpenOption... options) throws IOException {
        return opener.open(file, options);
    }

    /** Uses {@code faulty} to open files until the returned handle is closed; for tests. */
    public static AutoCloseable using(Opener faulty) {
        Objects.requireNonNull(faulty, "faulty");
        opener = faulty;
        return () -> opener = SYSTEM;
    }

    /** Writes {@code text} (UTF-8) to {@code file} whole: a temporary name, then a rename. */
    public static void writeString(Path file, String text) throws IOException {
        replace(file, tmp -> {
            try (OutputStream out = newOutputStream(tmp)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    /**
     * Writes {@code file} whole: {@code writer} writes a temporary file in the same folder, which
     * is then renamed over {@code file}; on failure the temporary file is removed and the previous
     * {@code file}, if any, is untouched.
     *
     * @throws IOException naming {@code file}
     */
    public static void replace(Path file, PathWriter writer) throws IOException {
        try (Batch batch = batch()) {
            batch.write(file, writer);
            batch.commit(List.of());
        }
    }

    /** A new batch of files to write and then rename together. */
    public static Batch batch() {
        return new Batch();
    }

    /**
     * One line on what went wrong with a file: the path and the reason in plain words, for example
     * "out/summary.json: No space left on device" or "out: permission denied".
     */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            String reason = f.getReason();
            if (reason == null) {
                reason = e instanceof AccessDeniedException ? "permission denied"
                        : e instanceof NoSuchFileException ? "no such file or folder"
                        : e instanceof NotDirectoryException ? "not a folder"
                        : e instanceof FileAlreadyExistsException ? "already exists (and is not a folder)"
                        : e.getClass().getSimpleName();
            }
            return f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile()) + ": " + reason;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The temporary name {@code file} is written under before its rename. */
    static Path temporary(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? name.substring(dot) : "";
        String tmp = "." + name + ".tmp-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet() + ext;
        return file.resolveSibling(tmp);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Files written under temporary names and renamed together by {@link #commit}: first the stale
     * files are removed, then each file is renamed in the order written, so the last file written
     * is the last to appear. Closing without a commit removes the temporary files.
     */
    public static final class Batch implements AutoCloseable {

        private final Map<Path, Path> pending = new LinkedHashMap<>();
        private boolean committed;

        private Batch() {
        }

        /**
         * Writes {@code file} under a temporary name now (creating missing folders); it appears under
         * its own name at {@link #commit}.
         *
         * @throws IOException naming {@code file}
         */
        public Batch write(Path file, PathWriter writer) throws IOException {
            Path target = file.toAbsolutePath().normalize();
            Path tmp = temporary(target);
            boolean written = false;
            try {
                Files.createDirectories(target.getParent());
                writer.write(tmp);
                written = true;
            } catch (IOException e) {
                throw named(file, tmp, e);
            } finally {
                if (!written) {
                    Files.deleteIfExists(tmp);
                }
            }
            Path previous = pending.put(target, tmp);
            if (previous != null) {
                Files.deleteIfExists(previous);
            }
            return this;
        }

        /** Writes {@code text} (UTF-8) as {@code file}. */
        public Batch writeString(Path file, String text) throws IOException {
            return write(file, tmp -> {
                try (OutputStream out = newOutputStream(tmp)) {
                    out.write(text.getBytes(StandardCharsets.UTF_8));
                }
            });
        }

        /**
         * Removes {@code stale} (files of an earlier result that this one does not replace), then
         * renames every written file over its target.
         */
        public void commit(List<Path> stale) throws IOException {
            for (Path old : stale) {
                Path target = old.toAbsolutePath().normalize();
                if (!pending.containsKey(target)) {
                    try {
                        Files.deleteIfExists(target);
                    } catch (IOException e) {
                        throw named(old, null, e);
                    }
                }
            }
            List<Path> done = new ArrayList<>();
            for (Map.Entry<Path, Path> e : pending.entrySet()) {
                try {
                    move(e.getValue(), e.getKey());
                } catch (IOException ex) {
                    throw named(e.getKey(), e.getValue(), ex);
                }
                done.add(e.getKey());
            }
            done.forEach(pending::remove);
            committed = true;
        }

        /** Removes the temporary files of an uncommitted batch. */
        @Override
        public void close() {
            if (!committed) {
                for (Path tmp : pending.values()) {
                    try {
                        Files.deleteIfExists(tmp);
                    } catch (IOException ignored) {
                        // best effort: a leftover hidden temporary file is harmless
                    }
                }
            }
        }

        /** {@code e} as an exception naming {@code file} (not its temporary name {@code tmp}). */
        private static IOException named(Path file, Path tmp, IOException e) {
            if (e instanceof FileSystemException f && f.getFile() != null
                    && (tmp == null || !Path.of(f.getFile()).toAbsolutePath().equals(tmp))) {
                return e;
            }
            IOException root = e;                        // a library's wrapper ("I/O error writing PNG file!") hides it
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof IOException io) {
                    root = io;
                }
            }
            String reason = root instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                    : root instanceof FileSystemException ? describe(root).replaceFirst("^.*: ", "") : describe(root);
            FileSystemException named = new FileSystemException(file.toString(), null, reason);
            named.initCause(e);
            return named;
        }
    }
}
