package org.skycrane.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.skycrane.cli.Main;

/** One flight, flown by the command line's own {@code run} so that its folder is the CLI's. */
final class RunJob implements Jobs.Job {

    private final String id;
    private final Path dir;
    private volatile String state = "RUNNING";
    private volatile String log = "";
    private volatile int exitCode = -1;

    RunJob(String id, Path dir) {
        this.id = id;
        this.dir = dir;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String state() {
        return state;
    }

    Path dir() {
        return dir;
    }

    String log() {
        return log;
    }

    int exitCode() {
        return exitCode;
    }

    /** Flies {@code scenario} (a preset name or a file path) into {@link #dir()}. */
    void fly(String scenario) {
        StringWriter out = new StringWriter();
        try (PrintWriter w = new PrintWriter(out)) {
            exitCode = Main.execute(new String[] {"run", scenario, "--out", dir.toString()}, w, w);
        } catch (RuntimeException e) {
            out.append("internal error: ").append(String.valueOf(e));
            exitCode = Main.EXIT_INTERNAL;
        }
        log = out.toString();
        state = exitCode == 0 || exitCode == Main.EXIT_NOT_LANDED ? "DONE" : "FAILED";
    }
}
