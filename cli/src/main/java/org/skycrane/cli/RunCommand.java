package org.skycrane.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.skycrane.InputException;
import org.skycrane.SafeFiles;
import org.skycrane.io.ScenarioReader;
import org.skycrane.io.SummaryWriter;
import org.skycrane.io.TrajectoryWriter;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.FlightOptions;
import org.skycrane.sim.Outcome;
import org.skycrane.sim.Result;
import org.skycrane.sim.Simulation;
import org.skycrane.sim.montecarlo.Campaign;
import org.skycrane.sim.montecarlo.Case;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code skycrane run}: flies one scenario and writes its summary and trajectory. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Fly one scenario from entry interface to the descent stage's impact; print the event "
                + "timeline and write summary.json, trajectory.csv and plots, all replaced together once complete "
                + "(a failed run leaves the previous result untouched).",
            "Exit code: 0 LANDED; 1 any other outcome (CRASHED, TIMEOUT, NUMERICAL_FAILURE, "
                + "GUIDANCE_DESIGN_FAILURE); 2 bad input or an unusable output folder; 3 an internal error."})
final class RunCommand implements Callable<Integer> {

    private static final String SUMMARY = "summary.json";
    private static final String TRAJECTORY = "trajectory.csv";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO",
            description = "Built-in scenario (mars2020, msl) or path to a YAML scenario file.")
    String scenario;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default ./skycrane-out/<scenario file name>, with -seed-S-case-K for --case).")
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

    @Option(names = "--trn", paramLabel = "MODE",
            description = "Terrain-relative navigation: none, model or images (renders LCAM's images and matches "
                    + "them to the onboard maps); default: the scenario's trn.mode.")
    String trnMode;

    @Option(names = "--case", paramLabel = "K",
            description = "Fly dispersed case K of the Monte Carlo campaign with --seed (default 1) instead of the "
                    + "nominal; reproduces that row of the campaign's cases.csv.")
    Long caseId;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        Scenario s = Trn.withMode(Scenarios.read(scenario), trnMode);
        long campaignSeed = seed != null ? seed : Campaign.DEFAULT_SEED;
        Result result = caseId != null ? flyCase(s, campaignSeed) : Simulation.run(s, true, Trn.vision(s));
        stdout.print(TimelineTable.render(result));
        stdout.flush();
        Path dir = out != null ? out : Path.of("skycrane-out", ScenarioReader.stem(scenario)
                + (caseId != null ? "-seed-" + campaignSeed + "-case-" + caseId : ""));
        Path plots = plot != null ? plot : dir;
        List<Path> stale = new ArrayList<>(List.of(dir.resolve(SUMMARY), dir.resolve(TRAJECTORY)));
        RunPlots.FILES.forEach(f -> stale.add(plots.resolve(f)));
        boolean plotted = false;
        try (SafeFiles.Batch batch = SafeFiles.batch()) {
            batch.write(dir.resolve(TRAJECTORY), tmp -> TrajectoryWriter.write(result.trajectory(), result.navigation(), tmp));
            if (!noPlots && !result.trajectory().isEmpty()) {
                try {
                    RunPlots.write(result, plots, batch);
                    plotted = true;
                } catch (RuntimeException e) {
                    // A plot that cannot be drawn must not lose the run's files.
                    spec.commandLine().getErr().println("warning: plots not written: " + e.getMessage());
                }
            }
            // summary.json last: a folder holding it holds the complete result of one run
            batch.writeString(dir.resolve(SUMMARY), SummaryWriter.toText(SummaryWriter.withDatum(EarthViews.summary(s,
                    result, caseId != null ? Long.valueOf(campaignSeed) : seed, caseId), s)));
            batch.commit(stale);
        }
        stdout.println("wrote " + dir.resolve(SUMMARY) + " and " + dir.resolve(TRAJECTORY));
        if (plotted) {
            stdout.println("wrote plots to " + plots);
        }
        return result.outcome() == Outcome.LANDED ? 0 : Main.EXIT_NOT_LANDED;
    }

    /** Monte Carlo case {@code --case} of campaign {@code seed}: the nominal flight software, a dispersed truth. */
    private Result flyCase(Scenario s, long campaignSeed) {
        if (caseId < 0) {
            throw new InputException(String.valueOf(caseId), 0, "--case", "must be >= 0");
        }
        Case c = Case.of(s, campaignSeed, caseId);
        spec.commandLine().getOut().println(s.name() + " case " + caseId + " of seed " + campaignSeed
                + (s.dispersions() == null ? " (the scenario has no dispersions: nominal)" : ""));
        return new Simulation(s, c.truth(), FlightOptions.asWritten(true), Trn.vision(s)).run();
    }
}
