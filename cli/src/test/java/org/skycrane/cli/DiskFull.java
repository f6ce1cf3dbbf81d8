package org.skycrane.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import org.skycrane.SafeFiles;

/**
 * A disk that fills up: files open as usual, but once {@code budget} bytes have been written in
 * all, a write stores what still fits and fails as a full disk does (ENOSPC, "No space left on
 * device", naming the file).
 */
final class DiskFull implements SafeFiles.Opener {

    private long left;

    DiskFull(long budget) {
        this.left = budget;
    }

    /** Uses this disk for every result file until closed. */
    AutoCloseable install() {
        return SafeFiles.using(this);
    }

    @Override
    public OutputStream open(Path file, OpenOption... options) throws IOException {
        return new FilterOutputStream(Files.newOutputStream(file, options)) {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                int fits;
                synchronized (DiskFull.this) {
                    fits = (int) Math.min(len, left);
                    left -= fits;
                }
                out.write(b, off, fits);
                if (fits < len) {
                    out.flush();
                    throw new FileSystemException(file.toString(), null, "No space left on device");
                }
            }
        };
    }
}
