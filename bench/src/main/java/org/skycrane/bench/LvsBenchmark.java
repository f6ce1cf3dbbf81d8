package org.skycrane.bench;

import java.util.concurrent.TimeUnit;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.skycrane.gnc.nav.MapProjection;
import org.skycrane.gnc.nav.OnboardMap;
import org.skycrane.gnc.trn.DescentImage;
import org.skycrane.gnc.trn.GroundProjection;
import org.skycrane.gnc.trn.LanderVisionSystem;
import org.skycrane.gnc.trn.LvsMaps;
import org.skycrane.gnc.trn.OrbitalMap;
import org.skycrane.io.ScenarioReader;
import org.skycrane.scenario.Scenario;
import org.skycrane.sensors.DescentCamera;
import org.skycrane.terrain.MapPoint;
import org.skycrane.terrain.Terrain;
import org.skycrane.vision.RenderedVision;

/**
 * The Lander Vision System's costs per image over the synthetic Jezero of
 * {@code examples/mars2020-jezero.yaml} (run from the repository root), on images rendered from a
 * nadir pose 3 km above the site (512² px, the preset's LCAM): the ground projection of the coarse
 * patch (160² at 12 m/px) and of the fine area (320² at 6 m/px); a first image (coarse FFT match over
 * a 3 km prior, then the fine matches), a later image (fine matches only, 10 m prior), and a full
 * LVS solution (the preset's three images: one coarse + fine, two fine). The coarse match alone is
 * the first image less a later one less the coarse projection; the fine match alone a later image less
 * the fine projection. Rendering an image (the truth side, not the LVS) is timed for comparison.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar LvsBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LvsBenchmark {

    @Param({"examples/mars2020-jezero.yaml"})
    public String scenario;

    private Terrain terrain;
    private DescentCamera camera;
    private GroundProjection ground;
    private LanderVisionSystem lvs;
    private LvsMaps maps;
    private final DescentImage[] images = new DescentImage[3];
    private final Vector3D[] truth = new Vector3D[3];
    private Rotation attitude;
    private Vector3D far;
    private double t0;

    @Setup(Level.Trial)
    public void setUp() {
        Scenario s = ScenarioReader.read(scenario);
        terrain = s.environment().terrain();
        RenderedVision vision = new RenderedVision();
        maps = vision.maps(terrain, s.trn());
        MapProjection projection = projection(terrain);
        ground = new GroundProjection(projection, dem(terrain, projection));
        lvs = new LanderVisionSystem(LanderVisionSystem.Config.standard(), maps, projection, ground);
        camera = vision.camera(terrain, s.trn(), s.mission().entryInterface());
        attitude = nadir(terrain);
        t0 = 329;   // the image-mode flight's first LVS image, s after entry interface
        for (int k = 0; k < 3; k++) {
            truth[k] = terrain.frame().toMarsFixed(0, -20.0 * k, terrain.height(0, 0) + 3000 - 75.0 * k);
            images[k] = camera.capture(t0 + k, truth[k], attitude);
        }
        far = terrain.frame().toMarsFixed(1200, 900, terrain.height(0, 0) + 3000);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        camera.close();
    }

    /** Truth side: one 512² LCAM image rendered (not part of the LVS's own time). */
    @Benchmark
    public DescentImage renderImage() {
        return camera.capture(t0, truth[0], attitude);
    }

    /** Ground projection of the coarse patch: 160 × 160 px at the coarse map's 12 m. */
    @Benchmark
    public Object projectCoarsePatch() {
        OrbitalMap m = maps.coarse();
        return ground.rectify(images[0], truth[0], attitude, -960, 960, m.cell(), 160, 160);
    }

    /** Ground projection of the fine area: 320 × 320 px at the fine map's 6 m. */
    @Benchmark
    public Object projectFineArea() {
        OrbitalMap m = maps.fine();
        return ground.rectify(images[0], truth[0], attitude, -960, 960, m.cell(), 320, 320);
    }

    /** A first image: projection, coarse FFT match over a 1.5 km off prior (1σ 1 km), projection, fine matches. */
    @Benchmark
    public LanderVisionSystem.ImageResult firstImage() {
        return lvs.process(images[0], far, attitude, 1000, true);
    }

    /** A later image: projection and fine matches with a 10 m prior. */
    @Benchmark
    public LanderVisionSystem.ImageResult laterImage() {
        return lvs.process(images[1], truth[1], attitude, 10, false);
    }

    /** A full LVS solution: the first image (coarse + fine) and two more (fine), as the preset's 3 images. */
    @Benchmark
    public int solution() {
        int inliers = lvs.process(images[0], far, attitude, 1000, true).inliers();
        inliers += lvs.process(images[1], truth[1], attitude, 10, false).inliers();
        inliers += lvs.process(images[2], truth[2], attitude, 10, false).inliers();
        return inliers;
    }

    private static MapProjection projection(Terrain t) {
        return new MapProjection() {
            @Override
            public double[] toMap(Vector3D marsFixed) {
                MapPoint p = t.frame().toMap(marsFixed);
                return new double[] {p.east(), p.north(), p.height()};
            }

            @Override
            public Vector3D toMarsFixed(double east, double north, double height) {
                return t.frame().toMarsFixed(east, north, height);
            }

            @Override
            public Vector3D[] axes(double east, double north) {
                var a = t.frame().axesAt(east, north);
                return new Vector3D[] {a.east(), a.north(), a.up()};
            }
        };
    }

    /** Body +X straight down at the site, body +Y east. */
    private static Rotation nadir(Terrain t) {
        var a = t.frame().axesAt(0, 0);
        return new Rotation(Vector3D.PLUS_I, Vector3D.PLUS_J, a.up().negate(), a.east());
    }

    /** The onboard elevation model: 20 m posts over ±8 km (the navigation's onboard map posting). */
    private static OnboardMap dem(Terrain t, MapProjection projection) {
        int half = 400;
        int size = 2 * half + 1;
        float[] h = new float[size * size];
        for (int j = 0; j < size; j++) {
            for (int i = 0; i < size; i++) {
                h[j * size + i] = (float) t.heightAtResolution((i - half) * 20.0, (j - half) * 20.0, 20);
            }
        }
        return new OnboardMap(projection, 20, size, h, 2, 2000);
    }
}
