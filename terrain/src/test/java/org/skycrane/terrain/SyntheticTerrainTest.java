package org.skycrane.terrain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;

class SyntheticTerrainTest {

    private static final TerrainSpec JEZERO = TerrainSpec.jezero();

    /** Points spanning every level, blend zone and the far field. */
    private static double[][] probes(int count) {
        Random r = new Random(7);
        double[][] p = new double[count][];
        for (int i = 0; i < count; i++) {
            double scale = Math.pow(10, 1 + 4.5 * r.nextDouble());
            p[i] = new double[] {(r.nextDouble() - 0.5) * 2 * scale, (r.nextDouble() - 0.5) * 2 * scale};
        }
        return p;
    }

    /**
     * Same seed, byte-identical heights and albedo: one instance queried in order on one thread, another
     * queried in shuffled order on 4 threads (400 points from 10 m to 300 km, every level and the far field).
     */
    @Test
    void sameSeedGivesIdenticalTerrainOnAnyThreadCountAndOrder() throws Exception {
        double[][] points = probes(400);
        SyntheticTerrain serial = new SyntheticTerrain(JEZERO, 2021);
        long[] expected = new long[points.length * 2];
        for (int i = 0; i < points.length; i++) {
            expected[2 * i] = Double.doubleToRawLongBits(serial.height(points[i][0], points[i][1]));
            expected[2 * i + 1] = Double.doubleToRawLongBits(serial.albedo(points[i][0], points[i][1]));
        }
        SyntheticTerrain parallel = new SyntheticTerrain(JEZERO, 2021);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(3));
        long[] actual = new long[expected.length];
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int start = t;
                jobs.add(pool.submit(() -> {
                    for (int k = start; k < order.size(); k += 4) {
                        int i = order.get(k);
                        actual[2 * i + 1] = Double.doubleToRawLongBits(parallel.albedo(points[i][0], points[i][1]));
                        actual[2 * i] = Double.doubleToRawLongBits(parallel.height(points[i][0], points[i][1]));
                    }
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdown();
        }
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], "bits of value " + i);
        }
        assertNotEquals(serial.height(10, 10), new SyntheticTerrain(JEZERO, 2022).height(10, 10), "another seed differs");
    }

    /**
     * Continuity across level boundaries (the stated bound): levels are blended, so the height has no
     * step; over any δ it changes by at most δ·S with S = 3 (the terrain's slope bound), plus float
     * rounding of 10⁻⁴ m. Checked with δ = 1 mm at both edges of each blend zone and at tile seams.
     */
    @Test
    void heightsAreContinuousAcrossResolutionLevels() {
        SyntheticTerrain terrain = new SyntheticTerrain(JEZERO, 9);
        double delta = 1e-3;
        double bound = delta * RayMarcher.SLOPE_BOUND + 1e-4;
        List<Double> edges = new ArrayList<>();
        for (int l = 0; l < LevelGrid.LEVELS; l++) {
            edges.add(LevelGrid.HALF[l]);
            edges.add(LevelGrid.HALF[l] - LevelGrid.BLEND[l]);
            edges.add(LevelGrid.HALF[l] - 64 * LevelGrid.CELL[l] * 3);
        }
        Random r = new Random(1);
        for (double edge : edges) {
            for (int k = 0; k < 40; k++) {
                double along = (r.nextDouble() - 0.5) * 1.6 * edge;
                for (int side = 0; side < 4; side++) {
                    double e = side == 0 ? edge : side == 1 ? -edge : along;
                    double n = side == 2 ? edge : side == 3 ? -edge : along;
                    double de = side < 2 ? delta : 0;
                    double dn = side < 2 ? 0 : delta;
                    double step = Math.abs(terrain.height(e + de / 2, n + dn / 2) - terrain.height(e - de / 2, n - dn / 2));
                    assertTrue(step <= bound, String.format("step %.6f m at (%.1f, %.1f), bound %.4f m", step, e, n, bound));
                }
            }
        }
    }

    /** At the ground, height above ground is 0 (full resolution); a point lifted by h is h above it. */
    @Test
    void heightAboveGroundIsExactNearTheGround() {
        SyntheticTerrain terrain = new SyntheticTerrain(JEZERO, 4);
        SiteFrame frame = terrain.frame();
        Random r = new Random(5);
        for (int i = 0; i < 200; i++) {
            double e = (r.nextDouble() - 0.5) * 6000;
            double n = (r.nextDouble() - 0.5) * 6000;
            double h = terrain.height(e, n);
            assertEquals(0, terrain.heightAboveGround(frame.toMarsFixed(e, n, h)), 1e-6, "on the ground (m)");
            assertEquals(30, terrain.heightAboveGround(frame.toMarsFixed(e, n, h + 30)), 1e-6, "30 m up (m)");
            assertEquals(-2, terrain.heightAboveGround(frame.toMarsFixed(e, n, h - 2)), 1e-6, "2 m below (m)");
        }
    }

    /**
     * Height above ground is continuous in height through the level-of-detail transitions (64 m to
     * 4096 m above the coarse surface): over δ = 1 mm of climb it changes by at most 1.3 δ, the
     * vertical bound the ray marcher relies on.
     */
    @Test
    void heightAboveGroundIsContinuousThroughLevelsOfDetail() {
        SyntheticTerrain terrain = new SyntheticTerrain(JEZERO, 4);
        SiteFrame frame = terrain.frame();
        double previous = Double.NaN;
        double delta = 1e-3;
        for (double z = -2700; z < 3000; z += 0.731) {
            double a = terrain.heightAboveGround(frame.toMarsFixed(123, -456, z));
            double b = terrain.heightAboveGround(frame.toMarsFixed(123, -456, z + delta));
            assertTrue(Math.abs(b - a) <= RayMarcher.VERTICAL_BOUND * delta + 1e-6, "climb of 1 mm at z = " + z);
            if (!Double.isNaN(previous)) {
                assertTrue(a > previous, "increases with height at z = " + z);
            }
            previous = a;
        }
    }

    /**
     * Background relief alone (no craters, rocks, features): RMS slope at a 1 m baseline equals the spec's
     * 5° within 5 % (calibration and sampling error); at 10 m it follows the self-affine scaling
     * tan s(10 m) = tan s(1 m)·10^(H−1) within 15 % (octave noise is only approximately self-affine).
     */
    @Test
    void backgroundRoughnessMatchesTheSpec() {
        TerrainSpec spec = JEZERO.withSurfaceAge(0).withRockAbundance(0).withFeatures(List.of());
        SyntheticTerrain terrain = new SyntheticTerrain(spec, 8);
        Random r = new Random(2);
        double s1 = 0;
        double s10 = 0;
        int n = 6000;
        for (int i = 0; i < n; i++) {
            double e = (r.nextDouble() - 0.5) * 1500;
            double no = (r.nextDouble() - 0.5) * 1500;
            double az = 2 * Math.PI * r.nextDouble();
            double h = terrain.height(e, no);
            double d1 = terrain.height(e + Math.sin(az), no + Math.cos(az)) - h;
            double d10 = terrain.height(e + 10 * Math.sin(az), no + 10 * Math.cos(az)) - h;
            s1 += d1 * d1;
            s10 += d10 * d10 / 100;
        }
        double rms1 = Math.sqrt(s1 / n);
        double rms10 = Math.sqrt(s10 / n);
        assertEquals(Math.tan(spec.rmsSlope()), rms1, 0.05 * Math.tan(spec.rmsSlope()), "RMS slope at 1 m (tan)");
        double expected10 = Math.tan(spec.rmsSlope()) * Math.pow(10, spec.hurst() - 1);
        assertEquals(expected10, rms10, 0.15 * expected10, "RMS slope at 10 m (tan)");
    }

    /** The Jezero delta front stands above the floor, the Gale mound rises toward the south-east. */
    @Test
    void siteLandformsAreWhereThePresetsPutThem() {
        SyntheticTerrain jezero = new SyntheticTerrain(JEZERO.withSurfaceAge(0).withRelief(0, 0.8), 1);
        double az = Math.toRadians(300);
        double behind = jezero.height(3000 * Math.sin(az), 3000 * Math.cos(az));
        double before = jezero.height(1500 * Math.sin(az), 1500 * Math.cos(az));
        assertEquals(60, behind - before, 1.5, "delta front relief (m)");
        SyntheticTerrain gale = new SyntheticTerrain(TerrainSpec.gale().bare().withFeatures(TerrainSpec.gale().features()), 1);
        assertTrue(gale.height(20_000, -20_000) - gale.height(0, 0) > 500, "Mount Sharp rises to the south-east");
        Vector3D up = gale.frame().up();
        assertTrue(gale.heightAboveGround(up.scalarMultiply(3_395_530 - 4400 + 100)) > 99, "100 m above the target");
    }

    /** Boulder fields raise the rock abundance where the preset puts them. */
    @Test
    void boulderFieldIsRockier() {
        SyntheticTerrain t = new SyntheticTerrain(JEZERO, 1);
        double az = Math.toRadians(300);
        assertEquals(0.30, t.rockAbundance(1850 * Math.sin(az), 1850 * Math.cos(az)), 0, "in the field");
        assertEquals(0.12, t.rockAbundance(0, 0), 0, "at the target");
    }

    /**
     * A relief's calibration goes through the store the terrain is given, once, under a key naming all it
     * depends on, and the store's answer is the calibration itself (contract of the disk cache's use).
     */
    @Test
    void calibrationGoesThroughTheGivenStore() {
        long seed = 918_273_645L; // a seed no other test draws, so this JVM has not calibrated it yet
        List<String> keys = new ArrayList<>();
        List<Double> scales = new ArrayList<>();
        SyntheticTerrain t = new SyntheticTerrain(JEZERO, seed, (key, calibrate) -> {
            double scale = calibrate.getAsDouble();
            keys.add(key);
            scales.add(scale);
            return scale;
        });
        assertEquals(1, keys.size());
        assertTrue(keys.get(0).contains("seed " + seed) && keys.get(0).contains(Double.toHexString(JEZERO.hurst()))
                && keys.get(0).contains(Double.toHexString(JEZERO.rmsSlope())), keys.get(0));
        assertEquals(SyntheticTerrain.reliefScale(JEZERO, seed), scales.get(0), 0);
        assertTrue(Double.isFinite(t.height(0, 0)));
    }
}
