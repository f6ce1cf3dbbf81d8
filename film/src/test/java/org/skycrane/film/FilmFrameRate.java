package org.skycrane.film;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.skycrane.film.camera.CameraRig;
import org.skycrane.film.camera.EdlCamera;
import org.skycrane.film.camera.EdlCameras;
import org.skycrane.film.flight.Footage;
import org.skycrane.film.scene.FlightScene;
import org.skycrane.io.ScenarioReader;
import org.skycrane.render.gl.Renderer;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.Simulation;

/**
 * Benchmark, not a test: frames per second of each EDL camera filming a flight, rendered and encoded
 * into its MP4 (what {@code skycrane film} does per frame), at 640 × 480 and at the camera's own size.
 * Each camera films {@code FRAMES} frames spread evenly over its recording window, so the figure
 * averages over everything it sees. Arguments: scenario (default mars2020), frames per camera (60).
 */
public final class FilmFrameRate {

    private FilmFrameRate() {
    }

    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : "mars2020";
        int frames = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        Scenario s = ScenarioReader.read(name);
        Footage footage = new Footage(s, Simulation.run(s, true));
        long t0 = System.nanoTime();
        FlightScene scene = Filming.scene(footage, Filming.Options.standard());
        System.out.printf(Locale.ROOT, "%s: ground built in %.1f s%n", name, (System.nanoTime() - t0) / 1e9);
        Path dir = Files.createTempDirectory("film-bench");
        CameraRig rig = new CameraRig(scene);
        System.out.println("camera  size        frames/s");
        try (Renderer renderer = new Renderer()) {
            for (EdlCamera camera : EdlCameras.ALL) {
                double[] window = rig.window(camera);
                double rate = (frames - 1) / (window[1] - window[0]);
                for (EdlCamera c : List.of(camera.withSize(640, 480), camera)) {
                    EdlCamera spread = c.withFrameRate(rate);
                    CameraReel.film(renderer, scene, spread, dir, false, () -> { });   // warm-up: uploads, JIT
                    long start = System.nanoTime();
                    CameraReel.Output out = CameraReel.film(renderer, scene, spread, dir, false, () -> { });
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf(Locale.ROOT, "%-7s %4d x %-5d %6.1f%n", c.name(), c.width(), c.height(),
                            out.frames() / seconds);
                }
            }
        }
    }
}
