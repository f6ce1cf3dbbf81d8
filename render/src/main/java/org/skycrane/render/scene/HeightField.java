package org.skycrane.render.scene;

import java.util.function.DoubleBinaryOperator;

/**
 * Terrain as a regular grid of heights with an albedo per grid point, in a local east-north-up
 * frame (m). Grid point (i, j), i = 0..columns−1 eastward and j = 0..rows−1 northward, lies at
 * east = originEast + i·posting, north = originNorth + j·posting, up = height(i, j). Values are
 * stored row by row from the south: index j·columns + i.
 *
 * <p>Immutable: the arrays are copied. A 4 km × 4 km field at 1 m posting holds 16 million points
 * (64 MB of heights plus 64 MB of albedo here, and about three times that on the GPU with
 * mipmaps); the renderer draws it in chunks whose level of detail follows the distance to the camera.
 */
public final class HeightField {

    private final double originEast;
    private final double originNorth;
    private final double posting;
    private final int columns;
    private final int rows;
    private final float[] heights;
    private final int[] albedoSrgb;

    /**
     * @param originEast  east coordinate of grid point (0, 0) (m)
     * @param originNorth north coordinate of grid point (0, 0) (m)
     * @param posting     grid spacing (m, &gt; 0)
     * @param columns     grid points west to east (≥ 2)
     * @param rows        grid points south to north (≥ 2)
     * @param heights     up coordinate of each grid point (m), columns × rows values
     * @param albedoSrgb  albedo of each grid point as an 8-bit sRGB colour 0xRRGGBB, columns × rows values
     */
    public HeightField(double originEast, double originNorth, double posting, int columns, int rows,
                       float[] heights, int[] albedoSrgb) {
        if (!(posting > 0)) {
            throw new IllegalArgumentException("posting must be positive (m): " + posting);
        }
        if (columns < 2 || rows < 2) {
            throw new IllegalArgumentException("a height field needs at least 2 x 2 points: " + columns + " x " + rows);
        }
        long n = (long) columns * rows;
        if (heights.length != n || albedoSrgb.length != n) {
            throw new IllegalArgumentException("expected " + n + " heights and albedos, got " + heights.length
                    + " and " + albedoSrgb.length);
        }
        for (float h : heights) {
            if (!Float.isFinite(h)) {
                throw new IllegalArgumentException("heights must be finite: " + h);
            }
        }
        this.originEast = originEast;
        this.originNorth = originNorth;
        this.posting = posting;
        this.columns = columns;
        this.rows = rows;
        this.heights = heights.clone();
        this.albedoSrgb = albedoSrgb.clone();
    }

    /**
     * A field sampled from functions of (east, north): {@code height} (m) and {@code albedo}, the
     * latter giving an 8-bit sRGB colour 0xRRGGBB as a double.
     */
    public static HeightField sample(double originEast, double originNorth, double posting, int columns, int rows,
                                     DoubleBinaryOperator height, DoubleBinaryOperator albedo) {
        float[] h = new float[columns * rows];
        int[] a = new int[columns * rows];
        for (int j = 0; j < rows; j++) {
            double north = originNorth + j * posting;
            for (int i = 0; i < columns; i++) {
                double east = originEast + i * posting;
                h[j * columns + i] = (float) height.applyAsDouble(east, north);
                a[j * columns + i] = (int) albedo.applyAsDouble(east, north);
            }
        }
        return new HeightField(originEast, originNorth, posting, columns, rows, h, a);
    }

    public double originEast() {
        return originEast;
    }

    public double originNorth() {
        return originNorth;
    }

    public double posting() {
        return posting;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    /** Height of grid point (i, j) (m). */
    public double height(int i, int j) {
        return heights[j * columns + i];
    }

    /** Albedo of grid point (i, j) as 0xRRGGBB sRGB. */
    public int albedo(int i, int j) {
        return albedoSrgb[j * columns + i];
    }

    /**
     * Height at (east, north) by bilinear interpolation between the grid points, clamped to the grid's
     * edges (m).
     */
    public double heightAt(double east, double north) {
        double x = Math.min(Math.max((east - originEast) / posting, 0), columns - 1);
        double y = Math.min(Math.max((north - originNorth) / posting, 0), rows - 1);
        int i = Math.min((int) x, columns - 2);
        int j = Math.min((int) y, rows - 2);
        double fx = x - i;
        double fy = y - j;
        return (1 - fx) * (1 - fy) * height(i, j) + fx * (1 - fy) * height(i + 1, j)
                + (1 - fx) * fy * height(i, j + 1) + fx * fy * height(i + 1, j + 1);
    }

    /**
     * Unit upward normal at grid point (i, j) from central differences of the heights (one-sided at
     * the edges), as {nx, ny, nz}.
     */
    public double[] normal(int i, int j) {
        int i0 = Math.max(i - 1, 0);
        int i1 = Math.min(i + 1, columns - 1);
        int j0 = Math.max(j - 1, 0);
        int j1 = Math.min(j + 1, rows - 1);
        double dhdx = (height(i1, j) - height(i0, j)) / ((i1 - i0) * posting);
        double dhdy = (height(i, j1) - height(i, j0)) / ((j1 - j0) * posting);
        double norm = Math.sqrt(dhdx * dhdx + dhdy * dhdy + 1);
        return new double[] {-dhdx / norm, -dhdy / norm, 1 / norm};
    }

    /** A copy of the albedos (0xRRGGBB sRGB), row by row from the south. */
    public int[] albedos() {
        return albedoSrgb.clone();
    }

    /** A copy of the heights (m), row by row from the south. */
    public float[] heights() {
        return heights.clone();
    }
}
