package org.skycrane.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.skycrane.InputException;
import org.skycrane.earth.EarthTimeline;
import org.skycrane.earth.EarthTimelineJson;
import org.skycrane.earth.PublishedLanding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code skycrane replay-demo [mars2020|msl] [--speed X] [--json]}: the Earth-view replay of a
 * <em>published</em> landing timeline, not of a simulation. Hidden; a development aid until
 * {@code skycrane replay SCENARIO} feeds the display from a simulated run.
 */
@Command(name = "replay-demo",
        hidden = true,
        mixinStandardHelpOptions = true,
        description = {"Mission-control replay of a published landing timeline (not a simulation):",
            "the Earth clock, 'on Mars now' against 'heard on Earth', and the call-outs as their signals arrive."})
final class ReplayDemoCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PRESET", defaultValue = "mars2020",
            description = "mars2020 (Perseverance, published nominal times) or msl (Curiosity, as flown). "
                    + "Default: ${DEFAULT-VALUE}.")
    String preset;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1",
            description = "Replay X times faster than real time (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--json", description = "Print the whole Earth-view timeline as JSON at once.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PublishedLanding landing = PublishedLanding.byName(preset).orElseThrow(() ->
                new InputException(null, 0, "PRESET", "unknown preset '" + preset + "' (known: mars2020, msl)"));
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new InputException(null, 0, "--speed", "must be a positive factor, got " + speed);
        }
        EarthTimeline timeline = landing.earthTimeline();
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
