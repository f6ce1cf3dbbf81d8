package org.skycrane.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.skycrane.InputException;
import org.skycrane.earth.EarthTimeline;
import org.skycrane.earth.EarthTimelineJson;
import org.skycrane.earth.PublishedLanding;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.Result;
import org.skycrane.sim.Simulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code skycrane replay SCENARIO [--speed X] [--json]}: flies the scenario, then replays it as mission
 * control on Earth heard it, with the real light-time delay.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Fly a scenario, then replay it from Earth: the UTC clock, what is happening on Mars now "
                + "versus what Earth has heard, and the call-outs as their signals arrive."})
final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Built-in scenario (mars2020, msl) or a YAML file.")
    String scenario;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1",
            description = "Replay X times faster than real time (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--json", description = "Print the whole Earth-view timeline as JSON at once.")
    boolean json;

    @Option(names = "--published", description = "Replay the published timeline of the real landing "
            + "(mars2020 or msl) instead of a simulated run.")
    boolean published;

    @Override
    public Integer call() {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new InputException(null, 0, "--speed", "must be a positive factor, got " + speed);
        }
        EarthTimeline timeline;
        if (published) {
            timeline = PublishedLanding.byName(scenario).orElseThrow(() -> new InputException(scenario, 0, "SCENARIO",
                    "no published landing timeline (have: mars2020, msl)")).earthTimeline();
        } else {
            Scenario s = Scenarios.read(scenario);
            Result result = Simulation.run(s, false);
            timeline = EarthViews.of(s, result);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(EarthTimelineJson.write(timeline));
            out.flush();
        } else {
            ReplayDisplay.forTerminal(out).play(timeline, speed);
        }
        return 0;
    }
}
