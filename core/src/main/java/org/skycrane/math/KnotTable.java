package org.skycrane.math;

import org.hipparchus.analysis.polynomials.PolynomialFunction;
import org.hipparchus.analysis.polynomials.PolynomialSplineFunction;

/**
 * A piecewise polynomial (a Hipparchus {@link PolynomialSplineFunction}) evaluated with an O(1)
 * search for the interval instead of a binary search: a uniform table of buckets, each holding the
 * first knot interval it overlaps, then a short walk (buckets are at most half the smallest knot
 * spacing wide, so the walk is at most one step). Each interval's polynomial is evaluated by Horner's
 * rule in the same order as {@link PolynomialFunction#value}, so the values are bit-identical to the
 * spline's own. Arguments outside the knots are clamped to the end knots (the value is held).
 */
public final class KnotTable {

    /** Most buckets, whatever the knot spacing: a table of a few hundred kB at most. */
    private static final int MAX_BUCKETS = 1 << 16;

    private final double[] knots;
    private final double[][] coefficients;
    private final double first;
    private final double last;
    private final double bucketsPerUnit;
    private final int[] bucketInterval;

    /** The spline's knots and polynomials, with the O(1) interval table. */
    public KnotTable(PolynomialSplineFunction spline) {
        this.knots = spline.getKnots();
        PolynomialFunction[] polynomials = spline.getPolynomials();
        this.coefficients = new double[polynomials.length][];
        for (int i = 0; i < polynomials.length; i++) {
            coefficients[i] = polynomials[i].getCoefficients();
        }
        this.first = knots[0];
        this.last = knots[knots.length - 1];
        double smallest = Double.POSITIVE_INFINITY;
        for (int i = 1; i < knots.length; i++) {
            smallest = Math.min(smallest, knots[i] - knots[i - 1]);
        }
        int buckets = (int) Math.min(MAX_BUCKETS, Math.ceil(2 * (last - first) / smallest) + 1);
        this.bucketsPerUnit = buckets / (last - first);
        this.bucketInterval = new int[buckets + 1];
        int interval = 0;
        for (int b = 0; b <= buckets; b++) {
            double start = first + b / bucketsPerUnit;
            while (interval < coefficients.length - 1 && knots[interval + 1] <= start) {
                interval++;
            }
            bucketInterval[b] = interval;
        }
    }

    /** The spline's value at {@code x}, clamped to [first knot, last knot]. */
    public double value(double x) {
        double v = x <= first ? first : Math.min(x, last);
        int b = (int) ((v - first) * bucketsPerUnit);
        int i = bucketInterval[Math.min(b, bucketInterval.length - 1)];
        while (i < coefficients.length - 1 && knots[i + 1] <= v) {
            i++;
        }
        while (i > 0 && knots[i] > v) {    // a bucket start rounded past a knot
            i--;
        }
        double[] c = coefficients[i];
        double u = v - knots[i];
        double result = c[c.length - 1];
        for (int j = c.length - 2; j >= 0; j--) {
            result = u * result + c[j];
        }
        return result;
    }
}
