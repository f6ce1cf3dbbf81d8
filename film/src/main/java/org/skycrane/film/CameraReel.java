package org.skycrane.film;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.skycrane.film.camera.CameraRig;
import org.skycrane.film.camera.EdlCamera;
import org.skycrane.film.camera.Mount;
import org.skycrane.film.scene.FlightScene;
import org.skycrane.flight.EdlEvent;
import org.skycrane.render.gl.Renderer;
import org.skycrane.render.video.Mp4Writer;
import org.skycrane.sim.EventRecord;

/**
 * One camera's recording of a flight: {@code DIR/<camera>.mp4} over its window at its frame rate, and
 * with stills {@code DIR/<camera>-<EVENT>.png} at each event in the window (the first of each name),
 * plus {@code DIR/<camera>-PARACHUTE_DEPLOY+3s.png} for the up-look cameras.
 */
public final class CameraReel {

    /** Seconds after mortar fire of the extra up-look still, where the canopy has opened. */
    public static final double CANOPY_STILL_DELAY = 3.0;

    private CameraReel() {
    }

    /**
     * What a camera wrote.
     *
     * @param camera the camera
     * @param video  its MP4, or null when its window did not happen in this flight
     * @param frames frames written
     * @param start  window start (s since entry interface)
     * @param stop   window end (s)
     * @param stills the still pictures written, by label
     */
    public record Output(EdlCamera camera, Path video, int frames, double start, double stop, Map<String, Path> stills) {
    }

    /**
     * Films {@code camera} into {@code dir}.
     *
     * @param onFrame called after each frame (for a progress bar)
     */
    public static Output film(Renderer renderer, FlightScene scene, EdlCamera camera, Path dir, boolean stills,
                              Runnable onFrame) throws IOException {
        CameraRig rig = new CameraRig(scene);
        double[] window = rig.window(camera);
        Files.createDirectories(dir);
        if (window == null) {
            return new Output(camera, null, 0, Double.NaN, Double.NaN, Map.of());
        }
        int frames = CameraRig.frameCount(camera, window);
        Path video = dir.resolve(camera.name() + ".mp4");
        byte[] rgb = new byte[camera.width() * camera.height() * 3];
        int fps = (int) Math.max(1, Math.round(camera.frameRate()));
        try (Mp4Writer writer = new Mp4Writer(video, camera.width(), camera.height(), fps);
             FrameSink sink = new FrameSink(writer)) {
            for (int k = 0; k < frames; k++) {
                double t = window[0] + k / camera.frameRate();
                renderer.render(scene.at(t), rig.at(camera, t), rgb);
                if (camera.grayscale()) {
                    toGray(rgb);
                }
                sink.write(rgb);
                onFrame.run();
            }
        }
        Map<String, Path> written = new LinkedHashMap<>();
        if (stills) {
            for (Map.Entry<String, Double> still : stillTimes(scene, camera, window).entrySet()) {
                Path file = dir.resolve(camera.name() + "-" + still.getKey() + ".png");
                ImageIO.write(still(renderer, scene, rig, camera, still.getValue()), "png", file.toFile());
                written.put(still.getKey(), file);
            }
        }
        return new Output(camera, video, frames, window[0], window[1], written);
    }

    /** The still of {@code camera} at {@code t} (s since entry interface). */
    public static BufferedImage still(Renderer renderer, FlightScene scene, CameraRig rig, EdlCamera camera, double t) {
        BufferedImage image = renderer.render(scene.at(t), rig.at(camera, t));
        if (camera.grayscale()) {
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int p = image.getRGB(x, y);
                    int g = luma(p >> 16 & 0xFF, p >> 8 & 0xFF, p & 0xFF);
                    image.setRGB(x, y, 0xFF000000 | g << 16 | g << 8 | g);
                }
            }
        }
        return image;
    }

    /** Label and time of each still of {@code camera} in {@code window}. */
    static Map<String, Double> stillTimes(FlightScene scene, EdlCamera camera, double[] window) {
        Map<String, Double> times = new LinkedHashMap<>();
        List<EventRecord> records = new ArrayList<>(scene.footage().result().timeline().records());
        for (EventRecord r : records) {
            if (CameraRig.inWindow(window, r.time())) {
                times.putIfAbsent(r.event().name(), r.time());
            }
        }
        double deploy = scene.footage().time(EdlEvent.PARACHUTE_DEPLOY);
        if (camera.mount() == Mount.BACKSHELL && !Double.isNaN(deploy)
                && CameraRig.inWindow(window, deploy + CANOPY_STILL_DELAY)) {
            times.put("PARACHUTE_DEPLOY+3s", deploy + CANOPY_STILL_DELAY);
        }
        return times;
    }

    private static void toGray(byte[] rgb) {
        for (int i = 0; i < rgb.length; i += 3) {
            byte g = (byte) luma(rgb[i] & 0xFF, rgb[i + 1] & 0xFF, rgb[i + 2] & 0xFF);
            rgb[i] = g;
            rgb[i + 1] = g;
            rgb[i + 2] = g;
        }
    }

    /** Rec. 601 luma of 8-bit R, G, B. */
    static int luma(int r, int g, int b) {
        return Math.min(255, (int) Math.round(0.299 * r + 0.587 * g + 0.114 * b));
    }
}
