package org.skycrane.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.skycrane.io.ScenarioReader;
import org.skycrane.sim.Sequence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code skycrane scenario}: built-in scenarios. */
@Command(name = "scenario", mixinStandardHelpOptions = true, description = "Built-in scenarios.",
        subcommands = {ScenarioCommand.Show.class, ScenarioCommand.ListPresets.class, ScenarioCommand.SequenceTable.class})
final class ScenarioCommand {

    /** {@code skycrane scenario show NAME|FILE}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"Print a built-in scenario's YAML, to copy and edit (or start a file with 'base: NAME').",
                "Given a file, print the scenario it flies: its base preset with its overrides merged in."})
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME|FILE", description = "mars2020, msl, or a YAML scenario file")
        String name;

        @Override
        public Integer call() {
            spec.commandLine().getOut().print(ScenarioReader.mergedYaml(name));
            return 0;
        }
    }

    /** {@code skycrane scenario sequence SCENARIO}: the EDL sequence as one table. */
    @Command(name = "sequence", mixinStandardHelpOptions = true,
            description = "Print a scenario's EDL sequence as one table: each row's phase, event, trigger, basis "
                    + "(navigated: a flight-software decision on what it believes; truth: a physical event), effect "
                    + "on the vehicle and next phase.")
    static final class SequenceTable implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SCENARIO",
                description = "Built-in scenario (mars2020, msl) or path to a YAML scenario file.")
        String scenario;

        @Override
        public Integer call() {
            var s = ScenarioReader.read(scenario);
            PrintWriter out = spec.commandLine().getOut();
            out.println(s.name() + ": EDL sequence");
            out.println();
            out.print(Sequence.of(s).table());
            return 0;
        }
    }

    /** {@code skycrane scenario list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the built-in scenarios.")
    static final class ListPresets implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ScenarioReader.PRESETS.forEach(spec.commandLine().getOut()::println);
            return 0;
        }
    }
}
