package org.skycrane.gnc.nav;

/**
 * The steepest edge (m/m) of a square grid of posts within any square of the map, in a few look-ups:
 * level 0 holds the steepest cell edge of each block of {@link #BASE} × {@link #BASE} cells, each
 * higher level the steepest of 2 × 2 blocks of the level below (a maximum mipmap, as height-field ray
 * tracers use). A query picks the level whose blocks are at least as wide as the square, so it reads
 * at most 3 × 3 blocks. Points outside the grid take the rim's cells, as the map's heights do (the
 * nearest edge height holds). Level 0 is coarser than a cell so that the pyramid stays a few hundred
 * kilobytes, in cache beside the posts, for a bound a few cells looser.
 */
final class SlopePyramid {

    /** Cells per side of a level-0 block: 2^2. */
    static final int BASE_SHIFT = 2;
    static final int BASE = 1 << BASE_SHIFT;

    private final double posting;
    private final double centre;
    private final int cells;
    private final float[][] levels;
    private final int[] widths;

    /**
     * @param base    the steepest cell edge of each level-0 block, {@link #base} of the posts (m/m)
     * @param size    posts per side
     * @param posting grid spacing (m)
     */
    SlopePyramid(float[] base, int size, double posting) {
        this.posting = posting;
        this.centre = (size - 1) / 2.0;
        this.cells = size - 1;
        int baseWidth = baseWidth(size);
        if (base.length != baseWidth * baseWidth) {
            throw new IllegalArgumentException("a map of " + size + " posts a side has " + baseWidth * baseWidth
                    + " level-0 blocks, not " + base.length);
        }
        int count = 1;
        for (int w = baseWidth; w > 1; w = (w + 1) / 2) {
            count++;
        }
        levels = new float[count][];
        widths = new int[count];
        levels[0] = base;
        widths[0] = baseWidth;
        for (int l = 1; l < count; l++) {
            int below = widths[l - 1];
            int w = (below + 1) / 2;
            float[] level = new float[w * w];
            float[] from = levels[l - 1];
            for (int j = 0; j < w; j++) {
                for (int i = 0; i < w; i++) {
                    float m = 0;
                    for (int dj = 0; dj < 2; dj++) {
                        for (int di = 0; di < 2; di++) {
                            int x = 2 * i + di;
                            int y = 2 * j + dj;
                            if (x < below && y < below) {
                                m = Math.max(m, from[y * below + x]);
                            }
                        }
                    }
                    level[j * w + i] = m;
                }
            }
            levels[l] = level;
            widths[l] = w;
        }
    }

    /** Level-0 blocks per side of a map of {@code size} posts a side. */
    static int baseWidth(int size) {
        return (size - 1 + BASE - 1) / BASE;
    }

    /**
     * The steepest cell edge (m/m) of each level-0 block of {@code size}² posts {@code heights}
     * (row-major, from the south-west) {@code posting} m apart, row-major: a pass over every post,
     * worth keeping beside them.
     */
    static float[] base(float[] heights, int size, double posting) {
        int cells = size - 1;
        int baseWidth = baseWidth(size);
        float[] rise = new float[baseWidth * baseWidth]; // the largest height difference along an edge (m)
        for (int j = 0; j < cells; j++) {
            int blockRow = (j >> BASE_SHIFT) * baseWidth;
            for (int i = 0; i < cells; i++) {
                float sw = heights[j * size + i];
                float se = heights[j * size + i + 1];
                float nw = heights[(j + 1) * size + i];
                float ne = heights[(j + 1) * size + i + 1];
                float steepest = Math.max(Math.max(Math.abs(se - sw), Math.abs(ne - nw)),
                        Math.max(Math.abs(nw - sw), Math.abs(ne - se)));
                int block = blockRow + (i >> BASE_SHIFT);
                if (steepest > rise[block]) {
                    rise[block] = steepest;
                }
            }
        }
        float[] base = new float[rise.length];
        for (int b = 0; b < rise.length; b++) {
            // a float difference of floats can round down by half an ulp: one ulp up, then up to a bound
            base[b] = rise[b] == 0 ? 0 : roundedUp(Math.nextUp(rise[b]) / posting);
        }
        return base;
    }

    /** The steepest edge (m/m) of the cells that meet the square of half-width {@code reach} (m) about map east, north (m). */
    double steepest(double east, double north, double reach) {
        int i0 = cell(east - reach) >> BASE_SHIFT;
        int i1 = cell(east + reach) >> BASE_SHIFT;
        int j0 = cell(north - reach) >> BASE_SHIFT;
        int j1 = cell(north + reach) >> BASE_SHIFT;
        int level = 0;
        while (level + 1 < levels.length && ((i1 >> level) - (i0 >> level) > 2 || (j1 >> level) - (j0 >> level) > 2)) {
            level++;
        }
        float[] blocks = levels[level];
        int w = widths[level];
        float m = 0;
        for (int j = j0 >> level; j <= j1 >> level; j++) {
            for (int i = i0 >> level; i <= i1 >> level; i++) {
                m = Math.max(m, blocks[j * w + i]);
            }
        }
        return m;
    }

    /** The cell under map coordinate {@code x} (m), clamped to the grid. */
    private int cell(double x) {
        double c = x / posting + centre;
        return c <= 0 ? 0 : c >= cells ? cells - 1 : (int) c;
    }

    /** The smallest float not below {@code x}: the bound stays a bound in single precision. */
    private static float roundedUp(double x) {
        float f = (float) x;
        return f < x ? Math.nextUp(f) : f;
    }
}
