package org.skycrane.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.skycrane.InputException;
import org.skycrane.SafeFiles;
import org.skycrane.canopy.CanopyException;
import org.skycrane.io.ScenarioReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Entry point of the {@code skycrane} command. The command line is the only layer that prints or exits.
 *
 * <p>Exit codes, the same for every command: {@code 0} the command did what was asked (for
 * {@code run}, the rover LANDED; for {@code montecarlo}, every case landed); {@code 1} it ran, and the
 * result is not a landing (any other outcome, or a {@code validate} figure out of tolerance); {@code 2}
 * bad input, or an output folder that cannot be used (not writable, full, in use by another campaign);
 * {@code 3} an internal error, a bug (with the stack trace under {@code --debug}); {@code 130}
 * interrupted by Ctrl-C.
 */
@Command(name = "skycrane",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Open Mars entry, descent and landing simulation: from entry interface to flyaway.")
public final class Main {

    /** Commands whose first step is reading a scenario. */
    private static final Set<String> READS_A_SCENARIO = Set.of("run", "montecarlo", "validate");

    /** The subcommands, in the order the help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(RunCommand.class, MontecarloCommand.class,
            ScenarioCommand.class, ValidateCommand.class, VerifyCommand.class, ReplayCommand.class,
            ParachuteCommand.class, MarstimeCommand.class, TerrainCommand.class, FilmCommand.class,
            CommandLine.HelpCommand.class);

    /** Exit code for a run whose outcome is not LANDED (a result, not an error). */
    public static final int EXIT_NOT_LANDED = 1;
    /** Exit code for bad input (a file, a field, a flag) or an unusable output folder. */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code for an internal error. */
    public static final int EXIT_INTERNAL = 3;
    /** Exit code after Ctrl-C (128 + SIGINT), as shells report it. */
    public static final int EXIT_INTERRUPTED = 130;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print stack traces for errors.")
    boolean debug;

    public static void main(String[] args) {
        if (READS_A_SCENARIO.contains(String.valueOf(subcommandWord(args)))) {
            ScenarioReader.prepareInBackground(); // the second core makes the reader's one-time machinery
        }
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
        CommandLine line = commandLine(subcommandWord(args));
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            // bad input as core and the canopy code report it, one line naming file, line and field; or a
            // file that cannot be written
            String problem = ex instanceof InputException || ex instanceof CanopyException ? ex.getMessage()
                    : ex instanceof IOException io ? SafeFiles.describe(io)
                    : ex instanceof UncheckedIOException io ? SafeFiles.describe(io.getCause())
                    : null;
            if (problem != null) {
                err.println("error: " + problem.replace('\n', ' '));
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

    /** The whole command tree; subcommands register in {@link #SUBCOMMANDS}. */
    static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * The command tree for a command line whose first word is {@code word}: when it names a subcommand,
     * the tree holds that one alone, else (no word, {@code help}, a misspelt name) all of them. Picocli
     * builds every command it holds, and building them all (their options, their classes' initialisers)
     * was a fifth of the start-up of {@code skycrane run} (docs/performance.md); what the user sees of one
     * subcommand, its help and its errors included, is the same either way.
     */
    static CommandLine commandLine(String word) {
        boolean one = word != null && !"help".equals(word)
                && SUBCOMMANDS.stream().anyMatch(c -> word.equals(name(c)));
        CommandLine line = new CommandLine(new Main());
        for (Class<?> command : SUBCOMMANDS) {
            if (!one || word.equals(name(command))) {
                line.addSubcommand(command);
            }
        }
        line.setCaseInsensitiveEnumValuesAllowed(true);
        return line;
    }

    /**
     * The word naming the subcommand when it comes first, after {@code --debug} at most; else null (the
     * whole tree: {@code --help run} asks for the top level's help, which lists every command).
     */
    static String subcommandWord(String[] args) {
        int first = args.length > 1 && "--debug".equals(args[0]) ? 1 : 0;
        return args.length > first && !args[first].startsWith("-") ? args[first] : null;
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    /** The project version, from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"skycrane " + org.skycrane.Version.current()};
        }
    }
}
