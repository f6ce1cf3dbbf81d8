package org.skycrane.canopy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skycrane.canopy.Conics.Ellipse;
import org.skycrane.canopy.Conics.Projective;

class ConicsTest {

    /** Points of the ellipse centre (cx, cy), semi-axes a along angle phi and b across it. */
    private static List<double[]> ellipse(double cx, double cy, double a, double b, double phi, int n) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / n;
            double u = a * Math.cos(t);
            double v = b * Math.sin(t);
            points.add(new double[] {cx + u * Math.cos(phi) - v * Math.sin(phi), cy + u * Math.sin(phi) + v * Math.cos(phi)});
        }
        return points;
    }

    @Test
    void aFittedEllipseHasTheDrawnCentreAxesAndOrientation() {
        List<double[]> points = ellipse(310, 250, 200, 170, 0.4, 90);
        Ellipse fitted = Ellipse.of(Conics.fitConic(points, 300, 240, 200), 300, 240, 200);
        double[] axes = fitted.axes();
        // exact points: the fit is exact to rounding
        assertEquals(310, fitted.cx(), 1e-9, "centre x (px)");
        assertEquals(250, fitted.cy(), 1e-9, "centre y (px)");
        assertEquals(200, axes[0], 1e-9, "semi-major axis (px)");
        assertEquals(170, axes[1], 1e-9, "semi-minor axis (px)");
        assertEquals(0.4, axes[2], 1e-9, "orientation (rad)");
        assertEquals(1, fitted.radius(points.get(7)[0], points.get(7)[1]), 1e-9, "normalised radius on the ellipse");
    }

    @Test
    void outliersAreDropped() {
        List<double[]> points = ellipse(200, 200, 150, 140, 0, 180);
        for (int i = 0; i < 10; i++) {
            points.set(i * 17, new double[] {points.get(i * 17)[0] * 1.3, points.get(i * 17)[1] * 1.2});   // lines, specks
        }
        Ellipse fitted = Ellipse.of(Conics.fitConic(points, 200, 200, 150), 200, 200, 150);
        assertEquals(200, fitted.cx(), 0.01, "centre x (px) despite 10 outliers in 180");
        assertEquals(150, fitted.axes()[0], 0.01, "semi-major axis (px)");
    }

    @Test
    void theMapIsClockwiseOnScreenLikeTheCanopySeenFromBelow() {
        Ellipse circle = new Ellipse(0, 0, 1, 0, 1);
        double[] right = circle.point(1, 0);
        double[] quarter = circle.point(1, Math.PI / 2);
        // from 3 o'clock a quarter turn on: y grows downwards on screen, so this is 6 o'clock, clockwise
        assertEquals(1, right[0], 1e-15);
        assertEquals(1, quarter[1], 1e-15);
    }

    @Test
    void aHyperbolaIsNoEllipse() {
        double[] hyperbola = {1, 0, 0, 0, -1, 0, 0, 0, -1};   // x² - y² = 1
        assertNull(Ellipse.of(hyperbola, 0, 0, 1));
    }

    @Test
    void aProjectiveFrameWithoutVanishingLineIsTheAffineOne() {
        Ellipse rectified = new Ellipse(0.01, -0.02, 0.9, 0.05, 0.8);
        Projective frame = new Projective(100, 120, 50, 0, 0, 1, rectified, new double[] {45, 40, 0});
        double[] p = frame.point(0.7, 1.1);
        double[] q = rectified.point(0.7, 1.1);
        assertEquals(100 + 50 * q[0], p[0], 1e-12, "x (px)");
        assertEquals(120 + 50 * q[1], p[1], 1e-12, "y (px)");
        assertThat(frame.axes()).containsExactly(45, 40, 0);
    }

    @Test
    void matricesMultiplyAndTranspose() {
        double[] m = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        assertThat(Conics.transpose(m)).containsExactly(1, 4, 7, 2, 5, 8, 3, 6, 9);
        assertThat(Conics.multiply(m, new double[] {1, 0, -1})).containsExactly(-2, -2, -2);
        assertThat(Conics.multiply(m, new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1})).containsExactly(m);
    }
}
