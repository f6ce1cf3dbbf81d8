package org.skycrane.film;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.hipparchus.geometry.euclidean.threed.Rotation;
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
import org.skycrane.flight.EdlEvent;
import org.skycrane.render.camera.PinholeCamera;
import org.skycrane.render.gl.Renderer;
import org.skycrane.render.scene.Body;
import org.skycrane.render.scene.MarsSky;
import org.skycrane.render.scene.Material;
import org.skycrane.render.scene.Mesh;
import org.skycrane.render.scene.Pose;
import org.skycrane.render.scene.Rgb;
import org.skycrane.render.scene.Scene;
import org.skycrane.render.scene.Shapes;
import org.skycrane.terrain.FlatTerrain;

/**
 * The film's cameras and ground agree with closed-form geometry. Mars 2020 is flown over flat ground
 * (the sphere at the site's elevation), not the preset's synthetic Jezero: the closed forms below
 * (marks lying flat on the ground, the horizon of a sphere) need it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CameraGeometryTest {

    Renderer renderer;
    FlightScene scene;

    @BeforeAll
    void open() {
        renderer = new Renderer();
        scene = Flights.mars2020SceneOverFlatGround();
    }

    @AfterAll
    void close() {
        renderer.close();
    }

    @Test
    @DisplayName("LCAM at its flown pose projects marked points of the site's ground to the pixels of the pinhole model, within 1 px")
    void markedGroundPointsLandWhereThePinholeModelPutsThem() {
        EdlCamera lcam = EdlCameras.byName("lcam").orElseThrow().withSize(800, 800);
        double t = scene.footage().time(EdlEvent.BACKSHELL_SEPARATION) - 1;
        PinholeCamera cam = new CameraRig(scene).at(lcam, t);
        // where the boresight meets the ground, and marks around it
        Vector3D boresight = cam.attitude().applyTo(Vector3D.PLUS_K);
        double height = cam.position().getZ() - scene.ground().heightAt(cam.position().getX(), cam.position().getY());
        Vector3D nadir = cam.position().add(boresight.scalarMultiply(height / -boresight.getZ()));
        double[][] marks = {{0, 0}, {300, 140}, {-420, 250}, {180, -520}, {-280, -310}};
        Mesh disk = Shapes.disk(0, 30, 48);
        double f = lcam.width() / 2.0 / Math.tan(lcam.horizontalFov() / 2);
        for (double[] m : marks) {
            double e = nadir.getX() + m[0];
            double n = nadir.getY() + m[1];
            Vector3D mark = new Vector3D(e, n, scene.ground().heightAt(e, n) + 0.5);
            Scene marked = Scene.builder(scene.lighting(t)).terrain(scene.ground())
                    .add(Body.of(disk, Material.emissive(new Rgb(0, 4, 0)), Pose.at(mark)).withoutShadow()).build();
            BufferedImage frame = renderer.render(marked, cam);
            boolean[] green = new boolean[frame.getWidth() * frame.getHeight()];
            for (int i = 0; i < green.length; i++) {
                int p = frame.getRGB(i % frame.getWidth(), i / frame.getWidth());
                green[i] = (p >> 8 & 0xFF) > (p >> 16 & 0xFF) + 50 && (p >> 8 & 0xFF) > (p & 0xFF) + 50;
            }
            double[] c = Segments.centroid(green, frame.getWidth());
            // closed form, independent of the renderer and of PinholeCamera.project
            Vector3D x = cam.attitude().applyInverseTo(mark.subtract(cam.position()));
            double u = lcam.width() / 2.0 + f * x.getX() / x.getZ();
            double v = lcam.height() / 2.0 + f * x.getY() / x.getZ();
            assertThat(c[2]).as("mark %s seen", Arrays.toString(m)).isGreaterThan(3);
            assertThat(Math.hypot(c[0] - u, c[1] - v)).as("mark %s at (%.1f, %.1f), predicted (%.1f, %.1f)",
                    Arrays.toString(m), c[0], c[1], u, v).isLessThan(1.0);
        }
    }

    @Test
    @DisplayName("an up-looking camera tilted to the horizon shows sky above the projected horizon, within 2 % of the geometric share")
    void skyShareMatchesTheProjectedHorizon() {
        var footage = scene.footage();
        double t = footage.time(EdlEvent.TOUCHDOWN);
        // the rover up-look camera's optics, 5 m above the flat ground at touchdown, its boresight tilted
        // 80° from the zenith toward the north, so that the horizon crosses the picture
        EdlCamera ruc = EdlCameras.byName("ruc").orElseThrow().withSize(320, 256);
        Vector3D touchdown = footage.at(t).position();
        double groundZ = scene.ground().heightAt(touchdown.getX(), touchdown.getY());
        Vector3D at = new Vector3D(touchdown.getX(), touchdown.getY(), groundZ + 5);
        double tilt = Math.toRadians(80);
        Vector3D look = new Vector3D(0, Math.sin(tilt), Math.cos(tilt));
        Vector3D down = new Vector3D(0, Math.cos(tilt), -Math.sin(tilt));
        Rotation attitude = new Rotation(Vector3D.PLUS_K, Vector3D.PLUS_J, look, down);
        PinholeCamera cam = PinholeCamera.of(ruc.width(), ruc.height(), ruc.horizontalFov(), at, attitude);
        Scene withGround = Scene.builder(scene.lighting(t)).terrain(scene.ground())
                .sky(MarsSky.daytime(0.6, 0.4)).build();
        Scene skyOnly = Scene.builder(scene.lighting(t)).sky(MarsSky.daytime(0.6, 0.4)).build();
        BufferedImage a = renderer.render(withGround, cam);
        BufferedImage b = renderer.render(skyOnly, cam);
        // ground: the datum sphere at the flat site's height, bent down by the planet's curvature
        double radius = footage.frame().radius() + ((FlatTerrain) footage.terrain()).height();
        Vector3D centre = new Vector3D(0, 0, -footage.frame().radius());
        int skyRendered = 0;
        int skyPredicted = 0;
        for (int y = 0; y < cam.height(); y++) {
            for (int x = 0; x < cam.width(); x++) {
                if (Segments.distance(a.getRGB(x, y) & 0xFFFFFF, b.getRGB(x, y) & 0xFFFFFF) <= 2) {
                    skyRendered++;
                }
                Vector3D ray = attitude.applyTo(new Vector3D((x + 0.5 - cam.width() / 2.0),
                        (y + 0.5 - cam.height() / 2.0), cam.width() / 2.0 / Math.tan(cam.horizontalFov() / 2))).normalize();
                Vector3D oc = at.subtract(centre);
                double bq = Vector3D.dotProduct(oc, ray);
                double cq = oc.getNormSq() - radius * radius;
                boolean hits = bq * bq - cq >= 0 && -bq - Math.sqrt(bq * bq - cq) > 0;
                if (!hits) {
                    skyPredicted++;
                }
            }
        }
        double n = cam.width() * (double) cam.height();
        assertThat(skyPredicted / n).as("predicted %s rendered %s", skyPredicted / n, skyRendered / n).isBetween(0.2, 0.8);
        assertThat(skyRendered / n).isCloseTo(skyPredicted / n, within(0.02));
    }
}
