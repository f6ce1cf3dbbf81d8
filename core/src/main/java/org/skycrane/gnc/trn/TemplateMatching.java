package org.skycrane.gnc.trn;

/**
 * Normalised cross-correlation of a template over a search area, two ways: in the frequency domain
 * for a large template over a large area (the coarse "FFT map matching" of Johnson, Ansar &amp;
 * Matthies, "Mapped Landmark Algorithm for Precision Landing", NASA Tech Brief NPO-45114), and in the
 * spatial domain for a small template over a small window (the fine "mapped landmark refinement").
 * Both give, at each offset (dx, dy), Σ(T − T̄)(S − S̄) / (‖T − T̄‖ ‖S − S̄‖) over the template's
 * footprint; the frequency-domain one gets the numerator from one product of transforms and the
 * area's local sums from integral images (Lewis, "Fast Normalized Cross-Correlation", Vision
 * Interface 1995).
 */
final class TemplateMatching {

    /** Windows whose intensity spread is below this fraction of the template's are featureless: NaN. */
    private static final double FLAT = 1e-3;

    private TemplateMatching() {
    }

    /**
     * Correlation of template {@code t} (tw × th, no NaN) over area {@code s} (sw × sh, NaN allowed),
     * by FFT; offsets 0…sw − tw by 0…sh − th. An offset whose footprint holds a NaN is NaN.
     */
    static Correlation fft(float[] t, int tw, int th, float[] s, int sw, int sh) {
        int side = Fft2.size(Math.max(sw, sh));
        double mean = 0;
        for (float v : t) {
            mean += v;
        }
        mean /= t.length;
        double norm = 0;
        double[] tr = new double[side * side];
        for (int j = 0; j < th; j++) {
            for (int i = 0; i < tw; i++) {
                double v = t[j * tw + i] - mean;
                tr[j * side + i] = v;
                norm += v * v;
            }
        }
        double[] ti = new double[side * side];
        double[] sr = new double[side * side];
        double[] si = new double[side * side];
        int w1 = sw + 1;
        double[] sum = new double[w1 * (sh + 1)];
        double[] sum2 = new double[w1 * (sh + 1)];
        int[] holes = new int[w1 * (sh + 1)];
        for (int j = 0; j < sh; j++) {
            for (int i = 0; i < sw; i++) {
                float v = s[j * sw + i];
                boolean hole = Float.isNaN(v);
                double x = hole ? 0 : v;
                sr[j * side + i] = x;
                int k = (j + 1) * w1 + i + 1;
                sum[k] = x + sum[k - 1] + sum[k - w1] - sum[k - w1 - 1];
                sum2[k] = x * x + sum2[k - 1] + sum2[k - w1] - sum2[k - w1 - 1];
                holes[k] = (hole ? 1 : 0) + holes[k - 1] + holes[k - w1] - holes[k - w1 - 1];
            }
        }
        Fft2.transform(tr, ti, side, false);
        Fft2.transform(sr, si, side, false);
        for (int k = 0; k < tr.length; k++) {
            // S · conj(T): the correlation, not the convolution
            double re = sr[k] * tr[k] + si[k] * ti[k];
            double im = si[k] * tr[k] - sr[k] * ti[k];
            sr[k] = re;
            si[k] = im;
        }
        Fft2.transform(sr, si, side, true);
        int cols = sw - tw + 1;
        int rows = sh - th + 1;
        double[] out = new double[cols * rows];
        double n = (double) tw * th;
        double tnorm = Math.sqrt(norm);
        for (int dy = 0; dy < rows; dy++) {
            for (int dx = 0; dx < cols; dx++) {
                int a = dy * w1 + dx;
                int b = a + tw;
                int c = a + th * w1;
                int d = c + tw;
                if (holes[d] - holes[b] - holes[c] + holes[a] > 0) {
                    out[dy * cols + dx] = Double.NaN;
                    continue;
                }
                double s1 = sum[d] - sum[b] - sum[c] + sum[a];
                double s2 = sum2[d] - sum2[b] - sum2[c] + sum2[a];
                double var = s2 - s1 * s1 / n;
                out[dy * cols + dx] = var <= FLAT * FLAT * norm || tnorm == 0 ? Double.NaN
                        : sr[dy * side + dx] / (tnorm * Math.sqrt(var));
            }
        }
        return new Correlation(out, cols, rows);
    }

    /**
     * Correlation of the template at (ti, tj) of size tw × th in image {@code a} (width aw) over the
     * area of {@code b} (width bw, height bh) whose top-left corner offsets run over x0…x1, y0…y1.
     * NaN where a footprint leaves {@code b} or holds a NaN.
     */
    static Correlation spatial(float[] a, int aw, int ti, int tj, int tw, int th, float[] b, int bw, int bh,
                               int x0, int x1, int y0, int y1) {
        double mean = 0;
        for (int j = 0; j < th; j++) {
            for (int i = 0; i < tw; i++) {
                mean += a[(tj + j) * aw + ti + i];
            }
        }
        double n = (double) tw * th;
        mean /= n;
        double norm = 0;
        double[] t = new double[tw * th];
        for (int j = 0; j < th; j++) {
            for (int i = 0; i < tw; i++) {
                double v = a[(tj + j) * aw + ti + i] - mean;
                t[j * tw + i] = v;
                norm += v * v;
            }
        }
        int cols = x1 - x0 + 1;
        int rows = y1 - y0 + 1;
        double[] out = new double[cols * rows];
        for (int dy = y0; dy <= y1; dy++) {
            for (int dx = x0; dx <= x1; dx++) {
                out[(dy - y0) * cols + dx - x0] = score(t, tw, th, norm, b, bw, bh, dx, dy);
            }
        }
        return new Correlation(out, cols, rows);
    }

    private static double score(double[] t, int tw, int th, double norm, float[] b, int bw, int bh, int dx, int dy) {
        if (dx < 0 || dy < 0 || dx + tw > bw || dy + th > bh || norm == 0) {
            return Double.NaN;
        }
        double s1 = 0;
        double s2 = 0;
        double st = 0;
        for (int j = 0; j < th; j++) {
            int row = (dy + j) * bw + dx;
            for (int i = 0; i < tw; i++) {
                double v = b[row + i];
                s1 += v;
                s2 += v * v;
                st += v * t[j * tw + i];
            }
        }
        double n = (double) tw * th;
        double var = s2 - s1 * s1 / n;
        if (Double.isNaN(var) || var <= FLAT * FLAT * norm) {
            return Double.NaN;
        }
        return st / Math.sqrt(norm * var);
    }
}
