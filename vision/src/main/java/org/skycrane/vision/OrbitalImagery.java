package org.skycrane.vision;

import java.util.SplittableRandom;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.gnc.trn.GrayImage;
import org.skycrane.gnc.trn.LvsMaps;
import org.skycrane.gnc.trn.OrbitalMap;
import org.skycrane.render.camera.PinholeCamera;
import org.skycrane.render.gl.Renderer;
import org.skycrane.render.scene.HeightField;
import org.skycrane.render.scene.Lighting;
import org.skycrane.render.scene.Scene;
import org.skycrane.terrain.Terrain;

/**
 * The Lander Vision System's onboard maps made the way the mission made its own: not from the
 * ground but from orbital images of it. An elevation model the orbital stereo would give (the
 * ground at {@link #DEM_POSTING} m posts, plus a smooth height error of {@link #DEM_ERROR} m 1σ
 * correlated over {@link #DEM_ERROR_CORRELATION} m) is rendered from 1,000 km straight above, lit by
 * the orbital imagery's Sun, with the ground's albedo at the map's pixel size; the picture is then
 * blurred ({@link #BLUR} px 1σ, the orbital camera's point spread) and noised ({@link #NOISE} of full
 * scale, 8 bits). Mars 2020's maps came from a mosaic of three CTX ortho-images at 6 m/px, its DEM
 * from CTX stereo at 20 m posts (USGS, "Mars 2020 Terrain Relative Navigation CTX DTM Mosaic",
 * doi:10.5066/P906QQT8); the error, blur and noise values are ASSUMED. So the maps differ from a
 * descent image by illumination (Sun angle and shadows), resolution, relief detail and noise.
 */
public final class OrbitalImagery {

    /** Posting of the orbital elevation model (m): CTX stereo's 20 m. */
    static final double DEM_POSTING = 20;
    /** 1σ of its height error (m), ASSUMED. */
    static final double DEM_ERROR = 3;
    /** Correlation length of that error (m), ASSUMED. */
    static final double DEM_ERROR_CORRELATION = 1000;
    /** Blur of the orbital image (pixels, 1σ), ASSUMED. */
    static final double BLUR = 0.6;
    /** Noise of the orbital image (fraction of full scale, 1σ), ASSUMED. */
    static final double NOISE = 0.01;
    /** Half-width of the coarse map about the site (m). */
    static final double COARSE_HALF = 10_000;
    /** Half-width of the fine map about the site (m). */
    static final double FINE_HALF = 6_000;
    /** The maps' stated horizontal tie error to the site frame (m), 1σ, used in the fixes' covariance; ASSUMED. */
    static final double TIE_ERROR = 3;

    private static final double ORBIT = 1_000_000;
    private static final int TILE = 1024;

    private OrbitalImagery() {
    }

    /**
     * The coarse (12 m/px) and fine (6 m/px) maps of {@code ground} about the site's origin.
     *
     * @param ground       the site
     * @param sunElevation Sun elevation of the orbital images (rad)
     * @param sunAzimuth   its azimuth, clockwise from north (rad)
     * @param seed         seed of the elevation model's error
     */
    public static LvsMaps maps(Terrain ground, double sunElevation, double sunAzimuth, long seed) {
        Rasters.Heights dem = elevationModel(ground, COARSE_HALF + 500, seed);
        Lighting light = Lighting.marsDaylight(sunElevation, sunAzimuth, 1.6, 0.45);
        try (Renderer renderer = new Renderer()) {
            OrbitalMap coarse = map(renderer, ground, dem, light, 12, COARSE_HALF, seed + 1);
            OrbitalMap fine = map(renderer, ground, dem, light, 6, FINE_HALF, seed + 2);
            return new LvsMaps(coarse, fine);
        }
    }

    private static OrbitalMap map(Renderer renderer, Terrain ground, Rasters.Heights dem, Lighting light, double cell,
                                  double half, long seed) {
        int n = (int) Math.round(2 * half / cell);
        double west = -n * cell / 2;
        double north = n * cell / 2;
        int margin = 4;
        HeightField field = Rasters.field(ground, dem, west - margin * cell, north - (n + margin) * cell, cell,
                n + 2 * margin + 1);
        double mean = 0;
        for (float h : field.heights()) {
            mean += h;
        }
        mean /= field.heights().length;
        Scene scene = Scene.builder(light).terrain(field).build();
        int tiles = (n + TILE - 1) / TILE;
        int size = (n + tiles - 1) / tiles;
        float[] px = new float[n * n];
        // camera +X east, +Y south, boresight down
        Rotation down = new Rotation(Vector3D.PLUS_I, Vector3D.PLUS_J, Vector3D.PLUS_I, Vector3D.MINUS_J);
        byte[] rgb = new byte[size * size * 3];
        for (int tj = 0; tj < tiles; tj++) {
            for (int ti = 0; ti < tiles; ti++) {
                double cx = west + (ti + 0.5) * size * cell;
                double cy = north - (tj + 0.5) * size * cell;
                double fov = 2 * Math.atan(size * cell / 2 / ORBIT);
                PinholeCamera camera = PinholeCamera.of(size, size, fov, new Vector3D(cx, cy, mean + ORBIT), down);
                renderer.render(scene, camera, rgb);
                float[] lum = Rasters.luminance(rgb, size * size);
                for (int j = 0; j < size; j++) {
                    int row = tj * size + j;
                    for (int i = 0; i < size; i++) {
                        int col = ti * size + i;
                        if (row < n && col < n) {
                            px[row * n + col] = lum[j * size + i];
                        }
                    }
                }
            }
        }
        renderer.evict(field);
        GrayImage blurred = Rasters.blur(new GrayImage(n, n, px), BLUR);
        GrayImage image = new GrayImage(n, n, Rasters.noise(blurred.pixels(), NOISE, 256, new SplittableRandom(seed)));
        return new OrbitalMap(image, west, north, cell, TIE_ERROR);
    }

    /** The orbital elevation model: the ground at DEM posts, bilinear between them, plus its smooth error. */
    static Rasters.Heights elevationModel(Terrain ground, double half, long seed) {
        int n = (int) Math.ceil(2 * half / DEM_POSTING) + 1;
        double origin = -(n - 1) * DEM_POSTING / 2;
        float[] posts = new float[n * n];
        java.util.stream.IntStream.range(0, n).parallel().forEach(j -> {
            for (int i = 0; i < n; i++) {
                posts[j * n + i] = (float) ground.heightAtResolution(origin + i * DEM_POSTING, origin + j * DEM_POSTING,
                        DEM_POSTING);
            }
        });
        int m = (int) Math.ceil(2 * half / DEM_ERROR_CORRELATION) + 2;
        float[] error = new float[m * m];
        SplittableRandom random = new SplittableRandom(seed ^ 0x44454dL);
        for (int k = 0; k < error.length; k++) {
            error[k] = (float) (DEM_ERROR * random.nextGaussian());
        }
        return (e, nn) -> bilinear(posts, n, (e - origin) / DEM_POSTING, (nn - origin) / DEM_POSTING)
                + bilinear(error, m, (e + half) / DEM_ERROR_CORRELATION, (nn + half) / DEM_ERROR_CORRELATION);
    }

    private static double bilinear(float[] g, int n, double x, double y) {
        x = Math.max(0, Math.min(n - 1.000001, x));
        y = Math.max(0, Math.min(n - 1.000001, y));
        int i = (int) x;
        int j = (int) y;
        double fx = x - i;
        double fy = y - j;
        return (1 - fy) * ((1 - fx) * g[j * n + i] + fx * g[j * n + i + 1])
                + fy * ((1 - fx) * g[(j + 1) * n + i] + fx * g[(j + 1) * n + i + 1]);
    }
}
