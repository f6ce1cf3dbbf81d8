package org.skycrane.terrain;

/**
 * A hazard map product: per cell, the worst slope over the baseline and the tallest rock centred in
 * the cell. Row 0 is the southernmost.
 */
public final class HazardGrid {

    private final double east0;
    private final double north0;
    private final double cellSize;
    private final int columns;
    private final int rows;
    private final float[] slopes;
    private final float[] rocks;
    private final HazardSpec spec;

    HazardGrid(double east0, double north0, double cellSize, int columns, int rows, float[] slopes, float[] rocks,
            HazardSpec spec) {
        this.east0 = east0;
        this.north0 = north0;
        this.cellSize = cellSize;
        this.columns = columns;
        this.rows = rows;
        this.slopes = slopes;
        this.rocks = rocks;
        this.spec = spec;
    }

    /** Map east of the south-west corner (m). */
    public double east0() {
        return east0;
    }

    /** Map north of the south-west corner (m). */
    public double north0() {
        return north0;
    }

    /** Cell side (m). */
    public double cellSize() {
        return cellSize;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    /** Worst slope in a cell (rad). */
    public double slope(int column, int row) {
        return slopes[row * columns + column];
    }

    /** Tallest rock in a cell (m). */
    public double rockHeight(int column, int row) {
        return rocks[row * columns + column];
    }

    public boolean slopeSafe(int column, int row) {
        return slope(column, row) <= spec.maxSlope();
    }

    public boolean rockSafe(int column, int row) {
        return rockHeight(column, row) <= spec.maxRockHeight();
    }

    public boolean safe(int column, int row) {
        return slopeSafe(column, row) && rockSafe(column, row);
    }

    /** Fraction of cells that are safe. */
    public double safeFraction() {
        int safe = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (safe(c, r)) {
                    safe++;
                }
            }
        }
        return (double) safe / (rows * columns);
    }
}
