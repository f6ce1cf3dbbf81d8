package org.skycrane.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command line builds only the subcommand it is asked for (start-up), and what the user sees is
 * the same as from the whole tree: the top-level help lists every command, a subcommand's help and
 * its errors are unchanged, a misspelt name still gets its suggestion.
 */
class CommandTreeTest {

    private static String usage(CommandLine line) {
        StringWriter text = new StringWriter();
        line.usage(new PrintWriter(text), CommandLine.Help.Ansi.OFF);
        return text.toString();
    }

    @Test
    void theTopLevelHelpListsEveryCommand() {
        CliHarness r = CliHarness.run("--help");
        assertThat(r.exitCode()).isZero();
        for (String name : new String[] {"run", "montecarlo", "scenario", "validate", "verify", "replay", "parachute",
            "marstime", "terrain", "film", "help"}) {
            assertThat(r.out()).containsPattern("(?m)^\\s+" + name + "\\s");
        }
    }

    @Test
    void oneSubcommandsTreeShowsWhatTheWholeTreeShows() {
        for (String name : new String[] {"run", "montecarlo", "parachute", "verify"}) {
            CommandLine whole = Main.commandLine().getSubcommands().get(name);
            CommandLine alone = Main.commandLine(name).getSubcommands().get(name);
            assertThat(Main.commandLine(name).getSubcommands()).containsOnlyKeys(name);
            assertThat(usage(alone)).isEqualTo(usage(whole));
        }
        assertThat(Main.commandLine("help").getSubcommands()).hasSize(Main.commandLine().getSubcommands().size());
    }

    @Test
    void theTopLevelHelpBeforeAWordStillListsEveryCommand() {
        assertThat(Main.subcommandWord(new String[] {"--help", "run"})).isNull();
        assertThat(Main.subcommandWord(new String[] {"--debug", "run", "mars2020"})).isEqualTo("run");
        assertThat(Main.subcommandWord(new String[] {"run", "--help"})).isEqualTo("run");
        CliHarness r = CliHarness.run("--help", "run");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("(?m)^\\s+montecarlo\\s").containsPattern("(?m)^\\s+film\\s");
    }

    @Test
    void aMisspeltCommandIsStillSuggested() {
        CliHarness r = CliHarness.run("runn", "mars2020");
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("'runn'").contains("Did you mean: skycrane run?");
    }
}
