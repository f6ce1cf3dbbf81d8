package org.skycrane.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.skycrane.InputException;
import org.skycrane.io.SummaryWriter;
import org.skycrane.io.TrajectoryWriter;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.Outcome;
import org.skycrane.sim.Result;
import org.skycrane.sim.Simulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code skycrane run}: flies one scenario and writes its summary and trajectory. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Fly one scenario from entry interface to the descent stage's impact; print the event "
                + "timeline and write summary.json and trajectory.csv.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO",
            description = "Built-in scenario (mars2020, msl) or path to a YAML scenario file.")
    String scenario;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output directory (default ./skycrane-out/<scenario>).")
    Path out;

    @Option(names = "--plot", paramLabel = "DIR",
            description = "Directory for the PNG plots (default: the output directory).")
    Path plot;

    @Option(names = "--no-plots", description = "Do not write plots.")
    boolean noPlots;

    @Option(names = "--seed", paramLabel = "N",
            description = "Campaign seed, recorded in summary.json. Used with --case; the nominal run (no --case) "
                    + "draws no random numbers.")
    Long seed;

    @Option(names = "--case", paramLabel = "K",
            description = "Fly dispersed case K of the Monte Carlo campaign with --seed (default 1) instead of the "
                    + "nominal; reproduces that row of the campaign's cases.csv.")
    Long caseId;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        Scenario s = Scenarios.read(scenario);
        Result result = caseId != null ? flyCase(s) : Simulation.run(s, true);
        stdout.print(TimelineTable.render(result));
        stdout.flush();
        Path dir = out != null ? out : Path.of("skycrane-out", s.name());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InputException(dir.toString(), 0, "--out", "cannot create the output directory: " + e.getMessage());
        }
        SummaryWriter.write(EarthViews.summary(s, result, seed), dir.resolve("summary.json"));
        TrajectoryWriter.write(result.trajectory(), dir.resolve("trajectory.csv"));
        stdout.println("wrote " + dir.resolve("summary.json") + " and " + dir.resolve("trajectory.csv"));
        if (!noPlots && !result.trajectory().isEmpty()) {
            Path plots = plot != null ? plot : dir;
            try {
                RunPlots.write(result, plots);
                stdout.println("wrote plots to " + plots);
            } catch (RuntimeException e) {
                // The run's files are written; a plot that cannot be drawn must not lose them.
                spec.commandLine().getErr().println("warning: plots not written: " + e.getMessage());
            }
        }
        return result.outcome() == Outcome.LANDED || result.outcome() == Outcome.CRASHED ? 0 : 1;
    }

    /** Monte Carlo case {@code --case} of campaign {@code --seed}: the nominal flight software, a dispersed truth. */
    private Result flyCase(Scenario s) {
        if (caseId < 0) {
            throw new InputException(String.valueOf(caseId), 0, "--case", "must be >= 0");
        }
        long campaignSeed = seed != null ? seed : org.skycrane.sim.montecarlo.Campaign.DEFAULT_SEED;
        var c = org.skycrane.sim.montecarlo.Case.of(s, campaignSeed, caseId);
        spec.commandLine().getOut().println(s.name() + " case " + caseId + " of seed " + campaignSeed
                + (s.dispersions() == null ? " (the scenario has no dispersions: nominal)" : ""));
        return new Simulation(s, c.truth(), Simulation.Options.asWritten(true)).run();
    }
}
