package org.skycrane.web;

import java.nio.file.Path;

/** The server's working directory: every path a request names is resolved inside it, or refused. */
record WorkingDir(Path root) {

    WorkingDir {
        root = root.toAbsolutePath().normalize();
    }

    /** {@code relative} inside the root; a {@link Refused} (403) when it leaves the root or is absolute. */
    Path resolve(String relative) {
        if (relative == null || relative.isBlank() || relative.indexOf('\0') >= 0) {
            throw new Refused(400, "path", "missing or empty path");
        }
        Path p = Path.of(relative);
        if (p.isAbsolute()) {
            throw new Refused(403, "path", "absolute paths are refused: " + relative);
        }
        Path resolved = root.resolve(p).normalize();
        if (!resolved.startsWith(root)) {
            throw new Refused(403, "path", "outside the working directory: " + relative);
        }
        return resolved;
    }

    /** A request the server refuses, with its HTTP status and the field or parameter at fault. */
    static final class Refused extends RuntimeException {
        final int status;
        final String field;

        Refused(int status, String field, String problem) {
            super(problem);
            this.status = status;
            this.field = field;
        }
    }
}
