package org.skycrane.canopy;

import static org.skycrane.canopy.Outline.RAYS;

import java.util.ArrayList;
import java.util.List;
import org.skycrane.canopy.Conics.Ellipse;
import org.skycrane.canopy.Conics.Frame;
import org.skycrane.canopy.Conics.Projective;

/**
 * Step 4 of {@link CanopyImageReader}, perspective: the outer edge, the gap's two edges and the
 * vent's edge are traced again and fitted with conics; the image of the canopy's centre and the
 * vanishing line of its plane follow (see {@link #of}), so the unit disk is mapped through a homography.
 */
final class Perspective {

    private Perspective() {
    }

    /**
     * Refines the affine outline into a homography, so that inner rings and gores sit right even
     * when the camera looks at the canopy obliquely. Under perspective the images of concentric
     * circles are not concentric: the image of the circle of radius ρ is centred near c₀ + ρ² d,
     * where c₀ is the image of the canopy's centre. The outer edge, the disk's outer edge, the band's
     * inner edge and the vent's edge are traced again along 360 rays (half-way crossings between
     * the local canopy and sky brightness) and fitted with conics; c₀ and d follow from their
     * centres by least squares, the vanishing line is the polar of c₀ with respect to the outer
     * conic E₁ (l = E₁ c₀, as the centre of a circle is the pole of the line at infinity), and sending
     * l to infinity leaves an affine map, fitted as before. Falls back to the affine outline when the
     * edges cannot be traced.
     */
    static Frame of(Picture pixels, Ellipse outline, double[] edges) {
        double[] axes = outline.axes();
        double x0 = outline.cx();
        double y0 = outline.cy();
        double scale = axes[0];
        List<double[]> outer = new ArrayList<>();
        List<double[]> disk = new ArrayList<>();
        List<double[]> band = new ArrayList<>();
        List<double[]> vent = new ArrayList<>();
        double step = 0.5 / axes[1];
        for (int k = 0; k < RAYS; k++) {
            double theta = 2 * Math.PI * k / RAYS;
            double[] o = profile(pixels, outline, theta, 0.9, 1.1, step);
            if (o != null) {
                double r = lastCrossing(o, 0.9, step);
                if (!Double.isNaN(r)) {
                    outer.add(outline.point(r, theta));
                }
            }
            double from = Math.max(edges[0] + 0.02, edges[1] - 0.08);
            double to = Math.min(0.97, edges[2] + 0.08);
            double[] g = profile(pixels, outline, theta, from, to, step);
            if (g != null) {
                double[] r = gapCrossings(g, from, step);
                if (r != null) {
                    disk.add(outline.point(r[0], theta));
                    band.add(outline.point(r[1], theta));
                }
            }
            if (edges[0] >= 0.03) {
                double[] v = profile(pixels, outline, theta, 0, edges[0] + 0.06, step);
                if (v != null) {
                    double r = firstRise(v, step);
                    if (!Double.isNaN(r)) {
                        vent.add(outline.point(r, theta));
                    }
                }
            }
        }
        if (outer.size() < RAYS / 3 || disk.size() < RAYS / 3) {
            return outline;
        }
        double[] e1 = Conics.fitConic(outer, x0, y0, scale);
        Ellipse outerEllipse = Ellipse.of(e1, x0, y0, scale);
        if (outerEllipse == null) {
            return outline;
        }
        List<Ellipse> circles = new ArrayList<>();
        circles.add(outerEllipse);
        for (List<double[]> points : List.of(disk, band, vent)) {
            if (points.size() >= RAYS / 3) {
                Ellipse e = Ellipse.of(Conics.fitConic(points, x0, y0, scale), x0, y0, scale);
                if (e != null) {
                    circles.add(e);
                }
            }
        }
        if (circles.size() < 3) {
            return outline;
        }
        // least squares of centre_i = c0 + rho_i^2 d, with rho_i^2 the area ratio to the outer edge
        double outerArea = outerEllipse.a11() * outerEllipse.a22() - outerEllipse.a12() * outerEllipse.a12();
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double sx = 0;
        double sy = 0;
        double sxr = 0;
        double syr = 0;
        for (Ellipse e : circles) {
            double r2 = (e.a11() * e.a22() - e.a12() * e.a12()) / outerArea;
            s0 += 1;
            s1 += r2;
            s2 += r2 * r2;
            sx += e.cx();
            sy += e.cy();
            sxr += e.cx() * r2;
            syr += e.cy() * r2;
        }
        double det = s0 * s2 - s1 * s1;
        if (!(det > 1e-6)) {
            return outline;
        }
        double[] centre = {((s2 * sx - s1 * sxr) / det - x0) / scale, ((s2 * sy - s1 * syr) / det - y0) / scale, 1};
        double[] l = Conics.multiply(e1, centre);
        if (l[0] * centre[0] + l[1] * centre[1] + l[2] * centre[2] < 0) {
            for (int i = 0; i < 3; i++) {
                l[i] = -l[i];
            }
        }
        if (!(l[2] > 0) || Math.hypot(l[0], l[1]) > 0.3 * l[2]) {
            return outline;   // a vanishing line that close is no slight perspective: keep the affine fit
        }
        // E' = T^-T E T^-1 with T^-1 = [[1, 0, 0], [0, 1, 0], [-l1/l3, -l2/l3, 1/l3]]
        double[] inverse = {1, 0, 0, 0, 1, 0, -l[0] / l[2], -l[1] / l[2], 1 / l[2]};
        double[] rectifiedConic = Conics.multiply(Conics.transpose(inverse), Conics.multiply(e1, inverse));
        Ellipse rectified = Ellipse.of(rectifiedConic, 0, 0, 1);
        if (rectified == null) {
            return outline;
        }
        return new Projective(x0, y0, scale, l[0], l[1], l[2], rectified, outerEllipse.axes());
    }

    /** Brightness along a ray of the affine frame from {@code from} to {@code to}, lightly smoothed; null if it leaves the picture. */
    private static double[] profile(Picture pixels, Ellipse frame, double theta, double from, double to, double step) {
        int n = (int) Math.ceil((to - from) / step) + 1;
        double[] raw = new double[n];
        double cos = Math.cos(theta);
        double sin = Math.sin(theta);
        double[] p = new double[2];
        for (int i = 0; i < n; i++) {
            frame.map(from + i * step, cos, sin, p);
            raw[i] = pixels.at(4, p[0], p[1]);
            if (Double.isNaN(raw[i])) {
                return null;
            }
        }
        double[] smooth = new double[n];
        for (int i = 0; i < n; i++) {
            smooth[i] = (raw[Math.max(0, i - 1)] + 2 * raw[i] + raw[Math.min(n - 1, i + 1)]) / 4;
        }
        return smooth;
    }

    /** Radius where the profile last falls through half-way between canopy and sky, or NaN. */
    private static double lastCrossing(double[] p, double from, double step) {
        int n = p.length;
        double high = 0;
        for (int i = 0; i < n / 2; i++) {
            high = Math.max(high, p[i]);
        }
        double low = Double.POSITIVE_INFINITY;
        for (int i = n / 2; i < n; i++) {
            low = Math.min(low, p[i]);
        }
        if (high - low < 20) {
            return Double.NaN;
        }
        double middle = (high + low) / 2;
        for (int i = n - 1; i > 0; i--) {
            if (p[i - 1] >= middle && p[i] < middle) {
                return from + step * (i - 1 + (p[i - 1] - middle) / (p[i - 1] - p[i]));
            }
        }
        return Double.NaN;
    }

    /** Radii of the disk's outer edge and the band's inner edge around the darkest point of the profile, or null. */
    private static double[] gapCrossings(double[] p, double from, double step) {
        int n = p.length;
        int darkest = 0;
        for (int i = 1; i < n; i++) {
            if (p[i] < p[darkest]) {
                darkest = i;
            }
        }
        double inside = 0;
        for (int i = 0; i <= darkest; i++) {
            inside = Math.max(inside, p[i]);
        }
        double outside = 0;
        for (int i = darkest; i < n; i++) {
            outside = Math.max(outside, p[i]);
        }
        double low = p[darkest];
        if (inside - low < 20 || outside - low < 20) {
            return null;
        }
        double middleIn = (inside + low) / 2;
        double middleOut = (outside + low) / 2;
        double disk = Double.NaN;
        for (int i = darkest; i > 0; i--) {
            if (p[i - 1] >= middleIn) {
                disk = from + step * (i - 1 + (p[i - 1] - middleIn) / (p[i - 1] - p[i]));
                break;
            }
        }
        double band = Double.NaN;
        for (int i = darkest; i < n - 1; i++) {
            if (p[i + 1] >= middleOut) {
                band = from + step * (i + (middleOut - p[i]) / (p[i + 1] - p[i]));
                break;
            }
        }
        return Double.isNaN(disk) || Double.isNaN(band) ? null : new double[] {disk, band};
    }

    /** Radius where the profile first rises half-way from its darkest point (inside the vent) to the canopy, or NaN. */
    private static double firstRise(double[] p, double step) {
        int n = p.length;
        int darkest = 0;
        for (int i = 1; i < n / 2; i++) {
            if (p[i] < p[darkest]) {
                darkest = i;
            }
        }
        double high = 0;
        for (int i = darkest; i < n; i++) {
            high = Math.max(high, p[i]);
        }
        if (high - p[darkest] < 20) {
            return Double.NaN;
        }
        double middle = (high + p[darkest]) / 2;
        for (int i = darkest; i < n - 1; i++) {
            if (p[i + 1] >= middle) {
                return step * (i + (middle - p[i]) / (p[i + 1] - p[i]));
            }
        }
        return Double.NaN;
    }
}
