package org.skycrane.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.skycrane.InputException;
import org.skycrane.io.ReferenceTimeline;
import org.skycrane.io.ScenarioReader;
import org.skycrane.sim.Simulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code skycrane validate}: a nominal run beside the published timeline, as a Markdown table. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Fly a built-in scenario and print every published figure of its flight beside the model's, "
                + "with the difference in units and per cent (the same table the tests check). Basis: validated "
                + "(predicted), fitted (a preset value was chosen to reproduce it), construction (follows from an "
                + "input), compared (shown, not asserted). Exit code 1 if any asserted figure is out of tolerance.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "mars2020 or msl")
    String name;

    @Override
    public Integer call() {
        if (!ReferenceTimeline.exists(name)) {
            throw new InputException(name, 0, null, "no published timeline for this scenario (have: "
                    + String.join(", ", ScenarioReader.PRESETS) + ")");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<ReferenceTimeline.Comparison> rows = ReferenceTimeline.compare(name,
                Simulation.run(Scenarios.read(name), false));
        out.println("| event | quantity | flown | Skycrane | difference | % | tolerance | within | basis | tag | source |");
        out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | :---: | --- | :---: | --- |");
        boolean all = true;
        for (ReferenceTimeline.Comparison c : rows) {
            var r = c.row();
            boolean asserted = r.basis().asserted();
            all &= !asserted || c.passes();
            String within = c.passes() ? "yes" : asserted ? "**no**" : "no";
            out.printf(Locale.ROOT, "| %s | %s | %s %s | %s %s | %s | %s | ± %s | %s | %s | %s | %s |%n", r.event(),
                    r.quantity(), format(r.value()), r.unit(), format(c.measured()), r.unit(), signed(c.difference()),
                    signed(c.percent()), format(r.tolerance()), within, r.basis().name().toLowerCase(Locale.ROOT),
                    r.tag(), r.source());
        }
        return all ? 0 : 1;
    }

    private static String signed(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        return (v >= 0 ? "+" : "−") + format(Math.abs(v));
    }

    private static String format(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
