package org.skycrane.render.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.RotationConvention;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.skycrane.render.camera.PinholeCamera;
import org.skycrane.render.scene.Body;
import org.skycrane.render.scene.HeightField;
import org.skycrane.render.scene.Lighting;
import org.skycrane.render.scene.Material;
import org.skycrane.render.scene.Mesh;
import org.skycrane.render.scene.Pose;
import org.skycrane.render.scene.Rgb;
import org.skycrane.render.scene.Scene;
import org.skycrane.render.scene.Shapes;

/** The rendered image agrees with the camera model and with the geometry of sunlight. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeometryTest {

    Renderer renderer;

    @BeforeAll
    void open() {
        renderer = new Renderer(Renderer.Options.defaults().withSamples(4));   // exercises the multisample resolve
    }

    @AfterAll
    void close() {
        renderer.close();
    }

    static HeightField flat(int points, double posting, int albedo, double offset) {
        double half = (points - 1) * posting / 2;
        return HeightField.sample(-half + offset, -half - offset, posting, points, points, (e, n) -> 0, (e, n) -> albedo);
    }

    static void save(BufferedImage image, String name) throws IOException {
        Path dir = Path.of("target", "render-tests");
        Files.createDirectories(dir);
        ImageIO.write(image, "png", dir.resolve(name).toFile());
    }

    /**
     * A camera at a known pose, far from the local origin (so that camera-relative rendering is
     * exercised), above flat dark ground marked by small bright disks: each marker's centroid in the
     * rendered image is within 1 px of where the pinhole model puts the marker's centre (the
     * requirement; a circle of radius r at distance d projects to an ellipse whose centre is off the
     * projected centre by far less, ~(r/d)² pixels).
     */
    @Test
    void markersOnFlatGroundAppearWhereThePinholeModelProjectsThem() throws IOException {
        double east0 = 3_512.0;
        double north0 = -2_207.0;
        HeightField ground = flat(161, 1.0, 0x080808, 0);
        // The same ground moved to (east0, north0): build it there.
        HeightField far = HeightField.sample(east0 - 80, north0 - 80, 1.0, 161, 161, (e, n) -> 0, (e, n) -> 0x080808);
        Mesh marker = Shapes.disk(0, 0.2, 24);
        double[][] marks = {{0, 0}, {12, 7}, {-15, 10}, {8, -12}, {-20, -6}, {25, 18}};
        Scene.Builder b = Scene.builder(Lighting.marsDaylight(Math.toRadians(40), 0, 1, 0.3)).terrain(far);
        List<Vector3D> centres = new ArrayList<>();
        for (double[] m : marks) {
            Vector3D c = new Vector3D(east0 + m[0], north0 + m[1], 0.02);
            centres.add(c);
            b.add(Body.of(marker, Material.emissive(Rgb.WHITE), Pose.at(c)).withoutShadow());
        }
        Scene scene = b.build();
        Rotation look = PinholeCamera.attitudeLookingAt(new Vector3D(4, 45, -28), Vector3D.PLUS_K);
        Rotation rolled = look.compose(new Rotation(Vector3D.PLUS_K, Math.toRadians(12), RotationConvention.VECTOR_OPERATOR),
                RotationConvention.VECTOR_OPERATOR);
        PinholeCamera camera = PinholeCamera.of(640, 480, Math.toRadians(70),
                new Vector3D(east0 - 3.3, north0 - 41.7, 26.4), rolled);
        BufferedImage image = renderer.render(scene, camera);
        save(image, "markers.png");
        for (Vector3D c : centres) {
            PinholeCamera.ImagePoint p = camera.project(c);
            assertTrue(p.inside(640, 480), "marker " + c + " should be in view: " + p);
            double[] found = ImageStats.centroid(image, p.u(), p.v(), 12, px -> ImageStats.luma(px) > 20, true);
            assertTrue(found[3] >= 3, "marker at " + p + " not seen");
            double error = Math.hypot(found[0] - p.u(), found[1] - p.v());
            assertEquals(0, error, 1.0, "marker " + c + ": rendered centroid (" + found[0] + ", " + found[1]
                    + ") vs projected (" + p.u() + ", " + p.v() + "), pixels");
        }
        assertTrue(ground.columns() == 161);
    }

    /**
     * A 2 m cube hovering 6 m above flat ground, the Sun 50° high: its shadow is the parallel
     * projection of the cube along the sunlight, centred (central symmetry) on the ground point
     * where the line through the cube's centre along the Sun direction meets the ground, and with
     * the area of the convex hull of the projected corners. A nadir camera sees it there within 1 px
     * and with that area within 3 % (edge pixels and the shadow map's 1.7 mm texels).
     */
    @Test
    void aBoxShadowFallsWhereTheSunlightGeometryPutsIt() throws IOException {
        double elevation = Math.toRadians(50);
        double azimuth = Math.toRadians(120);
        Lighting light = Lighting.marsDaylight(elevation, azimuth, 1.5, 0.3);
        Vector3D s = light.sunDirection();
        Vector3D centre = new Vector3D(0, 0, 6);
        Vector3D shadowCentre = centre.subtract(s.scalarMultiply(centre.getZ() / s.getZ()));
        Rotation yaw = new Rotation(Vector3D.PLUS_K, Math.toRadians(25), RotationConvention.VECTOR_OPERATOR);
        Scene scene = Scene.builder(light)
                .terrain(flat(121, 0.5, 0xB0B0B0, 0))
                .add(Body.of(Shapes.box(2, 2, 2), Material.emissive(new Rgb(1, 1, 1)), new Pose(centre, yaw)))
                .build();
        PinholeCamera camera = PinholeCamera.of(640, 480, Math.toRadians(40),
                new Vector3D(shadowCentre.getX(), shadowCentre.getY(), 40),
                PinholeCamera.attitudeLookingAt(Vector3D.MINUS_K, Vector3D.PLUS_J));
        BufferedImage image = renderer.render(scene, camera);
        save(image, "shadow.png");
        PinholeCamera.ImagePoint p = camera.project(shadowCentre);
        // Lit ground vs shadowed ground: ambient only in the shadow.
        double lit = ImageStats.luma(image.getRGB(5, 5));
        double shaded = ImageStats.luma(image.getRGB((int) p.u(), (int) p.v()));
        assertTrue(lit > shaded + 40, "lit ground luma " + lit + " vs shadow " + shaded);
        double threshold = 0.5 * (lit + shaded);
        double[] found = ImageStats.centroid(image, p.u(), p.v(), 200, px -> ImageStats.luma(px) < threshold, false);
        assertEquals(p.u(), found[0], 1.0, "shadow centroid u (pixels)");
        assertEquals(p.v(), found[1], 1.0, "shadow centroid v (pixels)");
        // Expected area: hull of the cube's 8 corners projected along s onto z = 0.
        List<double[]> pts = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            Vector3D corner = centre.add(yaw.applyTo(new Vector3D((k & 1) == 0 ? -1 : 1, (k & 2) == 0 ? -1 : 1,
                    (k & 4) == 0 ? -1 : 1)));
            Vector3D g = corner.subtract(s.scalarMultiply(corner.getZ() / s.getZ()));
            pts.add(new double[] {g.getX(), g.getY()});
        }
        double area = hullArea(pts);
        double metresPerPixel = 40 / camera.focalLength();
        double measured = found[3] * metresPerPixel * metresPerPixel;
        assertEquals(area, measured, 0.03 * area, "shadow area (m²)");
    }

    /** Area of the convex hull of 2-D points (gift wrapping + shoelace). */
    static double hullArea(List<double[]> pts) {
        List<double[]> hull = new ArrayList<>();
        double[] start = pts.stream().min((a, b) -> Double.compare(a[0], b[0])).orElseThrow();
        double[] current = start;
        do {
            hull.add(current);
            double[] next = null;
            for (double[] q : pts) {
                if (q == current) {
                    continue;
                }
                if (next == null) {
                    next = q;
                    continue;
                }
                double cross = (next[0] - current[0]) * (q[1] - current[1]) - (next[1] - current[1]) * (q[0] - current[0]);
                if (cross < 0) {
                    next = q;
                }
            }
            current = next;
        } while (current != start && hull.size() <= pts.size());
        double a = 0;
        for (int i = 0; i < hull.size(); i++) {
            double[] u = hull.get(i);
            double[] v = hull.get((i + 1) % hull.size());
            a += u[0] * v[1] - v[0] * u[1];
        }
        return Math.abs(a) / 2;
    }
}
