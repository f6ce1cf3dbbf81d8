package org.skycrane.math;

/**
 * Separable Gaussian blur of a row-major grey image, the kernel cut at 3σ and normalised, edges
 * clamped. One home for both sides of terrain-relative navigation: the flight software smooths its
 * descent images to the map's resolution, the truth side blurs the orbital imagery.
 */
public final class GaussianBlur {

    private GaussianBlur() {
    }

    /** The image {@code pixels} ({@code width} × {@code height}) blurred with 1σ {@code sigma} pixels. */
    public static float[] blur(float[] pixels, int width, int height, double sigma) {
        if (pixels.length != width * height || !(sigma > 0)) {
            throw new IllegalArgumentException("blur needs width x height pixels and a positive sigma: "
                    + pixels.length + " for " + width + " x " + height + ", sigma " + sigma);
        }
        int r = (int) Math.ceil(3 * sigma);
        double[] k = new double[2 * r + 1];
        double sum = 0;
        for (int i = -r; i <= r; i++) {
            k[i + r] = Math.exp(-0.5 * i * i / (sigma * sigma));
            sum += k[i + r];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= sum;
        }
        int w = width;
        int h = height;
        float[] tmp = new float[w * h];
        float[] out = new float[w * h];
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                double s = 0;
                for (int d = -r; d <= r; d++) {
                    s += k[d + r] * pixels[j * w + Math.max(0, Math.min(w - 1, i + d))];
                }
                tmp[j * w + i] = (float) s;
            }
        }
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                double s = 0;
                for (int d = -r; d <= r; d++) {
                    s += k[d + r] * tmp[Math.max(0, Math.min(h - 1, j + d)) * w + i];
                }
                out[j * w + i] = (float) s;
            }
        }
        return out;
    }
}
