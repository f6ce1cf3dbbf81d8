package org.skycrane.canopy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * The geometry behind {@link CanopyImageReader}: maps from the canopy's unit disk into a picture
 * (affine for an ellipse, projective for a tilted camera) and least-squares conic fitting. Conics
 * are symmetric 3 × 3 matrices, row major, in normalised picture coordinates
 * ((x − x0) / scale, (y − y0) / scale).
 */
final class Conics {

    private Conics() {
    }

    /** Maps the canopy's unit disk, radius ρ (1 = band's outer edge) and angle θ, into the picture (px). */
    interface Frame {

        /** Writes the picture point (px) of radius ρ and the angle whose cosine and sine are given into {@code out}. */
        void map(double rho, double cos, double sin, double[] out);

        default double[] point(double rho, double theta) {
            double[] out = new double[2];
            map(rho, Math.cos(theta), Math.sin(theta), out);
            return out;
        }

        /** Semi-major and semi-minor axis (px) and direction of the major axis (rad) of the outline. */
        double[] axes();
    }

    /**
     * An ellipse as the image of the unit disk: p = centre + ρ A (cos θ, sin θ); A is symmetric
     * positive definite, so increasing θ is clockwise in the picture, as it is on the canopy.
     */
    record Ellipse(double cx, double cy, double a11, double a12, double a22) implements Frame {

        @Override
        public void map(double rho, double cos, double sin, double[] out) {
            out[0] = cx + rho * (a11 * cos + a12 * sin);
            out[1] = cy + rho * (a12 * cos + a22 * sin);
        }

        @Override
        public double[] axes() {
            double mean = (a11 + a22) / 2;
            double spread = Math.hypot((a11 - a22) / 2, a12);
            double orientation = 0.5 * Math.atan2(2 * a12, a11 - a22);
            return new double[] {mean + spread, mean - spread, orientation};
        }

        /** Normalised radius of a picture point: 1 on the ellipse. */
        double radius(double x, double y) {
            double det = a11 * a22 - a12 * a12;
            double dx = x - cx;
            double dy = y - cy;
            return Math.hypot((a22 * dx - a12 * dy) / det, (-a12 * dx + a11 * dy) / det);
        }

        /**
         * The ellipse of a conic given as a symmetric 3 × 3 matrix (row major) in coordinates
         * ((x − x0) / scale, (y − y0) / scale), or {@code null} if the conic is not an ellipse.
         */
        static Ellipse of(double[] conic, double x0, double y0, double scale) {
            double[] m = conic.clone();
            if (m[0] + m[4] < 0) {
                for (int i = 0; i < 9; i++) {
                    m[i] = -m[i];
                }
            }
            double a = m[0];
            double b = m[1];
            double c = m[4];
            double det = a * c - b * b;
            if (!(det > 0)) {
                return null;
            }
            double ux = (b * m[5] - c * m[2]) / det;
            double uy = (b * m[2] - a * m[5]) / det;
            double k = -(m[8] + m[2] * ux + m[5] * uy);   // minus the conic's value at its centre
            if (!(k > 0)) {
                return null;
            }
            double q11 = a / k;
            double q12 = b / k;
            double q22 = c / k;
            double mean = (q11 + q22) / 2;
            double spread = Math.hypot((q11 - q22) / 2, q12);
            double l1 = mean + spread;
            double l2 = mean - spread;
            if (!(l2 > 0)) {
                return null;
            }
            double phi = 0.5 * Math.atan2(2 * q12, q11 - q22);   // eigenvector of l1
            double cos = Math.cos(phi);
            double sin = Math.sin(phi);
            double s1 = scale / Math.sqrt(l1);                   // A = Q^(-1/2), back in pixels
            double s2 = scale / Math.sqrt(l2);
            return new Ellipse(x0 + ux * scale, y0 + uy * scale,
                    s1 * cos * cos + s2 * sin * sin, (s1 - s2) * cos * sin, s1 * sin * sin + s2 * cos * cos);
        }
    }

    /**
     * Least-squares conic a x² + b xy + c y² + d x + e y + f = 0 with a + c = 1, in coordinates
     * ((x − x0) / scale, (y − y0) / scale), refitted without outliers (residual above four robust
     * standard deviations); returned as a symmetric 3 × 3 matrix, row major.
     */
    static double[] fitConic(List<double[]> points, double x0, double y0, double scale) {
        List<double[]> kept = points;
        double[] conic = null;
        for (int round = 0; round < 4; round++) {
            conic = fitConicOnce(kept, x0, y0, scale);
            Ellipse ellipse = Ellipse.of(conic, x0, y0, scale);
            if (ellipse == null) {
                break;
            }
            double[] residual = new double[kept.size()];
            for (int i = 0; i < residual.length; i++) {
                residual[i] = Math.abs(ellipse.radius(kept.get(i)[0], kept.get(i)[1]) - 1);
            }
            double[] sorted = residual.clone();
            Arrays.sort(sorted);
            double limit = Math.max(0.004, 4 * 1.4826 * sorted[sorted.length / 2]);
            List<double[]> inliers = new ArrayList<>();
            for (int i = 0; i < residual.length; i++) {
                if (residual[i] <= limit) {
                    inliers.add(kept.get(i));
                }
            }
            if (inliers.size() == kept.size() || inliers.size() < 12) {
                break;
            }
            kept = inliers;
        }
        return conic;
    }

    private static double[] fitConicOnce(List<double[]> points, double x0, double y0, double scale) {
        RealMatrix design = MatrixUtils.createRealMatrix(points.size(), 5);
        RealVector target = new ArrayRealVector(points.size());
        for (int i = 0; i < points.size(); i++) {
            double x = (points.get(i)[0] - x0) / scale;
            double y = (points.get(i)[1] - y0) / scale;
            design.setRow(i, new double[] {x * x - y * y, x * y, x, y, 1});
            target.setEntry(i, -y * y);
        }
        RealVector s = new QRDecomposition(design).getSolver().solve(target);
        double a = s.getEntry(0);
        double b = s.getEntry(1);
        double d = s.getEntry(2);
        double e = s.getEntry(3);
        double f = s.getEntry(4);
        return new double[] {a, b / 2, d / 2, b / 2, 1 - a, e / 2, d / 2, e / 2, f};
    }

    /**
     * The unit disk seen through a homography: rectified point q = c + ρ A (cos θ, sin θ), picture
     * point (x0, y0) + scale · q l₃ / (1 − l₁ q₁ − l₂ q₂), where l is the vanishing line of the
     * canopy's plane in normalised picture coordinates.
     */
    record Projective(double x0, double y0, double scale, double l1, double l2, double l3,
                              Ellipse rectified, double[] outlineAxes) implements Frame {

        @Override
        public void map(double rho, double cos, double sin, double[] out) {
            rectified.map(rho, cos, sin, out);
            double w = scale * l3 / (1 - l1 * out[0] - l2 * out[1]);
            out[0] = x0 + out[0] * w;
            out[1] = y0 + out[1] * w;
        }

        @Override
        public double[] axes() {
            return outlineAxes.clone();
        }
    }

    static double[] multiply(double[] a, double[] b) {
        if (b.length == 3) {
            return new double[] {
                a[0] * b[0] + a[1] * b[1] + a[2] * b[2],
                a[3] * b[0] + a[4] * b[1] + a[5] * b[2],
                a[6] * b[0] + a[7] * b[1] + a[8] * b[2]};
        }
        double[] c = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    c[3 * i + j] += a[3 * i + k] * b[3 * k + j];
                }
            }
        }
        return c;
    }

    static double[] transpose(double[] a) {
        return new double[] {a[0], a[3], a[6], a[1], a[4], a[7], a[2], a[5], a[8]};
    }
}
