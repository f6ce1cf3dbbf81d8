package org.skycrane.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.skycrane.InputException;
import org.skycrane.film.CameraReel;
import org.skycrane.film.Filming;
import org.skycrane.film.LandingFilm;
import org.skycrane.film.Shoot;
import org.skycrane.film.camera.EdlCamera;
import org.skycrane.film.camera.EdlCameras;
import org.skycrane.film.flight.Footage;
import org.skycrane.film.scene.FlightScene;
import org.skycrane.io.ScenarioReader;
import org.skycrane.render.gl.Renderer;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.FlightOptions;
import org.skycrane.sim.Result;
import org.skycrane.sim.Simulation;
import org.skycrane.sim.montecarlo.Campaign;
import org.skycrane.sim.montecarlo.Case;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code skycrane film SCENARIO [--camera NAME...] [--out DIR] [--seed S --case K] [--stills] [--trn MODE]}: flies
 * the scenario (or a Monte Carlo case of it) and films it with the EDL cameras; a scenario that flies
 * terrain-relative navigation is flown in image mode unless told otherwise, and LCAM's reel carries the
 * LVS's matches.
 */
@Command(name = "film", mixinStandardHelpOptions = true,
        description = {"Fly a scenario and film it with the seven EDL cameras Perseverance carried "
                + "(puc1, puc2, puc3, rdc, lcam, ddc, ruc): DIR/<camera>.mp4 for each, with --stills "
                + "DIR/<camera>-<EVENT>.png at each event in its window, and the composed DIR/film.mp4 on "
                + "Earth-received time with captions, mission control's call-outs and the onboard sound."})
final class FilmCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Built-in scenario (mars2020, msl) or a YAML file.")
    String scenario;

    @Option(names = "--camera", paramLabel = "NAME", arity = "1..*",
            description = "Cameras to film (default: all seven): puc1 puc2 puc3 rdc lcam ddc ruc.")
    List<String> cameras;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default ./skycrane-out/<scenario file name>-film, with -seed-S-case-K for --case).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Campaign seed of --case (default 1).")
    Long seed;

    @Option(names = "--case", paramLabel = "K", description = "Film dispersed case K of the Monte Carlo campaign with --seed.")
    Long caseId;

    @Option(names = "--stills", description = "Also write a PNG of each camera at each event in its window.")
    boolean stills;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "640x480",
            description = "Image size of every camera (default ${DEFAULT-VALUE}), or 'native' for each camera's own.")
    String size;

    @Option(names = "--fps", paramLabel = "F",
            description = "Frames per second of every camera (default: each camera's own).")
    Double fps;

    @Option(names = "--no-film", description = "Write only the cameras' MP4s, not the composed film.mp4.")
    boolean noFilm;

    @Option(names = "--film-fps", paramLabel = "F", defaultValue = "15",
            description = "Frames per second of the composed film.mp4 (default ${DEFAULT-VALUE}).")
    int filmFps;

    @Option(names = "--ground-posting", paramLabel = "M", defaultValue = "8",
            description = "Grid spacing of the terrain drawn, metres (default ${DEFAULT-VALUE}; 16 km square).")
    double posting;

    @Option(names = "--trn", paramLabel = "MODE",
            description = "Terrain-relative navigation flown: none, model or images (default: images when the scenario "
                    + "flies it, so that LCAM's reel shows the images the LVS used with its matches; else as written).")
    String trnMode;

    @Override
    public Integer call() throws IOException {
        Filming.Options options = options();
        List<EdlCamera> chosen = chosenCameras(options);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Scenario written = Scenarios.read(scenario);
        Scenario s = Trn.withMode(written, trnMode != null ? trnMode : written.trn().enabled() ? "images" : null);
        if (seed != null && caseId == null) {
            throw new InputException(null, 0, "--seed", "needs --case: a seed picks a Monte Carlo campaign, "
                    + "--case K the case of it to film");
        }
        long campaignSeed = seed != null ? seed : Campaign.DEFAULT_SEED;
        Result result;
        if (caseId != null) {
            if (caseId < 0) {
                throw new InputException(String.valueOf(caseId), 0, "--case", "must be >= 0");
            }
            result = new Simulation(s, Case.of(s, campaignSeed, caseId).truth(), FlightOptions.asWritten(true),
                    Trn.vision(s)).run();
        } else {
            result = Simulation.run(s, true, Trn.vision(s));
        }
        if (result.trajectory().size() < 2) {
            throw new InputException(scenario, 0, "SCENARIO", "the flight recorded no trajectory to film ("
                    + result.outcome() + ": " + result.reason() + ")");
        }
        stdout.println(s.name() + (caseId != null ? " case " + caseId + " of seed " + campaignSeed : "") + ": "
                + result.outcome());
        Path dir = out != null ? out : Path.of("skycrane-out", ScenarioReader.stem(scenario) + "-film"
                + (caseId != null ? "-seed-" + campaignSeed + "-case-" + caseId : ""));
        FlightScene scene = Filming.scene(new Footage(s, result), options);
        long frames = Filming.frames(scene, chosen);
        int filmWidth = options.width() > 0 ? options.width() : 1280;
        int filmHeight = options.height() > 0 ? options.height() : 1024;
        LandingFilm.Options film = LandingFilm.Options.whole(scene.footage(), filmWidth, filmHeight, filmFps);
        List<CameraReel.Output> outputs;
        LandingFilm.Output composed;
        try (ProgressBar bar = ProgressBar.onConsole("film", "frames", frames + (noFilm ? 0 : film.frames()), stderr);
             Renderer renderer = new Renderer()) {
            // one pass: the composed film takes its camera views from the reels rather than rendering them again
            Shoot.Result shot = Shoot.run(renderer, scene, chosen, dir, options.stills(),
                    noFilm ? null : new Shoot.Film(EarthViews.of(s, result), dir.resolve("film.mp4"), film), bar::step);
            outputs = shot.reels();
            composed = shot.film();
        }
        for (CameraReel.Output o : outputs) {
            if (o.video() == null) {
                stdout.println(o.camera().name() + ": its window did not happen in this flight; nothing written");
            } else {
                stdout.println(String.format(Locale.ROOT, "%-5s %5d frames, E+%.1f to E+%.1f s: %s%s", o.camera().name(),
                        o.frames(), o.start(), o.stop(), o.video(),
                        o.stills().isEmpty() ? "" : " and " + o.stills().size() + " stills"));
            }
        }
        if (composed != null) {
            stdout.println(String.format(Locale.ROOT, "film  %5d frames, %.1f s on Earth-received time from %s, %d call-outs: %s",
                    composed.frames(), composed.duration(), composed.firstErt(), composed.callouts().size(),
                    composed.file()));
        }
        stdout.flush();
        return 0;
    }

    private Filming.Options options() {
        Filming.Options options = Filming.Options.standard().withStills(stills);
        if (size.equalsIgnoreCase("native")) {
            options = options.withSize(0, 0);
        } else {
            String[] wh = size.toLowerCase(Locale.ROOT).split("x");
            int w;
            int h;
            try {
                w = wh.length == 2 ? Integer.parseInt(wh[0]) : -1;
                h = wh.length == 2 ? Integer.parseInt(wh[1]) : -1;
            } catch (NumberFormatException e) {
                w = -1;
                h = -1;
            }
            if (w < 16 || h < 16 || w > 8192 || h > 8192 || w % 2 != 0 || h % 2 != 0) {
                throw new InputException(null, 0, "--size", "must be WxH with even sizes from 16 to 8192 px, or native; "
                        + "got '" + size + "'");
            }
            options = options.withSize(w, h);
        }
        if (fps != null) {
            if (!(fps > 0 && fps <= 120)) {
                throw new InputException(null, 0, "--fps", "must be in (0, 120] frames/s, got " + fps);
            }
            options = options.withFrameRate(fps);
        }
        if (!(filmFps >= 1 && filmFps <= 60)) {
            throw new InputException(null, 0, "--film-fps", "must be from 1 to 60 frames/s, got " + filmFps);
        }
        // the film's limit: the 16 km square at most 8192 postings a side
        if (!(posting >= 16_000.0 / 8192 && posting <= 1000)) {
            throw new InputException(null, 0, "--ground-posting", "must be from " + 16_000.0 / 8192
                    + " to 1000 m (the 16 km square at most 8192 postings a side), got " + posting);
        }
        return options.withGround(16_000, posting);
    }

    private List<EdlCamera> chosenCameras(Filming.Options options) {
        List<EdlCamera> list = new ArrayList<>();
        if (cameras == null || cameras.isEmpty()) {
            EdlCameras.ALL.forEach(c -> list.add(options.apply(c)));
            return list;
        }
        for (String name : new LinkedHashSet<>(cameras)) {
            EdlCamera c = EdlCameras.byName(name.toLowerCase(Locale.ROOT)).orElseThrow(() -> new InputException(null, 0,
                    "--camera", "no camera '" + name + "' (have: " + String.join(", ", EdlCameras.names()) + ")"));
            list.add(options.apply(c));
        }
        return list;
    }
}
