package org.skycrane.film;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.skycrane.film.camera.CameraRig;
import org.skycrane.film.camera.EdlCamera;
import org.skycrane.film.camera.EdlCameras;
import org.skycrane.film.flight.Footage;
import org.skycrane.film.scene.FlightScene;
import org.skycrane.film.scene.SiteGround;
import org.skycrane.io.ScenarioReader;
import org.skycrane.render.gl.Renderer;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.Simulation;
import org.skycrane.sim.TrnReport;
import org.skycrane.vision.RenderedVision;

/**
 * LCAM's reel shows the images the LVS used with its matches drawn on them: Mars 2020 over the
 * synthetic Jezero flown in image mode, every LVS image with matches marks the reel's frames taken
 * within {@link LvsOverlay#HOLD} after it (the reel's schedule, start + k / frame rate, as
 * {@link CameraReel} films it) and no other frame; a rendered frame at an accepted image carries green
 * marks (its consistent matches; they overlap at this size, so at least one whole mark's outline is
 * counted), the frame 5 s before the LVS starts none.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LvsOverlayTest {

    FlightScene scene;
    Renderer renderer;

    @BeforeAll
    void fly() {
        Scenario s = ScenarioReader.read("../examples/mars2020-jezero.yaml").withTrnMode("images");
        Footage f = new Footage(s, Simulation.run(s, true, new RenderedVision()));
        var end = f.at(f.end()).position();
        scene = new FlightScene(f, SiteGround.of(f.terrain(), f.frame(), end.getX(), end.getY(), 8000, 64));
        renderer = new Renderer();
    }

    @AfterAll
    void close() {
        renderer.close();
    }

    @Test
    @DisplayName("the LVS's matches are drawn on exactly the LCAM frames taken at its images")
    void marksFollowTheLvsImages() {
        TrnReport trn = scene.footage().result().trn();
        assertThat(trn.failure()).isNull();
        EdlCamera lcam = EdlCameras.byName("lcam").orElseThrow().withSize(320, 240);
        CameraRig rig = new CameraRig(scene);
        double[] window = rig.window(lcam);
        int frames = CameraRig.frameCount(lcam, window);
        int[] marked = new int[trn.frames().size()];
        for (int k = 0; k < frames; k++) {
            double t = window[0] + k / lcam.frameRate();
            byte[] rgb = new byte[320 * 240 * 3];
            Arrays.fill(rgb, (byte) 0x80);
            int drawn = LvsOverlay.draw(scene, lcam, rig.at(lcam, t), t, rgb);
            int owner = -1;
            for (int i = 0; i < trn.frames().size(); i++) {
                TrnReport.Frame f = trn.frames().get(i);
                if (!f.matches().isEmpty() && f.time() <= t + 1e-6 && t < f.time() + LvsOverlay.HOLD) {
                    owner = i;
                }
            }
            if (owner < 0) {
                assertThat(drawn).as("marks at E+%.1f s, no LVS image shown", t).isZero();
            } else {
                assertThat(drawn).as("marks at E+%.1f s", t).isPositive();
                marked[owner]++;
            }
        }
        for (int i = 0; i < marked.length; i++) {
            if (!trn.frames().get(i).matches().isEmpty()) {
                assertThat(marked[i]).as("reel frames marked for the LVS image at E+%.1f s", trn.frames().get(i).time())
                        .isPositive();
            }
        }
    }

    @Test
    @DisplayName("a rendered LCAM frame at an LVS image shows green consistent matches; one before the LVS none")
    void renderedFramesCarryTheMarks() {
        TrnReport trn = scene.footage().result().trn();
        EdlCamera lcam = EdlCameras.byName("lcam").orElseThrow().withSize(320, 240);
        CameraRig rig = new CameraRig(scene);
        TrnReport.Frame accepted = trn.frames().stream().filter(TrnReport.Frame::accepted).findFirst().orElseThrow();
        assertThat(green(lcam, rig, accepted.time())).isGreaterThanOrEqualTo(8 * LvsOverlay.HALF);
        assertThat(green(lcam, rig, trn.startTime() - 5)).isZero();
    }

    /** Pure green pixels (0, 255, 0) in LCAM's grayscale frame at {@code t} after the overlay. */
    private int green(EdlCamera lcam, CameraRig rig, double t) {
        byte[] rgb = new byte[320 * 240 * 3];
        renderer.render(scene.at(t), rig.at(lcam, t), rgb);
        for (int i = 0; i < rgb.length; i += 3) { // the reel's grayscale
            int g = CameraReel.luma(rgb[i] & 0xFF, rgb[i + 1] & 0xFF, rgb[i + 2] & 0xFF);
            rgb[i] = (byte) g;
            rgb[i + 1] = (byte) g;
            rgb[i + 2] = (byte) g;
        }
        LvsOverlay.draw(scene, lcam, rig.at(lcam, t), t, rgb);
        int pixels = 0;
        for (int i = 0; i < rgb.length; i += 3) {
            if ((rgb[i] & 0xFF) == 0 && (rgb[i + 1] & 0xFF) == 255 && (rgb[i + 2] & 0xFF) == 0) {
                pixels++;
            }
        }
        return pixels;
    }
}
