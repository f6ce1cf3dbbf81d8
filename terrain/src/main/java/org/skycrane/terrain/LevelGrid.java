package org.skycrane.terrain;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A nested set of square grids centred on the site, finest first, each cut into 16×16-cell tiles
 * made on first touch and kept: level ℓ has cells of {@link #CELL}[ℓ] m over ±{@link #HALF}[ℓ] m
 * (512×512 tiles per level). A tile stores its (16+1)² corner samples, so neighbours share edges
 * and bilinear interpolation is continuous across tiles.
 *
 * <p>Every sample is the same function of its node's position whatever tile holds it (see
 * {@link TileFactory}), so the tile size changes only how much is made ahead of need, never a value.
 * A descent touches a narrow strip of the 1 m level (its last few hundred metres of track and the
 * radar's footprints); 16-cell tiles make about a sixth of the 1 m samples 64-cell tiles did
 * (see docs/performance.md).
 *
 * <p>Levels are blended: over the outer {@link #BLEND}[ℓ] m of level ℓ its value fades into the
 * next coarser level's with a smoothstep weight of the Chebyshev distance max(|e|, |n|), and beyond
 * the coarsest level into a constant far field. The blended value is therefore continuous
 * everywhere; a level boundary adds no step, only a slope of at most 1.5·|fine − coarse| / BLEND.
 *
 * <p>Thread-safe: a tile is made once under a striped lock and published through an
 * {@link AtomicReferenceArray}; tiles are never changed afterwards.
 */
final class LevelGrid {

    /** Cell sizes (m), finest first. */
    static final double[] CELL = {1, 4, 16, 64};
    /** 1 / CELL: powers of two, so multiplying by them is exact division. */
    private static final double[] INVERSE_CELL = {1, 0.25, 0.0625, 0.015625};
    /** Half-width of each level (m). */
    static final double[] HALF = {4096, 16384, 65536, 262144};
    /** Width of the blend at each level's outer edge (m). */
    static final double[] BLEND = {256, 1024, 4096, 16384};
    static final int LEVELS = CELL.length;
    /** log2 of {@link #TILE}. */
    static final int SHIFT = 4;
    /** Cells per tile side. */
    static final int TILE = 1 << SHIFT;
    static final int STRIDE = TILE + 1;
    /** Tiles per level side: 8192 cells. */
    static final int TILES = 8192 / TILE;

    /** Makes the samples of one tile. */
    @FunctionalInterface
    interface Generator {
        float[] tile(int level, int ix, int iy);
    }

    private final Generator generator;
    private final AtomicReferenceArray<float[]>[] slots;
    private final Object[] locks = new Object[256];
    private final AtomicInteger count = new AtomicInteger();

    @SuppressWarnings("unchecked")
    LevelGrid(Generator generator) {
        this.generator = generator;
        slots = new AtomicReferenceArray[LEVELS];
        for (int l = 0; l < LEVELS; l++) {
            slots[l] = new AtomicReferenceArray<>(TILES * TILES);
        }
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    /** Map east (m) of sample column {@code column} of level {@code level}. */
    static double coordinate(int level, int column) {
        return -HALF[level] + column * CELL[level];
    }

    /** The tile, made if needed. */
    float[] tile(int level, int ix, int iy) {
        int slot = iy * TILES + ix;
        float[] t = slots[level].get(slot);
        if (t != null) {
            return t;
        }
        synchronized (locks[(slot * 31 + level) & (locks.length - 1)]) {
            t = slots[level].get(slot);
            if (t == null) {
                t = generator.tile(level, ix, iy);
                slots[level].set(slot, t);
                count.incrementAndGet();
            }
        }
        return t;
    }

    /** Bilinear sample of level {@code level} at (e, n) (m); requires max(|e|, |n|) &lt; HALF[level]. */
    double sample(int level, double e, double n) {
        double inv = INVERSE_CELL[level];
        double u = (e + HALF[level]) * inv;
        double v = (n + HALF[level]) * inv;
        int gi = (int) u;
        int gj = (int) v;
        int last = TILE * TILES - 1;
        if (gi > last) {
            gi = last;
        }
        if (gj > last) {
            gj = last;
        }
        double fx = u - gi;
        double fy = v - gj;
        float[] t = tile(level, gi >>> SHIFT, gj >>> SHIFT);
        int k = (gj & (TILE - 1)) * STRIDE + (gi & (TILE - 1));
        double a = t[k] + fx * (t[k + 1] - t[k]);
        double b = t[k + STRIDE] + fx * (t[k + STRIDE + 1] - t[k + STRIDE]);
        return a + fy * (b - a);
    }

    /** Levels {@code from} and coarser blended, and {@code far} beyond the coarsest, at (e, n) (m). */
    double blended(int from, double e, double n, double far) {
        double m = Math.max(Math.abs(e), Math.abs(n));
        double sum = 0;
        double remaining = 1;
        for (int l = from; l < LEVELS; l++) {
            if (!(m < HALF[l])) {
                continue;
            }
            double v = sample(l, e, n);
            double inside = HALF[l] - m;
            if (inside >= BLEND[l]) {
                return sum + remaining * v;
            }
            double w = Smooth.step(inside / BLEND[l]);
            sum += remaining * w * v;
            remaining *= 1 - w;
        }
        return sum + remaining * far;
    }

    /** Finest level covering (e, n), or {@link #LEVELS} beyond all. */
    static int finestAt(double e, double n) {
        double m = Math.max(Math.abs(e), Math.abs(n));
        for (int l = 0; l < LEVELS; l++) {
            if (m < HALF[l]) {
                return l;
            }
        }
        return LEVELS;
    }

    /** Tiles made so far. */
    int tileCount() {
        return count.get();
    }

    /** Bytes held by the tiles' samples. */
    long sampleBytes() {
        return (long) count.get() * (STRIDE * STRIDE * 4L + 16);
    }
}
