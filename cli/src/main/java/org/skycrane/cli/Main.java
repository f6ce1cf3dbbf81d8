package org.skycrane.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import org.skycrane.InputException;
import org.skycrane.canopy.CanopyException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Entry point of the {@code skycrane} command. The command line is the only layer that prints or exits. */
@Command(name = "skycrane",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Open Mars entry, descent and landing simulation: from entry interface to flyaway.",
        subcommands = {RunCommand.class, MontecarloCommand.class, ScenarioCommand.class, ValidateCommand.class,
            ReplayCommand.class, ParachuteCommand.class, MarstimeCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    /** Exit code for bad input (a file, a field, a flag). */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code for an internal error. */
    public static final int EXIT_INTERNAL = 3;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print stack traces for errors.")
    boolean debug;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = execute(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command line without exiting the JVM; returns the exit code. Tests call this. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine line = commandLine();
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            // bad input as core and the canopy code report it: one line naming file, line and field
            if (ex instanceof InputException || ex instanceof CanopyException) {
                err.println("error: " + ex.getMessage());
                if (debug) {
                    ex.printStackTrace(err);
                }
                return EXIT_BAD_INPUT;
            }
            err.println("internal error: " + ex);
            if (debug) {
                ex.printStackTrace(err);
            } else {
                err.println("(run again with --debug for the stack trace)");
            }
            return EXIT_INTERNAL;
        });
        line.setParameterExceptionHandler((ex, params) -> {
            err.println("error: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("(see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return EXIT_BAD_INPUT;
        });
        return line.execute(args);
    }

    /** The command tree; subcommands register here. */
    static CommandLine commandLine() {
        CommandLine line = new CommandLine(new Main());
        line.setCaseInsensitiveEnumValuesAllowed(true);
        return line;
    }

    /** Version from the jar manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"skycrane " + (version == null ? "development" : version)};
        }
    }
}
