package org.skycrane.math;

/**
 * Monotone piecewise-cubic Hermite interpolation on a uniform grid (Fritsch &amp; Carlson, 1980,
 * SIAM J. Numer. Anal. 17(2)): C¹-smooth, no overshoot between samples, and O(1) lookup because the
 * grid is uniform. Beyond the grid the end segments are extended linearly, which for the logarithm
 * of density is the isothermal (exponential) extrapolation.
 */
public final class UniformSpline {

    private final double start;
    private final double step;
    private final double[] value;
    private final double[] slope;

    /**
     * @param start  abscissa of the first sample
     * @param step   grid spacing (&gt; 0)
     * @param values samples, at least two
     */
    public UniformSpline(double start, double step, double[] values) {
        if (!(step > 0) || values.length < 2) {
            throw new IllegalArgumentException("a uniform spline needs a positive step and two samples");
        }
        this.start = start;
        this.step = step;
        this.value = values.clone();
        this.slope = monotoneSlopes(values, step);
    }

    private static double[] monotoneSlopes(double[] y, double h) {
        int n = y.length;
        double[] delta = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            delta[i] = (y[i + 1] - y[i]) / h;
        }
        double[] m = new double[n];
        m[0] = delta[0];
        m[n - 1] = delta[n - 2];
        for (int i = 1; i < n - 1; i++) {
            if (delta[i - 1] * delta[i] <= 0) {
                m[i] = 0.0;
            } else {
                // Harmonic mean of neighbouring secants: the Fritsch–Butland choice, monotone by construction.
                m[i] = 2.0 * delta[i - 1] * delta[i] / (delta[i - 1] + delta[i]);
            }
        }
        return m;
    }

    /** Interpolated value at {@code x}. */
    public double value(double x) {
        double u = (x - start) / step;
        int n = value.length;
        if (u <= 0) {
            return value[0] + slope[0] * (x - start);
        }
        if (u >= n - 1) {
            return value[n - 1] + slope[n - 1] * (x - (start + (n - 1) * step));
        }
        int i = (int) u;
        double t = u - i;
        double t2 = t * t;
        double t3 = t2 * t;
        double h00 = 2 * t3 - 3 * t2 + 1;
        double h10 = t3 - 2 * t2 + t;
        double h01 = -2 * t3 + 3 * t2;
        double h11 = t3 - t2;
        return h00 * value[i] + h10 * step * slope[i] + h01 * value[i + 1] + h11 * step * slope[i + 1];
    }

    /** Derivative of the interpolant at {@code x}. */
    public double derivative(double x) {
        double u = (x - start) / step;
        int n = value.length;
        if (u <= 0) {
            return slope[0];
        }
        if (u >= n - 1) {
            return slope[n - 1];
        }
        int i = (int) u;
        double t = u - i;
        double t2 = t * t;
        double d00 = 6 * t2 - 6 * t;
        double d10 = 3 * t2 - 4 * t + 1;
        double d01 = -6 * t2 + 6 * t;
        double d11 = 3 * t2 - 2 * t;
        return (d00 * value[i] + d01 * value[i + 1]) / step + d10 * slope[i] + d11 * slope[i + 1];
    }

    /** First abscissa of the grid. */
    public double start() {
        return start;
    }

    /** Last abscissa of the grid. */
    public double end() {
        return start + (value.length - 1) * step;
    }
}
