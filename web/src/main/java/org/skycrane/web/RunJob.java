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

    /**
     * Flies {@code scenario} (a preset name or a file path) into {@link #dir()}: the nominal flight, or with
     * {@code seedAndCase} = {seed, case} that case of that Monte Carlo campaign, as {@code skycrane run
     * SCENARIO --seed S --case K} reproduces it.
     */
    void fly(String scenario, long... seedAndCase) {
        StringWriter out = new StringWriter();
        try (PrintWriter w = new PrintWriter(out)) {
            String[] args = seedAndCase.length == 2
                    ? new String[] {"run", scenario, "--out", dir.toString(), "--seed", Long.toString(seedAndCase[0]),
                        "--case", Long.toString(seedAndCase[1])}
                    : new String[] {"run", scenario, "--out", dir.toString()};
            exitCode = Main.execute(args, w, w);
        } catch (RuntimeException e) {
            out.append("internal error: ").append(String.valueOf(e));
            exitCode = Main.EXIT_INTERNAL;
        }
        log = out.toString();
        state = exitCode == 0 || exitCode == Main.EXIT_NOT_LANDED ? "DONE" : "FAILED";
    }
}
