package org.skycrane.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.skycrane.InputException;
import org.skycrane.canopy.CanopyPattern;
import org.skycrane.canopy.CanopyRenderer;
import org.skycrane.canopy.CanopyText;
import org.skycrane.canopy.Location;
import org.skycrane.canopy.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code skycrane parachute encode}: a message and a location as a canopy pattern, text or picture. */
@Command(name = "encode",
        description = {"Lay a message of up to 3 words of up to 6 letters and a location on a canopy, as on the "
                + "Mars 2020 parachute.",
            "With no file option, print the pattern: 4 lines of 80 R (red) and W (white), innermost ring first, "
                + "starting at the innermost ring's first letter."},
        mixinStandardHelpOptions = true)
public final class ParachuteEncodeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "SCENARIO",
            description = "Take the message and location from a scenario's parachute (mars2020 carries the flown code).")
    String scenario;

    @Option(names = "--message", paramLabel = "TEXT",
            description = "Up to 3 words of up to 6 letters A-Z, e.g. \"DARE MIGHTY THINGS\".")
    String message;

    @Option(names = "--location", paramLabel = "LAT LON",
            description = "Whole degrees, minutes and seconds, e.g. \"34°11'58\\\"N 118°10'31\\\"W\" "
                    + "(d, ′ and ″ work too).")
    String location;

    @Option(names = "--text", paramLabel = "FILE", description = "Write the pattern as text (R and W).")
    Path text;

    @Option(names = "--svg", paramLabel = "FILE", description = "Write a picture of the canopy seen from below, as SVG.")
    Path svg;

    @Option(names = "--png", paramLabel = "FILE", description = "Write a picture of the canopy seen from below, as PNG.")
    Path png;

    @Option(names = "--size", paramLabel = "PX", defaultValue = "800",
            description = "Side of the PNG picture in pixels (default: ${DEFAULT-VALUE}).")
    int size;

    @Override
    public Integer call() {
        if (size < 16 || size > 8192) {
            throw new InputException(null, 0, "--size", "must be 16 to 8192 px, got " + size);
        }
        CanopyPattern pattern;
        if (scenario != null) {
            var code = Scenarios.canopy(Scenarios.read(scenario))
                    .orElseThrow(() -> new InputException(scenario, 0, "vehicle.parachute.message",
                            "this scenario's parachute carries no code"));
            pattern = CanopyPattern.encode(code.message(), code.location());
        } else {
            if (message == null || location == null) {
                throw new InputException(null, 0, message == null ? "--message" : "--location",
                        "missing: give --message and --location, or --scenario");
            }
            pattern = CanopyPattern.encode(Message.parse(message), Location.parse(location));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (text == null && svg == null && png == null) {
            out.print(CanopyText.format(pattern));
            out.flush();
            return 0;
        }
        if (text != null) {
            write(text, CanopyText.format(pattern).getBytes(StandardCharsets.UTF_8));
            out.println("wrote " + text + " (pattern as text)");
        }
        if (svg != null) {
            write(svg, CanopyRenderer.svg(pattern).getBytes(StandardCharsets.UTF_8));
            out.println("wrote " + svg + " (SVG)");
        }
        if (png != null) {
            write(png, CanopyRenderer.png(pattern, size));
            out.println("wrote " + png + " (PNG, " + size + " × " + size + " px)");
        }
        out.flush();
        return 0;
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, null, "cannot write the file: " + e, e);
        }
    }
}
