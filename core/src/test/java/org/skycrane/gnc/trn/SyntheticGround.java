package org.skycrane.gnc.trn;

import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.RotationConvention;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.gnc.nav.MapProjection;
import org.skycrane.terrain.MapPoint;
import org.skycrane.terrain.SiteFrame;

/**
 * A test world for the matching: a flat site whose brightness is multi-octave value noise, a camera
 * that sees it by ray casting (the truth), and maps made from the same field blurred, shifted in
 * brightness and noised (the onboard side).
 */
final class SyntheticGround {

    static final SiteFrame FRAME = SiteFrame.ofDegrees(18.4, 77.5, 3_393_000);

    static final MapProjection PROJECTION = new MapProjection() {
        @Override
        public double[] toMap(Vector3D marsFixed) {
            MapPoint p = FRAME.toMap(marsFixed);
            return new double[] {p.east(), p.north(), p.height()};
        }

        @Override
        public Vector3D toMarsFixed(double east, double north, double height) {
            return FRAME.toMarsFixed(east, north, height);
        }

        @Override
        public Vector3D[] axes(double east, double north) {
            var a = FRAME.axesAt(east, north);
            return new Vector3D[] {a.east(), a.north(), a.up()};
        }
    };

    private SyntheticGround() {
    }

    /** Brightness at map point (e, n): value noise with octaves from 400 m down to 12.5 m. */
    static double brightness(double e, double n) {
        double sum = 0;
        double amp = 1;
        double scale = 400;
        for (int k = 0; k < 6; k++) {
            sum += amp * noise(e / scale, n / scale, k);
            amp *= 0.7;
            scale /= 2;
        }
        return 0.5 + 0.15 * sum;
    }

    private static double noise(double x, double y, int octave) {
        int i = (int) Math.floor(x);
        int j = (int) Math.floor(y);
        double fx = smooth(x - i);
        double fy = smooth(y - j);
        return (1 - fy) * ((1 - fx) * hash(i, j, octave) + fx * hash(i + 1, j, octave))
                + fy * ((1 - fx) * hash(i, j + 1, octave) + fx * hash(i + 1, j + 1, octave));
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }

    private static double hash(int i, int j, int k) {
        long h = i * 0x9E3779B97F4A7C15L ^ j * 0xC2B2AE3D27D4EB4FL ^ k * 0x165667B19E3779F9L;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        return ((h >>> 11) * 0x1.0p-53) * 2 - 1;
    }

    /** An orbital map of {@code cell} m over ±{@code half} m: box-averaged, contrast changed, noised. */
    static OrbitalMap map(double cell, double half, long seed) {
        int size = (int) Math.round(2 * half / cell);
        float[] px = new float[size * size];
        var random = new java.util.SplittableRandom(seed);
        for (int j = 0; j < size; j++) {
            for (int i = 0; i < size; i++) {
                double e = -half + (i + 0.5) * cell;
                double n = half - (j + 0.5) * cell;
                double s = 0;
                for (int a = -1; a <= 1; a++) {
                    for (int b = -1; b <= 1; b++) {
                        s += brightness(e + a * cell / 3, n + b * cell / 3);
                    }
                }
                px[j * size + i] = (float) (0.1 + 0.8 * s / 9 + 0.01 * random.nextGaussian());
            }
        }
        return new OrbitalMap(new GrayImage(size, size, px), -half, half, cell, 0);
    }

    /** What a nadir camera at map point (e, n, height) sees: ray-cast, with sensor noise. */
    static DescentImage image(CameraGeometry g, double e, double n, double height, Rotation bodyToFixed, long seed) {
        Vector3D camera = FRAME.toMarsFixed(e, n, height);
        Rotation cameraToFixed = bodyToFixed.compose(g.cameraToBody(), RotationConvention.VECTOR_OPERATOR);
        var random = new java.util.SplittableRandom(seed);
        float[] px = new float[g.width() * g.height()];
        for (int j = 0; j < g.height(); j++) {
            for (int i = 0; i < g.width(); i++) {
                Vector3D d = cameraToFixed.applyTo(g.ray(i + 0.5, j + 0.5));
                // flat ground: intersect the local level plane through the site's datum below the camera
                Vector3D up = camera.normalize();
                double t = -height / Vector3D.dotProduct(d, up);
                MapPoint p = FRAME.toMap(camera.add(d.scalarMultiply(t)));
                px[j * g.width() + i] = (float) (brightness(p.east(), p.north()) + 0.01 * random.nextGaussian());
            }
        }
        return new DescentImage(0, new GrayImage(g.width(), g.height(), px), g);
    }

    /** Body-to-Mars-fixed attitude that puts body +X straight down at map point (e, n), with a yaw. */
    static Rotation nadir(double e, double n, double yaw) {
        var a = FRAME.axesAt(e, n);
        Vector3D x = a.up().negate();
        Vector3D y = new Vector3D(Math.cos(yaw), a.east(), Math.sin(yaw), a.north());
        return new Rotation(Vector3D.PLUS_I, Vector3D.PLUS_J, x, y);
    }
}
