package org.skycrane.vision;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.RotationConvention;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.gnc.trn.GroundProjection;
import org.skycrane.gnc.trn.LanderVisionSystem;
import org.skycrane.gnc.trn.LvsMaps;
import org.skycrane.io.ScenarioReader;
import org.skycrane.scenario.Scenario;
import org.skycrane.terrain.MapPoint;
import org.skycrane.terrain.Terrain;

/**
 * Image-mode LVS solutions from random poses over the synthetic Jezero of the {@code mars2020} preset:
 * true position within ±2.5 km of the site, 2 to 4 km above the ground, tilted up to 10° (the
 * parachute's swing) in any yaw; the navigation's prior off by 1 to 3 km in a random direction with a
 * 1σ of two thirds of that (the error is within 1.5σ), its attitude off by 1 mrad per axis (1σ). The
 * images are lit by the Sun of the scenario's landing, image k taken at {@link #LVS_TIME} + k seconds.
 */
final class Poses {

    /**
     * One solution.
     *
     * @param height   true height above ground (m)
     * @param prior    prior horizontal error (m)
     * @param east     fix error east (m), NaN when rejected
     * @param north    fix error north (m), NaN when rejected
     * @param sigma    the fix's stated 1σ (m)
     * @param rejected why it was rejected, or null
     */
    record Solution(double height, double prior, double east, double north, double sigma, String rejected) {
    }

    static final Scenario SCENARIO = ScenarioReader.read("mars2020");
    static final Terrain TERRAIN = SCENARIO.environment().terrain();
    private static LvsMaps maps;
    /** Flight time of the first image (s after entry interface): the LVS start of the image-mode flight, E+329 s. */
    static final double LVS_TIME = 329;

    private Poses() {
    }

    static synchronized LvsMaps maps() {
        if (maps == null) {
            maps = new RenderedVision().maps(TERRAIN, SCENARIO.trn());
        }
        return maps;
    }

    static LanderVisionSystem lvs() {
        var projection = TestWorld.projection(TERRAIN);
        return new LanderVisionSystem(LanderVisionSystem.Config.standard(), maps(), projection,
                new GroundProjection(projection, TestWorld.dem(TERRAIN)));
    }

    /** {@code count} solutions from poses drawn with {@code seed}. */
    static List<Solution> solve(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LanderVisionSystem lvs = lvs();
        List<Solution> out = new ArrayList<>();
        var spec = SCENARIO.trn();
        LandingSun sun = new LandingSun(SCENARIO.mission().entryInterface(), TERRAIN.frame());
        try (RenderedDescentCamera camera = new RenderedDescentCamera(TERRAIN, spec.cameraPixels(), sun, 7000, seed)) {
            camera.capture(LVS_TIME, TERRAIN.frame().toMarsFixed(0, 0, TERRAIN.height(0, 0) + 4000),
                    TestWorld.nadir(TERRAIN, 0, 0, 0, 0));
            for (int k = 0; k < count; k++) {
                double e = -2500 + 5000 * random.nextDouble();
                double n = -2500 + 5000 * random.nextDouble();
                double h = 2000 + 2000 * random.nextDouble();
                Rotation truth = TestWorld.nadir(TERRAIN, e, n, 2 * Math.PI * random.nextDouble(),
                        Math.toRadians(10) * random.nextDouble());
                double up = TERRAIN.height(e, n) + h;
                double prior = 1000 + 2000 * random.nextDouble();
                double az = 2 * Math.PI * random.nextDouble();
                Vector3D believed = TERRAIN.frame().toMarsFixed(e + prior * Math.sin(az), n + prior * Math.cos(az), up);
                Vector3D tilt = new Vector3D(1e-3 * random.nextGaussian(), 1e-3 * random.nextGaussian(),
                        1e-3 * random.nextGaussian());
                Rotation attitude = new Rotation(tilt, tilt.getNorm(), RotationConvention.VECTOR_OPERATOR)
                        .compose(truth, RotationConvention.VECTOR_OPERATOR);
                var image = camera.capture(LVS_TIME + k, TERRAIN.frame().toMarsFixed(e, n, up), truth);
                var r = lvs.process(image, believed, attitude, prior / 1.5, true);
                if (r.fix() == null) {
                    out.add(new Solution(h, prior, Double.NaN, Double.NaN, Double.NaN, r.rejected()));
                } else {
                    MapPoint f = TERRAIN.frame().toMap(r.fix().position());
                    out.add(new Solution(h, prior, f.east() - e, f.north() - n, r.fix().sigma(), null));
                }
            }
        }
        return out;
    }
}
