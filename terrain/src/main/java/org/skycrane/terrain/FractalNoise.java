package org.skycrane.terrain;

import java.util.Arrays;

/**
 * Fractional Brownian relief: gradient noise summed over octaves of wavelength 2^k m, octave k
 * weighted by (2^k)^H so that RMS height differences grow with baseline L as L^H (a self-affine
 * surface of Hurst exponent H). Each octave's lattice is rotated and offset by its own hash, so
 * lattice lines of different octaves do not align.
 *
 * <p>The gradient noise is Perlin's construction (Perlin 2002, "Improving noise", SIGGRAPH: quintic
 * fade, hashed gradients), written here for two dimensions with 16 gradient directions.
 */
final class FractalNoise {

    private static final int DIRECTIONS = 16;
    private static final double[] GX = new double[DIRECTIONS];
    private static final double[] GY = new double[DIRECTIONS];

    static {
        for (int i = 0; i < DIRECTIONS; i++) {
            GX[i] = Math.cos(2 * Math.PI * (i + 0.5) / DIRECTIONS);
            GY[i] = Math.sin(2 * Math.PI * (i + 0.5) / DIRECTIONS);
        }
    }

    private final long seed;
    private final int firstOctave;
    private final int lastOctave;
    private final double[] amplitude;
    private final double[] cos;
    private final double[] sin;
    private final double[] offsetX;
    private final double[] offsetY;
    /** cos·2^-k and sin·2^-k: scaling by a power of two is exact, so the products equal (cos x − sin y)·2^-k. */
    private final double[] cosScaled;
    private final double[] sinScaled;

    /**
     * @param seed        hash seed
     * @param stream      distinguishes noises of one seed (relief, albedo patches, ...)
     * @param firstOctave shortest wavelength 2^firstOctave m
     * @param lastOctave  longest wavelength 2^lastOctave m
     * @param hurst       H; octave weight (2^k)^H
     * @param scale       overall multiplier of the weights
     */
    FractalNoise(long seed, long stream, int firstOctave, int lastOctave, double hurst, double scale) {
        this.seed = CellRandom.hash(seed, stream, 0, 0);
        this.firstOctave = firstOctave;
        this.lastOctave = lastOctave;
        int n = lastOctave + 1;
        amplitude = new double[n];
        cos = new double[n];
        sin = new double[n];
        offsetX = new double[n];
        offsetY = new double[n];
        cosScaled = new double[n];
        sinScaled = new double[n];
        for (int k = firstOctave; k <= lastOctave; k++) {
            CellRandom r = new CellRandom(this.seed, 1, k, 0);
            double angle = 2 * Math.PI * r.nextDouble();
            amplitude[k] = scale * Math.pow(Math.scalb(1.0, k), hurst);
            cos[k] = Math.cos(angle);
            sin[k] = Math.sin(angle);
            offsetX[k] = 1000 * r.nextDouble();
            offsetY[k] = 1000 * r.nextDouble();
            cosScaled[k] = Math.scalb(cos[k], -k);
            sinScaled[k] = Math.scalb(sin[k], -k);
        }
    }

    int firstOctave() {
        return firstOctave;
    }

    /** Sum of octaves from {@code from} (inclusive) to the last, at map point (x, y) (m). */
    double value(double x, double y, int from) {
        double sum = 0;
        for (int k = Math.max(from, firstOctave); k <= lastOctave; k++) {
            double u = (cosScaled[k] * x - sinScaled[k] * y) + offsetX[k];
            double v = (sinScaled[k] * x + cosScaled[k] * y) + offsetY[k];
            sum += amplitude[k] * gradientNoise(u, v, k);
        }
        return sum;
    }

    /** All octaves. */
    double value(double x, double y) {
        return value(x, y, firstOctave);
    }

    /**
     * An evaluator of {@link #value(double, double, int)} for runs of nearby points (a tile's
     * samples): it keeps each octave's last lattice cell and its four corner gradients, so points in
     * the same cell skip the hashing. Same arithmetic, bit-identical values. One per thread.
     */
    Cursor cursor() {
        return new Cursor();
    }

    /** See {@link #cursor()}; not thread-safe. */
    final class Cursor {
        private final long[] cellU = new long[lastOctave + 1];
        private final long[] cellV = new long[lastOctave + 1];
        private final int[] gradients = new int[4 * (lastOctave + 1)];

        private Cursor() {
            Arrays.fill(cellU, Long.MIN_VALUE);
        }

        /** {@link FractalNoise#value(double, double, int)}. */
        double value(double x, double y, int from) {
            double sum = 0;
            for (int k = Math.max(from, firstOctave); k <= lastOctave; k++) {
                double u = (cosScaled[k] * x - sinScaled[k] * y) + offsetX[k];
                double v = (sinScaled[k] * x + cosScaled[k] * y) + offsetY[k];
                double fu = Math.floor(u);
                double fv = Math.floor(v);
                long iu = (long) fu;
                long iv = (long) fv;
                int g = 4 * k;
                if (iu != cellU[k] || iv != cellV[k]) {
                    corners(g, k, iu, iv);
                }
                double du = u - fu;
                double dv = v - fv;
                double n00 = GX[gradients[g]] * du + GY[gradients[g]] * dv;
                double n10 = GX[gradients[g + 1]] * (du - 1) + GY[gradients[g + 1]] * dv;
                double n01 = GX[gradients[g + 2]] * du + GY[gradients[g + 2]] * (dv - 1);
                double n11 = GX[gradients[g + 3]] * (du - 1) + GY[gradients[g + 3]] * (dv - 1);
                double su = fade(du);
                double sv = fade(dv);
                double a = n00 + su * (n10 - n00);
                double b = n01 + su * (n11 - n01);
                sum += amplitude[k] * (a + sv * (b - a));
            }
            return sum;
        }

        /**
         * The four corner gradients of cell (iu, iv) of octave {@code k}, at {@code g}: a step of one
         * cell along u or v keeps the two corners it shares with the last cell and hashes two.
         */
        private void corners(int g, int k, long iu, long iv) {
            long du = iu - cellU[k];
            long dv = iv - cellV[k];
            boolean known = cellU[k] != Long.MIN_VALUE;
            cellU[k] = iu;
            cellV[k] = iv;
            if (known && dv == 0 && du == 1) {
                gradients[g] = gradients[g + 1];
                gradients[g + 2] = gradients[g + 3];
                gradients[g + 1] = gradient(iu + 1, iv, k);
                gradients[g + 3] = gradient(iu + 1, iv + 1, k);
            } else if (known && dv == 0 && du == -1) {
                gradients[g + 1] = gradients[g];
                gradients[g + 3] = gradients[g + 2];
                gradients[g] = gradient(iu, iv, k);
                gradients[g + 2] = gradient(iu, iv + 1, k);
            } else if (known && du == 0 && dv == 1) {
                gradients[g] = gradients[g + 2];
                gradients[g + 1] = gradients[g + 3];
                gradients[g + 2] = gradient(iu, iv + 1, k);
                gradients[g + 3] = gradient(iu + 1, iv + 1, k);
            } else if (known && du == 0 && dv == -1) {
                gradients[g + 2] = gradients[g];
                gradients[g + 3] = gradients[g + 1];
                gradients[g] = gradient(iu, iv, k);
                gradients[g + 1] = gradient(iu + 1, iv, k);
            } else {
                gradients[g] = gradient(iu, iv, k);
                gradients[g + 1] = gradient(iu + 1, iv, k);
                gradients[g + 2] = gradient(iu, iv + 1, k);
                gradients[g + 3] = gradient(iu + 1, iv + 1, k);
            }
        }
    }

    private double gradientNoise(double u, double v, int octave) {
        double fu = Math.floor(u);
        double fv = Math.floor(v);
        long iu = (long) fu;
        long iv = (long) fv;
        double du = u - fu;
        double dv = v - fv;
        double n00 = corner(iu, iv, octave, du, dv);
        double n10 = corner(iu + 1, iv, octave, du - 1, dv);
        double n01 = corner(iu, iv + 1, octave, du, dv - 1);
        double n11 = corner(iu + 1, iv + 1, octave, du - 1, dv - 1);
        double su = fade(du);
        double sv = fade(dv);
        double a = n00 + su * (n10 - n00);
        double b = n01 + su * (n11 - n01);
        return a + sv * (b - a);
    }

    private double corner(long iu, long iv, int octave, double du, double dv) {
        int g = gradient(iu, iv, octave);
        return GX[g] * du + GY[g] * dv;
    }

    /** Index of the hashed gradient at lattice corner (iu, iv) of {@code octave}. */
    private int gradient(long iu, long iv, int octave) {
        long h = CellRandom.mix(seed ^ (iu * 0x9E3779B97F4A7C15L) ^ (iv * 0xC2B2AE3D27D4EB4FL) ^ octave);
        return (int) (h >>> 60);
    }

    private static double fade(double t) {
        return t * t * t * (t * (t * 6 - 15) + 10);
    }
}
