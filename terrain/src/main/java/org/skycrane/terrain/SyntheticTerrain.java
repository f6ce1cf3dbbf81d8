package org.skycrane.terrain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleSupplier;
import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * A landing site's terrain synthesised from a {@link TerrainSpec} and a seed: fractal background
 * relief, craters, rocks and the site's landforms on a four-level grid (1, 4, 16, 64 m cells out to
 * ±4, ±16, ±66, ±262 km; see {@link LevelGrid}), generated lazily by 64×64-cell tile and kept, then
 * a flat far field at the site elevation.
 *
 * <p><b>Determinism.</b> Every random draw comes from a counter-based stream keyed by (seed, what,
 * where), so the same (spec, seed) gives bit-identical heights on any thread count and in any order
 * of queries. <b>Threads.</b> One instance serves any number of threads.
 *
 * <p><b>Height above ground, level of detail.</b> {@link #heightAboveGround} compares a point with
 * the terrain seen at a resolution matched to its height a above the coarse (64 m) surface: full
 * resolution for a ≤ 64 m, one level coarser for each factor 4 above (blended continuously in
 * log a), the 64 m level from 4096 m up. So it is continuous, cheap far above the ground, exact at
 * the ground, and a descent touches 1 m tiles only in its last tens of metres. Far above the ground
 * it differs from height above the full-resolution surface by the finer levels' detail (metres).
 *
 * <p>Pitfall: heights here are above the datum sphere; the tiles hold heights relative to
 * {@link TerrainSpec#elevation()}.
 */
public final class SyntheticTerrain implements Terrain {

    /** Height above the coarse surface up to which full resolution is used (m). */
    static final double FULL_DETAIL_HEIGHT = 64;
    private static final double LN4 = Math.log(4);
    private static final long RELIEF_STREAM = 0x52454C4945460AL;
    private static final int CALIBRATION_PAIRS = 8192;
    /**
     * Calibrated reliefs by (seed, Hurst exponent, RMS slope), all the calibration depends on: a site
     * placed twice (its surface shifted to pass through the surveyed elevation) calibrates once.
     */
    private static final Map<List<Object>, FractalNoise> RELIEFS = new ConcurrentHashMap<>();

    private final TerrainSpec spec;
    private final long seed;
    private final SiteFrame frame;
    private final double elevation;
    private final TileFactory factory;
    private final LevelGrid heights;
    private final LevelGrid albedos;

    /**
     * Where the relief's calibration, one number per seed, Hurst exponent and RMS slope, may be kept
     * between runs: making it evaluates the fractal noise some 600,000 times, a tenth of a second of
     * a cold run's start-up.
     */
    @FunctionalInterface
    public interface Calibrations {
        /** Made each time (and kept for the JVM only). */
        Calibrations MADE = (key, calibrate) -> calibrate.getAsDouble();

        /**
         * The relief's scale for {@code key} (text naming everything the calibration depends on): the one
         * kept under it, else {@code calibrate}'s, which it may keep. Must return what {@code calibrate} does.
         */
        double scale(String key, DoubleSupplier calibrate);
    }

    /** The terrain of {@code spec} drawn with {@code seed}. Cheap: no tile is made until asked for. */
    public SyntheticTerrain(TerrainSpec spec, long seed) {
        this(spec, seed, Calibrations.MADE);
    }

    /** The same, its relief's calibration kept by {@code calibrations}. */
    public SyntheticTerrain(TerrainSpec spec, long seed, Calibrations calibrations) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.seed = seed;
        this.frame = spec.frame();
        this.elevation = spec.elevation();
        this.factory = new TileFactory(spec, seed, RELIEFS.computeIfAbsent(List.of(seed, spec.hurst(), spec.rmsSlope()),
                k -> relief(seed, spec.hurst(), calibrations.scale("relief calibration: seed " + seed + ", Hurst exponent "
                        + Double.toHexString(spec.hurst()) + ", RMS slope " + Double.toHexString(spec.rmsSlope()) + ", "
                        + CALIBRATION_PAIRS + " pairs", () -> reliefScale(spec, seed)))));
        this.heights = new LevelGrid(factory::heights);
        this.albedos = new LevelGrid((l, i, j) -> factory.albedo(l, i, j, (ll, e, n) -> heights.blended(ll, e, n, 0)));
    }

    /**
     * The background relief, scaled so that its RMS height difference over 1 m equals
     * tan(rmsSlope) m on the 1 m grid as queried (bilinear between nodes, which smooths the 2 m octave):
     * measured on {@value #CALIBRATION_PAIRS} seeded point pairs of the unit-weight noise (sampling
     * error of the scale about 1 %): the scale, 0 for a smooth site.
     */
    static double reliefScale(TerrainSpec spec, long seed) {
        if (spec.rmsSlope() == 0) {
            return 0;
        }
        FractalNoise unit = relief(seed, spec.hurst(), 1);
        CellRandom r = new CellRandom(seed, RELIEF_STREAM, -1, -1);
        double sum = 0;
        for (int k = 0; k < CALIBRATION_PAIRS; k++) {
            double e = (r.nextDouble() - 0.5) * 8192;
            double n = (r.nextDouble() - 0.5) * 8192;
            double a = 2 * Math.PI * r.nextDouble();
            double d = onGrid(unit, e + Math.sin(a), n + Math.cos(a)) - onGrid(unit, e, n);
            sum += d * d;
        }
        double rms = Math.sqrt(sum / CALIBRATION_PAIRS);
        return Math.tan(spec.rmsSlope()) / rms;
    }

    /** The background relief of {@code seed} and {@code hurst} at weight {@code scale}. */
    private static FractalNoise relief(long seed, double hurst, double scale) {
        return new FractalNoise(seed, RELIEF_STREAM, TileFactory.FIRST_OCTAVE, TileFactory.LAST_OCTAVE, hurst, scale);
    }

    /** Noise sampled at the 1 m nodes around (e, n) and interpolated bilinearly, as the 1 m level does. */
    private static double onGrid(FractalNoise noise, double e, double n) {
        double fe = Math.floor(e);
        double fn = Math.floor(n);
        double u = e - fe;
        double v = n - fn;
        double a = noise.value(fe, fn) + u * (noise.value(fe + 1, fn) - noise.value(fe, fn));
        double b = noise.value(fe, fn + 1) + u * (noise.value(fe + 1, fn + 1) - noise.value(fe, fn + 1));
        return a + v * (b - a);
    }

    public TerrainSpec spec() {
        return spec;
    }

    public long seed() {
        return seed;
    }

    @Override
    public SiteFrame frame() {
        return frame;
    }

    @Override
    public double height(double east, double north) {
        return elevation + heights.blended(0, east, north, 0);
    }

    /**
     * Height above the datum (m) at map point (m) seen at level of detail {@code detail}: 0 is full
     * resolution, 1, 2, 3 the 4, 16, 64 m levels, fractions blend between them.
     */
    public double height(double east, double north, double detail) {
        return elevation + relativeHeight(east, north, Math.max(0, Math.min(3, detail)), Double.NaN);
    }

    /** Seen at level of detail log4(cell / 1 m), between full resolution and the 64 m level. */
    @Override
    public double heightAtResolution(double east, double north, double cell) {
        return height(east, north, cell <= 1 ? 0 : Math.log(cell) / LN4);
    }

    private double relativeHeight(double e, double n, double detail, double coarse) {
        int j = (int) detail;
        double f = detail - j;
        if (j >= 3) {
            return Double.isNaN(coarse) ? heights.blended(3, e, n, 0) : coarse;
        }
        double hj = heights.blended(j, e, n, 0);
        if (f == 0) {
            return hj;
        }
        double hk = j + 1 == 3 && !Double.isNaN(coarse) ? coarse : heights.blended(j + 1, e, n, 0);
        return hj + f * (hk - hj);
    }

    @Override
    public Vector3D normal(double east, double north) {
        return normal(east, north, 0);
    }

    /** Upward unit normal, local east-north-up, of the surface seen at level of detail {@code detail}. */
    public Vector3D normal(double east, double north, double detail) {
        int level = Math.min(Math.max(LevelGrid.finestAt(east, north), (int) Math.ceil(detail)), 3);
        double d = 0.5 * LevelGrid.CELL[level];
        double he = (height(east + d, north, detail) - height(east - d, north, detail)) / (2 * d);
        double hn = (height(east, north + d, detail) - height(east, north - d, detail)) / (2 * d);
        return new Vector3D(-he, -hn, 1).normalize();
    }

    @Override
    public double heightAboveGround(Vector3D marsFixed) {
        return clearance(marsFixed.getX(), marsFixed.getY(), marsFixed.getZ(), 0);
    }

    /** Level of detail used at height {@code a} (m) above the coarse surface. */
    static double detailAt(double a) {
        return a <= FULL_DETAIL_HEIGHT ? 0 : Math.min(3, Math.log(a / FULL_DETAIL_HEIGHT) / LN4);
    }

    private double clearance(double x, double y, double z, double minDetail) {
        MapPoint p = frame.toMap(x, y, z);
        double up = p.height() - elevation;
        double coarse = heights.blended(3, p.east(), p.north(), 0);
        double detail = Math.max(minDetail, detailAt(up - coarse));
        return up - relativeHeight(p.east(), p.north(), detail, coarse);
    }

    @Override
    public Hit rayCast(Vector3D origin, Vector3D direction, double maxRange) {
        return rayCast(origin, direction, maxRange, 0);
    }

    /**
     * Ray cast against the surface seen at the level whose cells are about {@code footprint} (m):
     * 1 m cells for footprints up to 1 m, 64 m for 64 m and more.
     */
    @Override
    public Hit rayCast(Vector3D origin, Vector3D direction, double maxRange, double footprint) {
        double minDetail = footprint <= 1 ? 0 : Math.min(3, Math.log(footprint) / LN4);
        double minStep = 0.2 * Math.pow(4, minDetail);
        double t = RayMarcher.march((x, y, z) -> clearance(x, y, z, minDetail), origin, direction, maxRange, minStep);
        if (Double.isNaN(t)) {
            return null;
        }
        Vector3D point = new Vector3D(1, origin, t, direction.normalize());
        MapPoint map = frame.toMap(point);
        double detail = minDetail;
        Vector3D local = normal(map.east(), map.north(), detail);
        Vector3D normal = frame.axesAt(map.east(), map.north()).toMarsFixed(local);
        return new Hit(t, point, normal, map);
    }

    @Override
    public double albedo(double east, double north) {
        return albedos.blended(0, east, north, spec.albedo());
    }

    /** Seen at the level of detail whose cells are at most {@code cell} (1, 4, 16 or 64 m). */
    @Override
    public double albedoAtResolution(double east, double north, double cell) {
        int level = 0;
        while (level + 1 < LevelGrid.LEVELS && LevelGrid.CELL[level + 1] <= cell) {
            level++;
        }
        return albedos.blended(level, east, north, spec.albedo());
    }

    @Override
    public List<Rock> rocksNear(double east, double north, double radius) {
        List<Rock> out = new ArrayList<>();
        List<Rock> candidates = new ArrayList<>(factory.rocks().overlapping(east - radius, east + radius,
                north - radius, north + radius));
        candidates.addAll(factory.plantedRocks());
        for (Rock rock : candidates) {
            if (Math.hypot(rock.east() - east, rock.north() - north) - rock.diameter() / 2 <= radius) {
                out.add(rock);
            }
        }
        return out;
    }

    /** Random craters (not planted ones) at least {@code smallest} (m) across whose reach meets the box (m). */
    public List<Crater> cratersIn(double e0, double e1, double n0, double n1, double smallest) {
        return factory.craters().overlapping(e0, e1, n0, n1, smallest);
    }

    /** Random rocks (not planted ones) whose disc meets the box (m). */
    public List<Rock> rocksIn(double e0, double e1, double n0, double n1) {
        return factory.rocks().overlapping(e0, e1, n0, n1);
    }

    /** Rock abundance k at a map point (m). */
    public double rockAbundance(double east, double north) {
        return factory.rockAbundance(east, north);
    }

    /** Height and albedo tiles made so far. */
    public int tileCount() {
        return heights.tileCount() + albedos.tileCount();
    }

    /** Bytes of heap held by the tiles' samples (height and albedo). */
    public long tileBytes() {
        return heights.sampleBytes() + albedos.sampleBytes();
    }

    /** Cell size (m) of the finest level at a map point (m); 64 m beyond the grid. */
    public static double cellSize(double east, double north) {
        return LevelGrid.CELL[Math.min(LevelGrid.finestAt(east, north), 3)];
    }
}
