package org.skycrane.film;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
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
import org.skycrane.render.scene.Scene;
import org.skycrane.render.video.Mp4Writer;
import org.skycrane.sim.EventRecord;

/**
 * One camera's recording of a flight: {@code DIR/<camera>.mp4} over its window at its frame rate, and
 * with stills {@code DIR/<camera>-<EVENT>.png} at each event in the window (the first of each name),
 * plus {@code DIR/<camera>-PARACHUTE_DEPLOY+3s.png} for the up-look cameras.
 *
 * <p>A reel is driven frame by frame by a {@link Shoot}, which interleaves all reels (and the composed
 * film) in time order; {@link #film} films one camera alone. Every frame the camera records passes
 * through {@link #develop}, the one place where a camera's own processing of its picture belongs
 * (LCAM's grayscale today).
 */
public final class CameraReel implements AutoCloseable {

    /** Seconds after mortar fire of the extra up-look still, where the canopy has opened. */
    public static final double CANOPY_STILL_DELAY = 3.0;

    /**
     * Motion search range of the reels' H.264 encoder (px each way). jcodec's default of 16 made the
     * encoder cost more than the rendering; at 4 the film encodes in a fraction of the time for a few
     * per cent more bytes and the same picture quality (measured in docs/film.md, "Speed").
     */
    public static final int MOTION_SEARCH_RANGE = 4;

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

    private final EdlCamera camera;
    private final CameraRig rig;
    private final double[] window;
    private final int frames;
    private final Path video;
    private final Mp4Writer writer;
    private final FrameSink sink;
    private final byte[] rgb;
    private int next;

    /** Opens the reel of {@code camera} (its window must have happened: {@link CameraRig#window} not null). */
    CameraReel(CameraRig rig, EdlCamera camera, Path dir) throws IOException {
        this.camera = camera;
        this.rig = rig;
        this.window = rig.window(camera);
        this.frames = CameraRig.frameCount(camera, window);
        Files.createDirectories(dir);
        this.video = dir.resolve(camera.name() + ".mp4");
        int fps = (int) Math.max(1, Math.round(camera.frameRate()));
        this.writer = new Mp4Writer(video, camera.width(), camera.height(), fps, fps, MOTION_SEARCH_RANGE);
        this.sink = new FrameSink(writer);
        this.rgb = new byte[camera.width() * camera.height() * 3];
    }

    EdlCamera camera() {
        return camera;
    }

    /** Time of frame {@code k} (s since entry interface). */
    double time(int k) {
        return window[0] + k / camera.frameRate();
    }

    /** Time of the next frame to shoot, or +∞ when the reel is done. */
    double nextTime() {
        return next < frames ? time(next) : Double.POSITIVE_INFINITY;
    }

    /** The frame nearest {@code t} (index), or −1 when {@code t} is outside the window. */
    int nearest(double t) {
        if (!CameraRig.inWindow(window, t)) {
            return -1;
        }
        return (int) Math.max(0, Math.min(frames - 1, Math.round((t - window[0]) * camera.frameRate())));
    }

    /** Index of the frame last shot (−1 before the first). */
    int last() {
        return next - 1;
    }

    /** The picture of the frame last shot: width × height × 3 sRGB bytes, rows from the top; overwritten by the next. */
    byte[] lastFrame() {
        return rgb;
    }

    /** Renders the next frame of {@code scene} (the flight at {@link #nextTime()}) and queues it for encoding. */
    void shoot(Renderer renderer, Scene scene) throws IOException {
        double t = nextTime();
        renderer.render(scene, rig.at(camera, t), rgb);
        develop(camera, rgb);
        LvsOverlay.draw(rig.scene(), camera, rig.at(camera, t), t, rgb);
        sink.write(rgb);
        next++;
    }

    /** Waits for the encoder and closes the MP4. */
    @Override
    public void close() throws IOException {
        try {
            sink.close();
        } finally {
            writer.close();
        }
    }

    /** Writes the stills (when asked) and says what the reel wrote; call after {@link #close}. */
    Output output(Renderer renderer, FlightScene scene, boolean stills) throws IOException {
        Map<String, Path> written = new LinkedHashMap<>();
        if (stills) {
            for (Map.Entry<String, Double> still : stillTimes(scene, camera, window).entrySet()) {
                Path file = video.resolveSibling(camera.name() + "-" + still.getKey() + ".png");
                ImageIO.write(still(renderer, scene, rig, camera, still.getValue()), "png", file.toFile());
                written.put(still.getKey(), file);
            }
        }
        return new Output(camera, video, frames, window[0], window[1], written);
    }

    /**
     * Films {@code camera} alone into {@code dir}.
     *
     * @param onFrame called after each frame (for a progress bar)
     */
    public static Output film(Renderer renderer, FlightScene scene, EdlCamera camera, Path dir, boolean stills,
                              Runnable onFrame) throws IOException {
        return Shoot.reels(renderer, scene, List.of(camera), dir, stills, onFrame).get(0);
    }

    /** The still of {@code camera} at {@code t} (s since entry interface), developed as its frames are. */
    public static BufferedImage still(Renderer renderer, FlightScene scene, CameraRig rig, EdlCamera camera, double t) {
        byte[] rgb = new byte[camera.width() * camera.height() * 3];
        renderer.render(scene.at(t), rig.at(camera, t), rgb);
        develop(camera, rgb);
        return image(rgb, camera.width(), camera.height());
    }

    /** A TYPE_INT_RGB image of width × height × 3 sRGB bytes, rows from the top. */
    static BufferedImage image(byte[] rgb, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int i = 0, o = 0; i < pixels.length; i++, o += 3) {
            pixels[i] = (rgb[o] & 0xFF) << 16 | (rgb[o + 1] & 0xFF) << 8 | (rgb[o + 2] & 0xFF);
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

    /**
     * What the camera makes of each rendered frame {@code rgb} (width × height × 3 sRGB bytes, changed
     * in place) before it is recorded: the grayscale cameras (LCAM) keep the Rec. 601 luma.
     */
    static void develop(EdlCamera camera, byte[] rgb) {
        if (camera.grayscale()) {
            toGray(rgb);
        }
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
