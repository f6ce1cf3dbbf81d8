package org.skycrane.math;

import java.util.Arrays;

/**
 * A function of one variable given as a table, interpolated piecewise linearly and held constant
 * beyond its ends. Used for coefficients against Mach number, where the tables are coarse and a
 * smoother interpolant would invent wiggles the data does not have.
 */
public final class Curve {

    private final double[] x;
    private final double[] y;

    private Curve(double[] x, double[] y) {
        this.x = x;
        this.y = y;
    }

    /** A table with strictly increasing abscissae. */
    public static Curve of(double[] x, double[] y) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("a curve needs as many x as y values, at least one");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("curve values must be finite");
            }
            if (i > 0 && !(x[i] > x[i - 1])) {
                throw new IllegalArgumentException("curve abscissae must increase strictly, got "
                        + x[i - 1] + " then " + x[i]);
            }
        }
        return new Curve(x.clone(), y.clone());
    }

    /** A constant function. */
    public static Curve constant(double value) {
        return of(new double[] {0.0}, new double[] {value});
    }

    /** Value at {@code at}, linear between points and constant outside the table. */
    public double value(double at) {
        if (Double.isNaN(at)) {
            return Double.NaN;
        }
        int n = x.length;
        if (at <= x[0]) {
            return y[0];
        }
        if (at >= x[n - 1]) {
            return y[n - 1];
        }
        int i = Arrays.binarySearch(x, at);
        if (i >= 0) {
            return y[i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double f = (at - x[lo]) / (x[hi] - x[lo]);
        return y[lo] + f * (y[hi] - y[lo]);
    }

    /** This curve with every value multiplied by {@code factor}. */
    public Curve scaled(double factor) {
        if (factor == 1.0) {
            return this;
        }
        double[] y = ys();
        for (int k = 0; k < y.length; k++) {
            y[k] *= factor;
        }
        return of(xs(), y);
    }

    /** Copy of the abscissae. */
    public double[] xs() {
        return x.clone();
    }

    /** Copy of the ordinates. */
    public double[] ys() {
        return y.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Curve c && Arrays.equals(x, c.x) && Arrays.equals(y, c.y);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(x) + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "Curve" + Arrays.toString(x) + "->" + Arrays.toString(y);
    }
}
