package org.skycrane.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ParachuteCommandTest {

    @Test
    void withoutASubcommandItAsksForOneAndExitsWithTwo() {
        var run = CliHarness.run("parachute");
        assertEquals(Main.EXIT_BAD_INPUT, run.exitCode(), "exit code");
        assertThat(run.err()).contains("Missing required subcommand").contains("skycrane parachute --help");
    }

    @Test
    void helpListsEncodeAndDecode() {
        var run = CliHarness.run("parachute", "--help");
        assertEquals(0, run.exitCode(), "exit code");
        assertThat(run.out()).contains("encode").contains("decode");
    }
}
