package org.skycrane.gnc.trn;

/**
 * A normalised cross-correlation surface of a template over a search area, offsets (dx, dy) in
 * pixels from the area's top-left corner, and its peak with sub-pixel refinement.
 *
 * @param values  row-major, {@code columns} × {@code rows} offsets; NaN where undefined
 * @param columns offsets along x
 * @param rows    offsets along y
 */
record Correlation(double[] values, int columns, int rows) {

    /**
     * The peak of a correlation surface.
     *
     * @param x      sub-pixel offset along x (pixels)
     * @param y      sub-pixel offset along y (pixels)
     * @param score  the correlation there, −1 to 1
     * @param second the highest correlation outside the peak's neighbourhood (−1 if none)
     */
    record Peak(double x, double y, double score, double second) {
    }

    /**
     * The highest value, refined by a parabola through it and its neighbours along each axis, and
     * the highest value farther than {@code exclusion} pixels from it (the ambiguity test).
     */
    Peak peak(int exclusion) {
        int best = -1;
        for (int k = 0; k < values.length; k++) {
            if (!Double.isNaN(values[k]) && (best < 0 || values[k] > values[best])) {
                best = k;
            }
        }
        if (best < 0) {
            return null;
        }
        int bi = best % columns;
        int bj = best / columns;
        double second = -1;
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < columns; i++) {
                double v = values[j * columns + i];
                if (!Double.isNaN(v) && Math.max(Math.abs(i - bi), Math.abs(j - bj)) > exclusion && v > second) {
                    second = v;
                }
            }
        }
        double dx = bi > 0 && bi < columns - 1 ? vertex(values[best - 1], values[best], values[best + 1]) : 0;
        double dy = bj > 0 && bj < rows - 1 ? vertex(values[best - columns], values[best], values[best + columns]) : 0;
        return new Peak(bi + dx, bj + dy, values[best], second);
    }

    /** Offset of the vertex of the parabola through (−1, a), (0, b), (1, c), within ±½. */
    static double vertex(double a, double b, double c) {
        double d = a - 2 * b + c;
        if (Double.isNaN(d) || d >= 0) {
            return 0;
        }
        return Math.max(-0.5, Math.min(0.5, 0.5 * (a - c) / d));
    }
}
