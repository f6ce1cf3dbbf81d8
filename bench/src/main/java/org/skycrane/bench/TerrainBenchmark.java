package org.skycrane.bench;

import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;
import org.skycrane.terrain.HazardMap;
import org.skycrane.terrain.HazardSpec;
import org.skycrane.terrain.SiteFrame;
import org.skycrane.terrain.SyntheticTerrain;
import org.skycrane.terrain.TerrainSpec;

/**
 * Synthetic terrain costs: generation around the target (a fresh instance, first touch of the tiles
 * a landing needs: 3×3 tiles of the 1 m level and the coarser tiles above them), and warm queries —
 * height, height above ground far above (5 km) and near (2 m) the ground, a radar-like ray cast from
 * 2 km at 20° off nadir at full resolution and with a 64 m footprint, and a touchdown footprint check.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TerrainBenchmark {

    @Param({"jezero", "gale"})
    public String site;

    private TerrainSpec spec;
    private SyntheticTerrain terrain;
    private HazardMap hazards;
    private final Vector3D[] far = new Vector3D[1024];
    private final Vector3D[] near = new Vector3D[1024];
    private final double[] east = new double[1024];
    private final double[] north = new double[1024];
    private Vector3D radar;
    private final Vector3D[] beams = new Vector3D[64];
    private int i;

    @Setup(Level.Trial)
    public void setUp() {
        spec = "gale".equals(site) ? TerrainSpec.gale() : TerrainSpec.jezero();
        terrain = new SyntheticTerrain(spec, 1);
        hazards = new HazardMap(terrain, HazardSpec.skyCrane());
        SiteFrame frame = terrain.frame();
        for (int k = 0; k < 1024; k++) {
            east[k] = (k % 32) * 3.1 - 50;
            north[k] = (k / 32) * 2.9 - 50;
            double h = terrain.height(east[k], north[k]);
            far[k] = frame.toMarsFixed(east[k], north[k], h + 5000);
            near[k] = frame.toMarsFixed(east[k], north[k], h + 2);
        }
        radar = frame.toMarsFixed(0, 0, spec.elevation() + 2000);
        double off = Math.toRadians(20);
        for (int k = 0; k < beams.length; k++) {
            double az = 2 * Math.PI * k / beams.length;
            beams[k] = frame.axesAt(0, 0).toMarsFixed(Math.sin(off) * Math.sin(az), Math.sin(off) * Math.cos(az),
                    -Math.cos(off));
            terrain.rayCast(radar, beams[k], 20_000);
            terrain.rayCast(radar, beams[k], 20_000, 64);
        }
    }

    /** A new instance and the tiles under a touchdown at the target: the cost a campaign pays once. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double generateAroundTarget() {
        SyntheticTerrain fresh = new SyntheticTerrain(spec, 7);
        double sum = 0;
        for (int a = -1; a <= 1; a++) {
            for (int b = -1; b <= 1; b++) {
                sum += fresh.height(64 * a + 1, 64 * b + 1);
            }
        }
        SiteFrame frame = fresh.frame();
        for (double h = 8000; h > 1; h /= 2) {
            sum += fresh.heightAboveGround(frame.toMarsFixed(0, 0, spec.elevation() + h));
        }
        return sum;
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public double height() {
        int k = i++ & 1023;
        return terrain.height(east[k], north[k]);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public double heightAboveGroundFar() {
        return terrain.heightAboveGround(far[i++ & 1023]);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public double heightAboveGroundNear() {
        return terrain.heightAboveGround(near[i++ & 1023]);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object rayCastFullResolution() {
        return terrain.rayCast(radar, beams[i++ & 63], 20_000);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object rayCastRadarFootprint() {
        return terrain.rayCast(radar, beams[i++ & 63], 20_000, 64);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object touchdownFootprint() {
        int k = i++ & 1023;
        return hazards.footprint(east[k], north[k], 2.5);
    }
}
