package org.skycrane.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.hipparchus.analysis.interpolation.LinearInterpolator;
import org.hipparchus.analysis.interpolation.SplineInterpolator;
import org.hipparchus.analysis.polynomials.PolynomialSplineFunction;
import org.junit.jupiter.api.Test;

/** The O(1) interval search gives bit for bit the spline's own values (the spline is the reference). */
class KnotTableTest {

    private static void assertSameAsSpline(PolynomialSplineFunction spline, double[] knots, Random random) {
        KnotTable table = new KnotTable(spline);
        double lo = knots[0];
        double hi = knots[knots.length - 1];
        for (double k : knots) {
            double above = Math.min(Math.nextUp(k), hi);
            double below = Math.max(Math.nextDown(k), lo);
            assertEquals(spline.value(k), table.value(k), 0.0, "at the knot " + k);
            assertEquals(spline.value(above), table.value(above), 0.0, "just above the knot " + k);
            assertEquals(spline.value(below), table.value(below), 0.0, "just below the knot " + k);
        }
        for (int i = 0; i < 100_000; i++) {
            double x = lo + (hi - lo) * random.nextDouble();
            assertEquals(spline.value(x), table.value(x), 0.0, "at " + x);
        }
        assertEquals(spline.value(lo), table.value(lo - 1e3), 0.0, "held below the table");
        assertEquals(spline.value(hi), table.value(hi + 1e3), 0.0, "held above the table");
    }

    @Test
    void cubicSplineOnUnevenKnotsIsReproducedExactly() {
        Random random = new Random(7);
        double[] x = new double[40];
        double[] y = new double[40];
        x[0] = -2_000;
        for (int i = 1; i < x.length; i++) {
            x[i] = x[i - 1] + (i % 7 == 0 ? 0.37 : 50 + 4_000 * random.nextDouble());   // a very short interval too
            y[i] = 30 * random.nextGaussian();
        }
        assertSameAsSpline(new SplineInterpolator().interpolate(x, y), x, random);
    }

    @Test
    void linearTableOfTwoPointsIsReproducedExactly() {
        double[] x = {0, 10_000};
        double[] y = {3, -7};
        assertSameAsSpline(new LinearInterpolator().interpolate(x, y), x, new Random(1));
    }
}
