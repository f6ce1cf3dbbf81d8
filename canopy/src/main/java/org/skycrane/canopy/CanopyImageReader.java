package org.skycrane.canopy;

import static org.skycrane.canopy.CanopyPattern.RINGS;
import static org.skycrane.canopy.CanopyPattern.SEGMENTS;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.skycrane.canopy.Conics.Ellipse;
import org.skycrane.canopy.Conics.Frame;
import org.skycrane.canopy.Conics.Projective;

/**
 * Reads the code from a picture of a canopy seen from below: a bright disk and band on a dark sky,
 * roughly centred, at any rotation, possibly blurred, noisy, JPEG-compressed, unevenly lit and
 * slightly tilted (an ellipse down to an axis ratio of about 0.85, with mild perspective). Ring
 * widths, colours (red or orange) and the size of the vent and the gap need not be known.
 *
 * <ol>
 * <li><b>Canopy.</b> Brightness is the largest of R, G and B, so red and white are both bright. A
 * pixel belongs to the canopy when it is brighter than the sky (5th percentile) by 30 % of the
 * canopy's contrast (97th percentile); a box filter removes specks and thin lines.</li>
 * <li><b>Outline.</b> From the canopy's centroid, 360 rays find the outermost canopy pixel; an
 * algebraic conic fit (constraint a + c = 1) with rejection of outliers gives an ellipse, whose
 * inverse square root maps the picture onto a unit disk (an affine camera).</li>
 * <li><b>Vent, gap and band</b> come from the share of canopy pixels on each circle of that disk.</li>
 * <li><b>Perspective.</b> The outer edge, the gap's two edges and the vent's edge are traced again
 * and fitted with conics; the image of the canopy's centre and the vanishing line of its plane
 * follow (see {@link #perspective}), so the unit disk is mapped through a homography.</li>
 * <li><b>Gores.</b> Colour and brightness edges around the circles repeat every 4.5°; the phase of
 * their 80th Fourier harmonic puts the seams, and each ring gets a small first-order correction of
 * its own (see {@link #ringWarp}).</li>
 * <li><b>Rings.</b> Inside the disk, 48 circles are sampled gore by gore and split into three runs
 * where their colour patterns change (least squares over all splits); the three best splits are
 * kept as candidates.</li>
 * <li><b>Bits.</b> Redness (R − B) / max(R, G, B), which ignores the lighting level and suits red
 * and orange alike, is averaged over the middle of each gore, thresholded per ring (Otsu) and
 * corrected for blur between neighbouring gores (a Viterbi pass, see {@link GoreBits}).</li>
 * <li><b>Decoding.</b> The candidates are decoded in turn: the best split, plain thresholds, then
 * flips of the least certain gores. The first valid code wins; a bit error that still leaves a
 * valid code (a wrong letter) cannot be detected, as the code has no check sum.</li>
 * </ol>
 *
 * <p>Pitfall: the picture must show the canopy from below (as the rover's up-look cameras did); a
 * mirrored picture reads the rings backwards and is reported as not a valid code.
 */
public final class CanopyImageReader {

    private static final int RAYS = 360;
    /** Larger pictures are averaged down to this side (px) first: the gores need far fewer pixels. */
    private static final int MAX_SIDE = 1600;
    private static final int DISK_CIRCLES = 48;
    private static final int PHASE_SAMPLES_PER_SEGMENT = 16;
    /** Samples across the middle of a segment. */
    private static final int ACROSS = 5;
    /** Splits of the disk into three rings that are tried, best first. */
    private static final int SPLIT_CANDIDATES = 3;
    /** Cosines and sines of the angles around a circle at which edges are measured. */
    private static final double[] COS = new double[SEGMENTS * PHASE_SAMPLES_PER_SEGMENT];
    private static final double[] SIN = new double[SEGMENTS * PHASE_SAMPLES_PER_SEGMENT];

    static {
        for (int j = 0; j < COS.length; j++) {
            COS[j] = Math.cos(2 * Math.PI * j / COS.length);
            SIN[j] = Math.sin(2 * Math.PI * j / COS.length);
        }
    }

    private CanopyImageReader() {
    }

    /**
     * What was found in a picture.
     *
     * @param centreX      image of the canopy's centre (px from the left)
     * @param centreY      image of the canopy's centre (px from the top)
     * @param semiMajor    of the outline ellipse (px)
     * @param semiMinor    of the outline ellipse (px)
     * @param orientation  of the major axis, clockwise from the picture's x axis (rad)
     * @param ringEdges    radii as fractions of the outline: vent, ring 1/2, ring 2/3, ring 3 outer edge,
     *                     band inner edge, band outer edge (1)
     * @param segmentPhase angle of a gore seam in the unit-disk frame, clockwise from the x axis (rad)
     * @param pattern      red and white as sampled, segment 0 the first one clockwise from {@code segmentPhase}
     * @param contrast     distance between the mean redness of red and white segments (0 to about 1)
     */
    public record Reading(double centreX, double centreY, double semiMajor, double semiMinor, double orientation,
                          List<Double> ringEdges, double segmentPhase, CanopyPattern pattern, double contrast) {

        public Reading {
            ringEdges = List.copyOf(ringEdges);
            Objects.requireNonNull(pattern, "pattern");
        }
    }

    /**
     * The code on the canopy in {@code image}.
     *
     * @throws CanopyException when no canopy is found or its pattern is not a valid code; the message
     *         says which step failed
     */
    public static CanopyCode read(BufferedImage image) {
        Measurement measured = measure(image);
        CanopyException first = null;
        for (CanopyPattern candidate : measured.candidates()) {
            try {
                return CanopyDecoder.decode(candidate);
            } catch (CanopyException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        Reading reading = measured.reading();
        throw new CanopyException(null, 0, null, String.format(Locale.ROOT,
                "found a canopy at (%.0f, %.0f) px, %.0f px across, but its segments are not a valid code: %s",
                reading.centreX(), reading.centreY(), 2 * reading.semiMajor(), Objects.requireNonNull(first)
                        .getMessage()));
    }

    /**
     * Finds the canopy and samples its segments without decoding them.
     *
     * @throws CanopyException when no canopy is found
     */
    public static Reading scan(BufferedImage image) {
        return measure(image).reading();
    }

    private static Measurement measure(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        Pixels pixels = new Pixels(image);
        if (pixels.width < 32 || pixels.height < 32) {
            throw noCanopy("the picture is " + pixels.width + " × " + pixels.height + " px; at least 32 × 32 is needed");
        }
        float threshold = pixels.canopyThreshold();
        boolean[] canopy = pixels.cleanMask(threshold);
        Ellipse affine = outline(pixels, canopy);
        Frame outline = perspective(pixels, affine, radialStructure(pixels, affine, threshold));
        double[] edges = radialStructure(pixels, outline, threshold);
        double phase = segmentPhase(pixels, outline, edges);
        Reading reading = null;
        List<CanopyPattern> candidates = new ArrayList<>();
        for (double[] split : splitDisk(pixels, outline, edges, phase)) {
            double[] ringEdges = {edges[0], split[0], split[1], edges[1], edges[2], 1.0};
            double[][] redness = sampleSegments(pixels, outline, ringEdges, phase);
            List<CanopyPattern> patterns = GoreBits.patterns(redness);
            if (reading == null) {
                double contrast = GoreBits.contrast(redness);
                if (contrast < 0.12) {
                    throw noCanopy(String.format(Locale.ROOT,
                            "its segments are not red and white (redness contrast %.2f, at least 0.12 is needed)",
                            contrast));
                }
                double[] axes = outline.axes();
                List<Double> edgeList = new ArrayList<>();
                for (double edge : ringEdges) {
                    edgeList.add(edge);
                }
                double[] centre = outline.point(0, 0);
                reading = new Reading(pixels.picture(centre[0]), pixels.picture(centre[1]), pixels.block * axes[0],
                        pixels.block * axes[1], axes[2], edgeList,
                        phase, patterns.get(0), contrast);
            }
            candidates.addAll(patterns);
        }
        return new Measurement(Objects.requireNonNull(reading), candidates);
    }

    // ---- the canopy's pixels ----

    /** The picture as floating-point channels with bilinear sampling. */
    private static final class Pixels {
        final int width;
        final int height;
        final float[] red;
        final float[] green;
        final float[] blue;
        final float[] bright;

        /** Side of the blocks of picture pixels averaged into one (1 for pictures up to {@value #MAX_SIDE} px). */
        final int block;

        Pixels(BufferedImage image) {
            block = Math.max(1, (Math.max(image.getWidth(), image.getHeight()) + MAX_SIDE - 1) / MAX_SIDE);
            width = image.getWidth() / block;
            height = image.getHeight() / block;
            red = new float[width * height];
            green = new float[width * height];
            blue = new float[width * height];
            bright = new float[width * height];
            int[] row = new int[image.getWidth() * block];
            float n = block * block;
            for (int y = 0; y < height; y++) {
                image.getRGB(0, y * block, image.getWidth(), block, row, 0, image.getWidth());
                for (int x = 0; x < width; x++) {
                    int i = y * width + x;
                    for (int dy = 0; dy < block; dy++) {
                        for (int dx = 0; dx < block; dx++) {
                            int rgb = row[dy * image.getWidth() + x * block + dx];
                            red[i] += rgb >> 16 & 0xff;
                            green[i] += rgb >> 8 & 0xff;
                            blue[i] += rgb & 0xff;
                        }
                    }
                    red[i] /= n;
                    green[i] /= n;
                    blue[i] /= n;
                    bright[i] = Math.max(red[i], Math.max(green[i], blue[i]));
                }
            }
        }

        /** A position in these pixels as a position in the picture (px). */
        double picture(double position) {
            return block * position + (block - 1) / 2.0;
        }

        /** Brightness that separates canopy from sky: 30 % of the way from the sky to the canopy. */
        float canopyThreshold() {
            int[] histogram = new int[256];
            for (float v : bright) {
                histogram[(int) v]++;
            }
            int sky = percentile(histogram, 0.05);
            int canopy = percentile(histogram, 0.97);
            if (canopy - sky < 40) {
                throw noCanopy("the picture has no bright canopy on a dark sky (brightness " + sky + " to " + canopy
                        + " of 255)");
            }
            return sky + 0.3f * (canopy - sky);
        }

        /** Pixels brighter than {@code threshold}, after a box filter that removes specks and thin lines. */
        boolean[] cleanMask(float threshold) {
            int radius = Math.max(1, Math.round(Math.min(width, height) / 160f));
            int[] integral = new int[(width + 1) * (height + 1)];
            for (int y = 0; y < height; y++) {
                int row = 0;
                for (int x = 0; x < width; x++) {
                    row += bright[y * width + x] > threshold ? 1 : 0;
                    integral[(y + 1) * (width + 1) + x + 1] = integral[y * (width + 1) + x + 1] + row;
                }
            }
            boolean[] mask = new boolean[width * height];
            int count = 0;
            for (int y = 0; y < height; y++) {
                int y0 = Math.max(0, y - radius);
                int y1 = Math.min(height, y + radius + 1);
                for (int x = 0; x < width; x++) {
                    int x0 = Math.max(0, x - radius);
                    int x1 = Math.min(width, x + radius + 1);
                    int sum = integral[y1 * (width + 1) + x1] - integral[y0 * (width + 1) + x1]
                            - integral[y1 * (width + 1) + x0] + integral[y0 * (width + 1) + x0];
                    mask[y * width + x] = 2 * sum > (x1 - x0) * (y1 - y0);
                    count += mask[y * width + x] ? 1 : 0;
                }
            }
            double share = count / (double) mask.length;
            if (share < 0.02) {
                throw noCanopy(String.format(Locale.ROOT,
                        "the bright part is only %.1f %% of the picture; the canopy must fill more of it", 100 * share));
            }
            if (share > 0.92) {
                throw noCanopy("the picture is bright nearly everywhere; the canopy must be on a dark sky");
            }
            return mask;
        }

        /** Channel {@code c} (0 red, 1 green, 2 blue, 3 brightness) at a point, bilinear; NaN outside. */
        float at(int c, double x, double y) {
            if (!(x >= 0 && y >= 0 && x <= width - 1 && y <= height - 1)) {
                return Float.NaN;
            }
            float[] channel = c == 0 ? red : c == 1 ? green : c == 2 ? blue : bright;
            int x0 = Math.min((int) x, width - 2);
            int y0 = Math.min((int) y, height - 2);
            float fx = (float) (x - x0);
            float fy = (float) (y - y0);
            int i = y0 * width + x0;
            float top = channel[i] + fx * (channel[i + 1] - channel[i]);
            float bottom = channel[i + width] + fx * (channel[i + width + 1] - channel[i + width]);
            return top + fy * (bottom - top);
        }

        /** (R − B) / max(R, G, B) at a point: about 0 for white or grey, 0.8 to 1 for red or orange. */
        float redness(double x, double y) {
            float r = at(0, x, y);
            float b = at(2, x, y);
            float v = at(3, x, y);
            return (r - b) / Math.max(v, 16f);
        }
    }

    private static int percentile(int[] histogram, double fraction) {
        long total = 0;
        for (int count : histogram) {
            total += count;
        }
        long target = Math.round(fraction * total);
        long seen = 0;
        for (int v = 0; v < histogram.length; v++) {
            seen += histogram[v];
            if (seen >= target) {
                return v;
            }
        }
        return histogram.length - 1;
    }

    // ---- the outline ----

    /** The outline traced from the canopy's centroid, as an ellipse. */
    private static Ellipse outline(Pixels pixels, boolean[] canopy) {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (int y = 0; y < pixels.height; y++) {
            for (int x = 0; x < pixels.width; x++) {
                if (canopy[y * pixels.width + x]) {
                    sx += x;
                    sy += y;
                    n++;
                }
            }
        }
        double cx = sx / n;
        double cy = sy / n;
        List<double[]> points = new ArrayList<>();
        for (int k = 0; k < RAYS; k++) {
            double angle = 2 * Math.PI * k / RAYS;
            double dx = Math.cos(angle);
            double dy = Math.sin(angle);
            double last = -1;
            double r = 0;
            boolean clipped = false;
            while (true) {
                int x = (int) Math.round(cx + r * dx);
                int y = (int) Math.round(cy + r * dy);
                if (x < 0 || y < 0 || x >= pixels.width || y >= pixels.height) {
                    clipped = last >= r - 1.5;
                    break;
                }
                if (canopy[y * pixels.width + x]) {
                    last = r;
                }
                r += 0.5;
            }
            if (last > 0 && !clipped) {
                points.add(new double[] {cx + (last + 0.5) * dx, cy + (last + 0.5) * dy});
            }
        }
        if (points.size() < RAYS / 3) {
            throw noCanopy("its outline could not be traced (" + points.size() + " of " + RAYS
                    + " directions reach the sky; is the canopy cut off by the edge of the picture?)");
        }
        double scale = 0;
        for (double[] p : points) {
            scale = Math.max(scale, Math.hypot(p[0] - cx, p[1] - cy));
        }
        Ellipse ellipse = Ellipse.of(Conics.fitConic(points, cx, cy, scale), cx, cy, scale);
        if (ellipse == null) {
            throw noCanopy("its outline is not an ellipse");
        }
        double[] axes = ellipse.axes();
        if (axes[1] < 24) {
            throw noCanopy(String.format(Locale.ROOT, "the bright outline is only %.0f px across",
                    2 * pixels.block * axes[1]));
        }
        if (axes[1] / axes[0] < 0.6) {
            throw noCanopy(String.format(Locale.ROOT,
                    "the bright outline is not round (axis ratio %.2f; at least 0.6 is needed)", axes[1] / axes[0]));
        }
        return ellipse;
    }

    // ---- perspective ----

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
    private static Frame perspective(Pixels pixels, Ellipse outline, double[] edges) {
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
    private static double[] profile(Pixels pixels, Ellipse frame, double theta, double from, double to, double step) {
        int n = (int) Math.ceil((to - from) / step) + 1;
        double[] raw = new double[n];
        double cos = Math.cos(theta);
        double sin = Math.sin(theta);
        double[] p = new double[2];
        for (int i = 0; i < n; i++) {
            frame.map(from + i * step, cos, sin, p);
            raw[i] = pixels.at(3, p[0], p[1]);
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

    // ---- vent, gap and band ----

    /** Normalised radii {vent edge, disk outer edge, band inner edge} from the share of bright pixels per circle. */
    private static double[] radialStructure(Pixels pixels, Frame outline, float threshold) {
        double[] axes = outline.axes();
        int steps = (int) Math.ceil(1.02 * axes[1] / 0.5);
        int angles = 720;
        double[] share = new double[steps];
        double[] cos = new double[angles];
        double[] sin = new double[angles];
        for (int k = 0; k < angles; k++) {
            cos[k] = Math.cos(2 * Math.PI * k / angles);
            sin[k] = Math.sin(2 * Math.PI * k / angles);
        }
        double[] p = new double[2];
        for (int i = 0; i < steps; i++) {
            double rho = (i + 0.5) / steps * 1.02;
            int bright = 0;
            int seen = 0;
            for (int k = 0; k < angles; k++) {
                outline.map(rho, cos[k], sin[k], p);
                float v = pixels.at(3, p[0], p[1]);
                if (!Float.isNaN(v)) {
                    seen++;
                    bright += v > threshold ? 1 : 0;
                }
            }
            share[i] = seen == 0 ? 0 : bright / (double) seen;
        }
        boolean[] light = new boolean[steps];
        for (int i = 0; i < steps; i++) {
            double sum = 0;
            int n = 0;
            for (int j = Math.max(0, i - 1); j <= Math.min(steps - 1, i + 1); j++) {
                sum += share[j];
                n++;
            }
            light[i] = sum / n >= 0.6;   // the gap of a tilted canopy is smeared in this average
        }
        int ventEnd = 0;
        while (ventEnd < steps && !light[ventEnd]) {
            ventEnd++;
        }
        int outer = steps - 1;
        while (outer > ventEnd && !light[outer]) {
            outer--;
        }
        int bestStart = -1;
        int bestLength = 0;
        for (int i = ventEnd; i <= outer; i++) {
            if (!light[i]) {
                int start = i;
                while (i <= outer && !light[i]) {
                    i++;
                }
                double middle = (start + i) / 2.0 / steps * 1.02;
                if (i - start > bestLength && middle > 0.3 && middle < 0.97) {
                    bestStart = start;
                    bestLength = i - start;
                }
            }
        }
        double step = 1.02 / steps;
        if (bestStart < 0 || bestLength * step < 0.01) {
            throw noCanopy("no gap between the disk and the band (a dark ring inside the canopy's outline)");
        }
        double vent = ventEnd * step;
        double diskOuter = bestStart * step;
        double bandInner = (bestStart + bestLength) * step;
        if (diskOuter - vent < 0.15) {
            throw noCanopy(String.format(Locale.ROOT,
                    "the disk inside the gap is too narrow for three rings (%.2f to %.2f of the radius)", vent, diskOuter));
        }
        if (1 - bandInner < 0.04) {
            throw noCanopy("the band outside the gap is too narrow");
        }
        return new double[] {vent, diskOuter, bandInner};
    }

    // ---- where the gores' seams are ----

    /** Angle of a gore seam (rad): the phase of the 80th harmonic of the colour and brightness edges around the disk and band. */
    private static double segmentPhase(Pixels pixels, Frame outline, double[] edges) {
        double margin = margin(outline);
        List<Double> radii = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            radii.add(edges[0] + margin + (edges[1] - edges[0] - 2 * margin) * (i + 0.5) / 24);
        }
        for (int i = 0; i < 8; i++) {
            radii.add(edges[2] + margin + (1 - edges[2] - 2 * margin) * (i + 0.5) / 8);
        }
        double[] energy = edgeEnergy(pixels, outline, radii);
        double re = 0;
        double im = 0;
        for (int j = 0; j < energy.length; j++) {
            int harmonic = SEGMENTS * j % energy.length;   // 80 θ_j, taken from the same table
            re += energy[j] * COS[harmonic];
            im -= energy[j] * SIN[harmonic];
        }
        return Math.atan2(-im, re) / SEGMENTS;
    }

    /** Colour plus brightness change across each of 1280 angles, summed over the given radii. */
    private static double[] edgeEnergy(Pixels pixels, Frame outline, List<Double> radii) {
        int samples = COS.length;
        double[] energy = new double[samples];
        float[] colour = new float[samples];
        float[] light = new float[samples];
        double[] p = new double[2];
        for (double rho : radii) {
            for (int j = 0; j < samples; j++) {
                outline.map(rho, COS[j], SIN[j], p);
                colour[j] = pixels.redness(p[0], p[1]);
                light[j] = pixels.at(3, p[0], p[1]) / 255f;
            }
            for (int j = 0; j < samples; j++) {
                int next = (j + 1) % samples;
                int previous = (j + samples - 1) % samples;
                double edge = Math.abs(colour[next] - colour[previous]) + Math.abs(light[next] - light[previous]);
                if (!Double.isNaN(edge)) {
                    energy[j] += edge;
                }
            }
        }
        return energy;
    }

    /**
     * How far one ring's seams sit from the common phase, as a function of angle: Δ(θ) = a₀ + a₁ cos θ
     * + a₂ sin θ (rad). Small errors in the centre or the perspective turn the gores of an inner ring,
     * whose circumference is short, by up to half a gore; this is their first-order form. The local
     * phase of the 80th harmonic of the ring's own edges, averaged over ±8 gores, is fitted by
     * weighted least squares; the correction is limited to a third of a gore.
     */
    private static double[] ringWarp(Pixels pixels, Frame outline, double from, double to, double phase) {
        List<Double> radii = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            radii.add(from + (to - from) * (i + 0.5) / 6);
        }
        double[] energy = edgeEnergy(pixels, outline, radii);
        int samples = energy.length;
        double[] re = new double[samples];
        double[] im = new double[samples];
        for (int j = 0; j < samples; j++) {
            int harmonic = SEGMENTS * j % samples;
            re[j] = energy[j] * COS[harmonic];
            im[j] = -energy[j] * SIN[harmonic];
        }
        int half = 8 * PHASE_SAMPLES_PER_SEGMENT;
        double windowRe = 0;
        double windowIm = 0;
        for (int j = -half; j <= half; j++) {
            windowRe += re[Math.floorMod(j, samples)];
            windowIm += im[Math.floorMod(j, samples)];
        }
        double gore = 2 * Math.PI / SEGMENTS;
        double[][] normal = new double[3][3];
        double[] right = new double[3];
        for (int j = 0; j < samples; j++) {
            double weight = Math.hypot(windowRe, windowIm);
            if (weight > 0) {
                double offset = -Math.atan2(windowIm, windowRe) / SEGMENTS - phase;
                offset -= gore * Math.rint(offset / gore);
                double[] row = {1, COS[j], SIN[j]};
                for (int a = 0; a < 3; a++) {
                    for (int b = 0; b < 3; b++) {
                        normal[a][b] += weight * row[a] * row[b];
                    }
                    right[a] += weight * row[a] * offset;
                }
            }
            int leaving = Math.floorMod(j - half, samples);
            int entering = Math.floorMod(j + half + 1, samples);
            windowRe += re[entering] - re[leaving];
            windowIm += im[entering] - im[leaving];
        }
        try {
            double[] warp = new QRDecomposition(MatrixUtils.createRealMatrix(normal), 1e-12).getSolver()
                    .solve(new ArrayRealVector(right)).toArray();
            double largest = Math.abs(warp[0]) + Math.hypot(warp[1], warp[2]);
            if (largest > gore / 3) {
                for (int a = 0; a < 3; a++) {
                    warp[a] *= gore / 3 / largest;
                }
            }
            return warp;
        } catch (MathRuntimeException e) {
            return new double[3];
        }
    }

    /** Margin kept from the dark edges of the disk and the band, for blur (normalised radius). */
    private static double margin(Frame outline) {
        return Math.max(0.012, 3.0 / outline.axes()[1]);
    }

    // ---- the three rings of the disk ----

    /**
     * Candidate radii of the ring 1/2 and ring 2/3 edges, best first: splits of the disk's circles
     * into three runs that are alike within and differ between. Each circle's segment values are
     * standardised first (zero mean, unit spread), so that a gradual change of contrast towards the
     * vent, where seams and blur eat the narrow gores, cannot pass for a ring edge.
     */
    private static List<double[]> splitDisk(Pixels pixels, Frame outline, double[] edges, double phase) {
        double margin = margin(outline);
        double from = edges[0] + margin;
        double to = edges[1] - margin;
        double[][] x = new double[DISK_CIRCLES][];
        double[][] angles = segmentAngles(phase, 0.12, new double[3]);
        for (int i = 0; i < DISK_CIRCLES; i++) {
            double rho = from + (to - from) * (i + 0.5) / DISK_CIRCLES;
            x[i] = standardised(circle(pixels, outline, rho, angles));
        }
        double[][] sum = new double[DISK_CIRCLES + 1][SEGMENTS];
        double[][] squares = new double[DISK_CIRCLES + 1][SEGMENTS];
        for (int i = 0; i < DISK_CIRCLES; i++) {
            for (int k = 0; k < SEGMENTS; k++) {
                sum[i + 1][k] = sum[i][k] + x[i][k];
                squares[i + 1][k] = squares[i][k] + x[i][k] * x[i][k];
            }
        }
        int least = 3;
        List<double[]> splits = new ArrayList<>();   // {cost, b1, b2}
        for (int b1 = least; b1 <= DISK_CIRCLES - 2 * least; b1++) {
            double first = spread(sum, squares, 0, b1);
            for (int b2 = b1 + least; b2 <= DISK_CIRCLES - least; b2++) {
                double cost = first + spread(sum, squares, b1, b2) + spread(sum, squares, b2, DISK_CIRCLES);
                splits.add(new double[] {cost, b1, b2});
            }
        }
        splits.sort((p, q) -> Double.compare(p[0], q[0]));
        List<double[]> chosen = new ArrayList<>();
        for (double[] split : splits) {
            boolean distinct = true;
            for (double[] c : chosen) {
                distinct &= Math.abs(split[1] - c[1]) > 4 || Math.abs(split[2] - c[2]) > 4;
            }
            if (distinct) {
                chosen.add(split);
                if (chosen.size() == SPLIT_CANDIDATES) {
                    break;
                }
            }
        }
        List<double[]> radii = new ArrayList<>();
        for (double[] c : chosen) {
            radii.add(new double[] {from + (to - from) * c[1] / DISK_CIRCLES, from + (to - from) * c[2] / DISK_CIRCLES});
        }
        return radii;
    }

    private static double[] standardised(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double variance = 0;
        for (double v : values) {
            variance += (v - mean) * (v - mean);
        }
        double spread = Math.sqrt(variance / values.length) + 0.02;
        double[] z = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            z[i] = (values[i] - mean) / spread;
        }
        return z;
    }

    /** Sum of squared deviations from the mean of circles {@code [from, to)}, over all segments. */
    private static double spread(double[][] sum, double[][] squares, int from, int to) {
        double total = 0;
        int n = to - from;
        for (int k = 0; k < SEGMENTS; k++) {
            double s = sum[to][k] - sum[from][k];
            total += squares[to][k] - squares[from][k] - s * s / n;
        }
        return total;
    }

    /**
     * Cosines and sines of {@value #ACROSS} angles across the middle of every segment, spaced by
     * {@code spacing} of a segment and turned by the ring's warp (see {@link #ringWarp}):
     * {@code [0 cos, 1 sin][segment * ACROSS + i]}.
     */
    private static double[][] segmentAngles(double phase, double spacing, double[] warp) {
        double[][] angles = new double[2][SEGMENTS * ACROSS];
        for (int k = 0; k < SEGMENTS; k++) {
            double middle = phase + 2 * Math.PI * (k + 0.5) / SEGMENTS;
            double shift = warp[0] + warp[1] * Math.cos(middle) + warp[2] * Math.sin(middle);
            for (int i = 0; i < ACROSS; i++) {
                double theta = shift + phase + 2 * Math.PI * (k + 0.5 + spacing * (i - (ACROSS - 1) / 2.0)) / SEGMENTS;
                angles[0][k * ACROSS + i] = Math.cos(theta);
                angles[1][k * ACROSS + i] = Math.sin(theta);
            }
        }
        return angles;
    }

    /** Mean redness of each segment's middle along one circle. */
    private static double[] circle(Pixels pixels, Frame outline, double rho, double[][] angles) {
        double[] values = new double[SEGMENTS];
        double[] p = new double[2];
        for (int k = 0; k < SEGMENTS; k++) {
            double total = 0;
            int n = 0;
            for (int j = k * ACROSS; j < (k + 1) * ACROSS; j++) {
                outline.map(rho, angles[0][j], angles[1][j], p);
                float value = pixels.redness(p[0], p[1]);
                if (!Float.isNaN(value)) {
                    total += value;
                    n++;
                }
            }
            values[k] = n == 0 ? 0 : total / n;
        }
        return values;
    }

    // ---- red or white ----

    /** Mean redness of the middle of every segment, {@code [ring][segment]}. */
    private static double[][] sampleSegments(Pixels pixels, Frame outline, double[] ringEdges, double phase) {
        double[][] redness = new double[RINGS][SEGMENTS];
        double[] inner = {ringEdges[0], ringEdges[1], ringEdges[2], ringEdges[4]};
        double[] outer = {ringEdges[1], ringEdges[2], ringEdges[3], ringEdges[5]};
        double[] p = new double[2];
        for (int ring = 0; ring < RINGS; ring++) {
            double width = outer[ring] - inner[ring];
            // the innermost ring is sampled further out, where its gores are wider
            double low = ring == 0 ? 0.4 : 0.25;
            double[] warp = ringWarp(pixels, outline, inner[ring] + low * width, inner[ring] + 0.8 * width, phase);
            double[][] angles = segmentAngles(phase, 0.1, warp);
            for (int k = 0; k < SEGMENTS; k++) {
                double r = 0;
                double b = 0;
                double v = 0;
                for (int i = 0; i < 5; i++) {
                    double rho = inner[ring] + width * (low + (0.8 - low) * i / 4);
                    for (int j = k * ACROSS; j < (k + 1) * ACROSS; j++) {
                        outline.map(rho, angles[0][j], angles[1][j], p);
                        float red = pixels.at(0, p[0], p[1]);
                        if (!Float.isNaN(red)) {
                            r += red;
                            b += pixels.at(2, p[0], p[1]);
                            v += pixels.at(3, p[0], p[1]);
                        }
                    }
                }
                redness[ring][k] = (r - b) / Math.max(v, 1e-9);
            }
        }
        return redness;
    }

    /** The reading and the patterns to try decoding, most likely first. */
    private record Measurement(Reading reading, List<CanopyPattern> candidates) {
    }

    private static CanopyException noCanopy(String why) {
        return new CanopyException(null, 0, null, "no canopy found: " + why);
    }
}
