package org.skycrane.film;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.skycrane.film.camera.CameraRig;
import org.skycrane.film.camera.EdlCamera;
import org.skycrane.film.camera.EdlCameras;
import org.skycrane.film.flight.Footage;
import org.skycrane.film.scene.FlightScene;
import org.skycrane.flight.EdlEvent;
import org.skycrane.io.ScenarioReader;
import org.skycrane.render.gl.Renderer;
import org.skycrane.render.video.Mp4Reader;
import org.skycrane.render.video.Mp4Writer;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.Simulation;

/**
 * Benchmark, not a test: what the H.264 encoder's motion search range costs and buys on a real reel.
 * Renders {@code SECONDS} of one camera at 640 × 480 and its own frame rate from an event, keeps the
 * frames, then encodes them with each range (one thread, as a reel's encoder runs) and reports the
 * encoding rate, the file size and the PSNR of the decoded frames against the rendered ones (over
 * R, G and B, 8-bit peak). Arguments: scenario (mars2020), camera (rdc), event (HEAT_SHIELD_SEPARATION),
 * seconds (5).
 */
public final class EncoderSearchRange {

    private EncoderSearchRange() {
    }

    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : "mars2020";
        EdlCamera camera = EdlCameras.byName(args.length > 1 ? args[1] : "rdc").orElseThrow().withSize(640, 480);
        EdlEvent from = EdlEvent.valueOf(args.length > 2 ? args[2] : "HEAT_SHIELD_SEPARATION");
        double seconds = args.length > 3 ? Double.parseDouble(args[3]) : 5;
        Scenario s = ScenarioReader.read(name);
        Footage footage = new Footage(s, Simulation.run(s, true));
        FlightScene scene = Filming.scene(footage, Filming.Options.standard());
        CameraRig rig = new CameraRig(scene);
        double t0 = Math.max(rig.window(camera)[0], footage.time(from));
        int n = (int) Math.round(seconds * camera.frameRate());
        List<byte[]> frames = new ArrayList<>();
        try (Renderer renderer = new Renderer()) {
            for (int k = 0; k < n; k++) {
                double t = t0 + k / camera.frameRate();
                byte[] rgb = new byte[640 * 480 * 3];
                renderer.render(scene.at(t), rig.at(camera, t), rgb);
                CameraReel.develop(camera, rgb);
                frames.add(rgb);
            }
        }
        Path dir = Files.createTempDirectory("search-range");
        int fps = (int) Math.round(camera.frameRate());
        System.out.printf(Locale.ROOT, "%s, %d frames from %s (E+%.1f s), 640 x 480 at %d frames/s%n", camera.name(),
                n, from, t0, fps);
        System.out.println("range px  encode frames/s  size kB  PSNR dB");
        for (int range : new int[] {16, 8, 4, 2}) {
            Path file = dir.resolve("range-" + range + ".mp4");
            for (int pass = 0; pass < 2; pass++) {   // the first pass warms the JIT up
                long start = System.nanoTime();
                try (Mp4Writer w = new Mp4Writer(file, 640, 480, fps, fps, range)) {
                    for (byte[] f : frames) {
                        w.writeFrame(f);
                    }
                }
                double secs = (System.nanoTime() - start) / 1e9;
                if (pass == 1) {
                    double[] sse = new double[1];
                    Mp4Reader.decodeFrames(file, d -> {
                        byte[] ref = frames.get(d.index());
                        for (int i = 0; i < d.rgb().length; i++) {
                            int p = d.rgb()[i];
                            for (int c = 0; c < 3; c++) {
                                int e = (p >> (16 - 8 * c) & 0xFF) - (ref[3 * i + c] & 0xFF);
                                sse[0] += e * e;
                            }
                        }
                    });
                    double mse = sse[0] / (3.0 * 640 * 480 * n);
                    System.out.printf(Locale.ROOT, "%8d  %15.1f  %7.0f  %7.2f%n", range, n / secs,
                            Files.size(file) / 1e3, 10 * Math.log10(255.0 * 255.0 / mse));
                }
            }
        }
    }
}
