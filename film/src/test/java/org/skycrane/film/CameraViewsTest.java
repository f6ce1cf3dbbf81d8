package org.skycrane.film;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.skycrane.film.camera.CameraRig;
import org.skycrane.film.camera.EdlCamera;
import org.skycrane.film.camera.EdlCameras;
import org.skycrane.film.scene.FlightScene;
import org.skycrane.film.scene.Hardware;
import org.skycrane.flight.EdlEvent;
import org.skycrane.render.camera.PinholeCamera;
import org.skycrane.render.gl.Renderer;

/** What the flown cameras see of the flight, measured in their low-resolution frames. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CameraViewsTest {

    Renderer renderer;
    FlightScene scene;
    CameraRig rig;

    @BeforeAll
    void open() {
        renderer = new Renderer();
        scene = Flights.mars2020Scene();
        rig = new CameraRig(scene);
    }

    @AfterAll
    void close() {
        renderer.close();
    }

    private EdlCamera camera(String name, int w, int h) {
        return EdlCameras.byName(name).orElseThrow().withSize(w, h);
    }

    @Test
    @DisplayName("in the rover down-look camera the heat shield's enclosing circle, sampled at 1 Hz after separation, shrinks as the pinhole model says")
    void heatShieldShrinksInTheRoverDownLookCamera() {
        // over flat ground, of one albedo, so that the shield is told from the ground by its colour alone
        // (the craters and albedo texture of the preset's Jezero would be taken for the shield)
        FlightScene flat = Flights.mars2020SceneOverFlatGround();
        CameraRig flatRig = new CameraRig(flat);
        EdlCamera rdc = camera("rdc", 320, 240);
        double hs = flat.footage().time(EdlEvent.HEAT_SHIELD_SEPARATION);
        List<Double> diameters = new ArrayList<>();
        for (int k = 2; k <= 8; k++) {
            double t = hs + k;
            BufferedImage frame = CameraReel.still(renderer, flat, flatRig, rdc, t);
            boolean[] shield = Segments.differing(frame, Segments.borderMedian(frame), 24);
            double measured = Segments.enclosingDiameter(shield, frame.getWidth());
            diameters.add(measured);
            // closed form: a disk of the aeroshell's radius at distance d seen face on, f = (W/2)/tan(hfov/2)
            PinholeCamera cam = flatRig.at(rdc, t);
            Vector3D rim = flat.heatShieldPose(t, hs).position()
                    .add(flat.heatShieldPose(t, hs).attitude().applyTo(new Vector3D(Hardware.RIM_X, 0, 0)));
            double d = rim.distance(cam.position());
            double f = rdc.width() / 2.0 / Math.tan(rdc.horizontalFov() / 2);
            double predicted = 2 * f * Hardware.AEROSHELL_RADIUS / d;
            assertThat(measured).as("diameter at separation + %d s", k).isCloseTo(predicted, within(0.15 * predicted + 2));
        }
        for (int i = 1; i < diameters.size(); i++) {
            assertThat(diameters.get(i)).as("1 Hz samples %s", diameters).isLessThan(diameters.get(i - 1));
        }
    }

    @Test
    @DisplayName("in the descent-stage down-look camera the rover's image shrinks as the bridles pay out")
    void roverShrinksInTheDescentStageCamera() {
        EdlCamera ddc = camera("ddc", 320, 256);
        var footage = scene.footage();
        double start = footage.time(EdlEvent.SKY_CRANE_START) + footage.vehicle().bridles().rappelDelay();
        double end = Math.min(start + footage.vehicle().bridles().rappelDuration(), footage.time(EdlEvent.TOUCHDOWN));
        List<Double> sizes = new ArrayList<>();
        List<Double> payouts = new ArrayList<>();
        // the ground's colour from the last frame's border, where the rover is smallest
        BufferedImage last = CameraReel.still(renderer, scene, rig, ddc, end);
        int ground = Segments.borderMedian(last);
        for (double t = start + 0.5; t <= end; t += 1.0) {
            BufferedImage frame = CameraReel.still(renderer, scene, rig, ddc, t);
            // the rover: pixels unlike the ground (white paint, or its shade under the stage, against the soil)
            boolean[] rover = Segments.differing(frame, ground, 25);
            sizes.add(Segments.centroid(rover, frame.getWidth())[2]);
            payouts.add(footage.payout(t));
        }
        assertThat(sizes).hasSizeGreaterThanOrEqualTo(4);
        for (int i = 1; i < sizes.size(); i++) {
            assertThat(payouts.get(i)).isGreaterThan(payouts.get(i - 1));
            assertThat(sizes.get(i)).as("rover pixels %s at payouts %s", sizes, payouts).isLessThan(sizes.get(i - 1));
        }
    }
}
