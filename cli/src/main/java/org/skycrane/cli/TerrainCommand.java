package org.skycrane.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.skycrane.InputException;
import org.skycrane.io.ScenarioReader;
import org.skycrane.report.terrain.TerrainPictures;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.Touchdown;
import org.skycrane.terrain.HazardMap;
import org.skycrane.terrain.Terrain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code skycrane terrain}: pictures of a scenario's ground and a raster a GIS can load. */
@Command(name = "terrain", mixinStandardHelpOptions = true,
        description = "Write pictures of the scenario's ground around the target (terrain-relief.png: shaded relief, "
                + "sun from the north-west at 30 deg; terrain-albedo.png; terrain-hazard.png: red slope, magenta rock, "
                + "green safe for the sky crane) and terrain-dem.asc + .prj, an Esri ASCII grid of heights above the "
                + "areoid-at-site datum in the site's azimuthal equidistant frame (GDAL, QGIS, ArcGIS).")
final class TerrainCommand implements Callable<Integer> {

    /** Largest picture side (px): 4096² pixels of hazard checks take about a minute. */
    static final int MAX_PIXELS = 4096;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Built-in scenario (mars2020, msl) or a YAML file.")
    String scenario;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default ./skycrane-out/<scenario>-terrain).")
    Path out;

    @Option(names = "--width-m", paramLabel = "M", defaultValue = "2000",
            description = "Side of the square pictured, centred on the target (m; default ${DEFAULT-VALUE}).")
    double width;

    @Option(names = "--pixel-m", paramLabel = "M", defaultValue = "5",
            description = "Metres per pixel (default ${DEFAULT-VALUE}).")
    double pixel;

    @Override
    public Integer call() {
        if (!(pixel > 0) || !Double.isFinite(pixel)) {
            throw new InputException("--pixel-m", 0, null, "must be a positive number of metres, not " + pixel);
        }
        if (!(width >= 2 * pixel) || !Double.isFinite(width)) {
            throw new InputException("--width-m", 0, null, "must be at least two pixels (" + 2 * pixel + " m)");
        }
        int size = (int) Math.round(width / pixel);
        if (size > MAX_PIXELS) {
            throw new InputException("--width-m", 0, null, String.format(Locale.ROOT,
                    "%d pixels on a side is more than %d: raise --pixel-m or lower --width-m", size, MAX_PIXELS));
        }
        Scenario s = Scenarios.read(scenario);
        Terrain ground = s.environment().terrain();
        Path dir = out != null ? out : Path.of("skycrane-out", ScenarioReader.stem(scenario) + "-terrain");
        List<Path> written;
        try {
            written = new TerrainPictures(ground, 0, 0, pixel, size).writeAll(dir, new HazardMap(ground,
                    Touchdown.HAZARDS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "%s: %d x %d px at %.1f m/px around the target (%s)%n", s.site().name(), size, size,
                pixel, s.terrain().synthetic() ? "synthetic, seed " + s.terrain().seed() : "flat");
        for (Path p : written) {
            stdout.println("wrote " + p);
        }
        return 0;
    }
}
