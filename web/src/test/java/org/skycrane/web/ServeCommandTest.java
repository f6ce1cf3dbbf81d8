package org.skycrane.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Bad arguments of {@code skycrane serve} end with exit code 2 before any server starts. */
class ServeCommandTest {

    private static int serve(String... args) {
        return new CommandLine(new ServeCommand()).execute(args);
    }

    @Test
    void aMissingWorkingDirectoryIsRefused() {
        assertEquals(2, serve("--dir", "/nonexistent/skycrane-serve-test"));
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        assertEquals(2, serve("--port", "70000"));
    }

    @Test
    void limitsBelowOneAreRefused() {
        assertEquals(2, serve("--max-runs", "0"));
    }
}
