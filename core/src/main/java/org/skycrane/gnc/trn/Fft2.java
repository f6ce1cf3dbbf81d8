package org.skycrane.gnc.trn;

/**
 * The two-dimensional discrete Fourier transform of a square complex array whose side is a power of
 * two, in place: radix-2 Cooley–Tukey on the rows, then on the columns. Unnormalised forward
 * transform; the inverse divides by the number of elements.
 */
final class Fft2 {

    private Fft2() {
    }

    /** Smallest power of two at least {@code n}. */
    static int size(int n) {
        int p = 1;
        while (p < n) {
            p <<= 1;
        }
        return p;
    }

    /** Transforms the side × side array (re, im), row-major, forward or back. */
    static void transform(double[] re, double[] im, int side, boolean inverse) {
        double[] rr = new double[side];
        double[] ri = new double[side];
        for (int j = 0; j < side; j++) {
            System.arraycopy(re, j * side, rr, 0, side);
            System.arraycopy(im, j * side, ri, 0, side);
            fft(rr, ri, inverse);
            System.arraycopy(rr, 0, re, j * side, side);
            System.arraycopy(ri, 0, im, j * side, side);
        }
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                rr[j] = re[j * side + i];
                ri[j] = im[j * side + i];
            }
            fft(rr, ri, inverse);
            for (int j = 0; j < side; j++) {
                re[j * side + i] = rr[j];
                im[j * side + i] = ri[j];
            }
        }
        if (inverse) {
            double scale = 1.0 / ((double) side * side);
            for (int k = 0; k < re.length; k++) {
                re[k] *= scale;
                im[k] *= scale;
            }
        }
    }

    /** One-dimensional in-place transform (unnormalised). */
    static void fft(double[] re, double[] im, boolean inverse) {
        int n = re.length;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int len = 2; len <= n; len <<= 1) {
            double angle = 2 * Math.PI / len * (inverse ? 1 : -1);
            double wr = Math.cos(angle);
            double wi = Math.sin(angle);
            for (int i = 0; i < n; i += len) {
                double cr = 1;
                double ci = 0;
                for (int k = 0; k < len / 2; k++) {
                    int a = i + k;
                    int b = a + len / 2;
                    double xr = re[b] * cr - im[b] * ci;
                    double xi = re[b] * ci + im[b] * cr;
                    re[b] = re[a] - xr;
                    im[b] = im[a] - xi;
                    re[a] += xr;
                    im[a] += xi;
                    double t = cr * wr - ci * wi;
                    ci = cr * wi + ci * wr;
                    cr = t;
                }
            }
        }
    }
}
