package org.skycrane.render.gl;

import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.RotationConvention;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.render.scene.Body;
import org.skycrane.render.scene.HeightField;
import org.skycrane.render.scene.Lighting;
import org.skycrane.render.scene.MarsSky;
import org.skycrane.render.scene.Material;
import org.skycrane.render.scene.Mesh;
import org.skycrane.render.scene.Pose;
import org.skycrane.render.scene.Rgb;
import org.skycrane.render.scene.Scene;
import org.skycrane.render.scene.Shapes;

/** Procedural test scenes: rolling ground with craters, a box, the Mars sky. */
final class DemoScenes {

    private DemoScenes() {
    }

    /** Integer hash to [0, 1). */
    static double hash(long i, long j) {
        long h = i * 374_761_393L + j * 668_265_263L;
        h = (h ^ (h >>> 13)) * 1_274_126_177L;
        h ^= h >>> 16;
        return (h & 0xFFFFFF) / (double) 0x1000000;
    }

    /** Smooth value noise of unit cell size. */
    static double noise(double x, double y) {
        long i = (long) Math.floor(x);
        long j = (long) Math.floor(y);
        double fx = x - i;
        double fy = y - j;
        double sx = fx * fx * (3 - 2 * fx);
        double sy = fy * fy * (3 - 2 * fy);
        double a = hash(i, j);
        double b = hash(i + 1, j);
        double c = hash(i, j + 1);
        double d = hash(i + 1, j + 1);
        return (a + (b - a) * sx) + ((c + (d - c) * sx) - (a + (b - a) * sx)) * sy;
    }

    /** Fractal noise with octaves from {@code scale} metres down by halves. */
    static double fbm(double x, double y, double scale, int octaves) {
        double sum = 0;
        double amp = 1;
        double total = 0;
        for (int o = 0; o < octaves; o++) {
            sum += amp * (noise(x / scale, y / scale) - 0.5);
            total += amp;
            amp *= 0.5;
            scale *= 0.5;
        }
        return sum / total;
    }

    /** Simple-crater profile: a bowl of depth 0.2 D and a rim rising 0.04 D, flat beyond 1.5 radii. */
    static double crater(double r, double diameter) {
        double rr = r / (diameter / 2);
        if (rr < 1) {
            return diameter * (0.24 * rr * rr - 0.2);
        }
        if (rr < 1.5) {
            double t = (rr - 1) / 0.5;
            return diameter * 0.04 * (1 - t) * (1 - t);
        }
        return 0;
    }

    static final double[][] CRATERS = {{120, -80, 60}, {-300, 250, 140}, {500, 420, 90}, {-650, -500, 220},
        {40, 600, 35}, {-90, -30, 18}};

    static double height(double east, double north) {
        double h = 25 * fbm(east + 7000, north + 3000, 900, 7) + 0.6 * Math.sin(east / 170) * Math.cos(north / 230);
        for (double[] c : CRATERS) {
            h += crater(Math.hypot(east - c[0], north - c[1]), c[2]);
        }
        return h;
    }

    /**
     * Albedo of bright Martian soil, roughly 0.09 / 0.17 / 0.30 in blue / green / red (the rise toward
     * the red of Mars' reflectance spectrum), varied by ±35 % with fractal noise.
     */
    static int albedo(double east, double north) {
        double k = 1 + 0.7 * fbm(east + 100, north - 900, 300, 6) + 0.25 * fbm(east, north, 8, 3);
        return Rgb.linearToSrgb(0.30 * k) << 16 | Rgb.linearToSrgb(0.17 * k) << 8 | Rgb.linearToSrgb(0.09 * k);
    }

    /** A square field of {@code points}² grid points centred on the origin at {@code posting} m. */
    static HeightField field(int points, double posting) {
        double half = (points - 1) * posting / 2;
        return HeightField.sample(-half, -half, posting, points, points, DemoScenes::height, DemoScenes::albedo);
    }

    /** Afternoon Mars daylight: Sun 35° high in the west-south-west. */
    static Lighting daylight() {
        return Lighting.marsDaylight(Math.toRadians(35), Math.toRadians(250), 1.6, 0.45);
    }

    static final Mesh BOX = Shapes.box(6, 4, 3);
    static final Mesh DISK = Shapes.disk(1.5, 10, 64);

    /** Terrain, a 6 × 4 × 3 m box hovering 8 m above the ground near the origin, and the sky. */
    static Scene scene(HeightField field) {
        double ground = field.heightAt(0, 0);
        Rotation yaw = new Rotation(Vector3D.PLUS_K, Math.toRadians(20), RotationConvention.VECTOR_OPERATOR);
        return Scene.builder(daylight())
                .terrain(field)
                .sky(MarsSky.daytime(0.6, 0.4))
                .add(Body.of(BOX, Material.matte(new Rgb(0.6, 0.6, 0.62)), new Pose(new Vector3D(0, 0, ground + 9.5), yaw)))
                .add(Body.of(DISK, Material.matte(new Rgb(0.7, 0.25, 0.15)).withTranslucency(0.4),
                        Pose.at(new Vector3D(0, 0, ground + 40))))
                .build();
    }
}
