package org.skycrane.gnc.trn;

import java.util.Objects;

/**
 * A grayscale raster, row-major from the top-left pixel, linear intensity. Pixel (i, j) is column i,
 * row j, and its value is taken at its centre (i + ½, j + ½) by {@link #sample}; NaN marks a pixel
 * with no data (outside a camera's view, say).
 */
public final class GrayImage {

    private final int width;
    private final int height;
    private final float[] pixels;

    /**
     * @param width  columns
     * @param height rows
     * @param pixels width × height values, row-major (copied)
     */
    public GrayImage(int width, int height, float[] pixels) {
        if (width < 1 || height < 1 || Objects.requireNonNull(pixels).length != width * height) {
            throw new IllegalArgumentException("an image needs width × height pixels");
        }
        this.width = width;
        this.height = height;
        this.pixels = pixels.clone();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Value of pixel (i, j). */
    public float at(int i, int j) {
        return pixels[j * width + i];
    }

    /** A copy of the pixels, row-major. */
    public float[] pixels() {
        return pixels.clone();
    }

    /**
     * Bilinear value at continuous image coordinates (x, y), pixel (i, j) covering [i, i+1) × [j, j+1);
     * NaN outside the pixel centres' hull.
     */
    public double sample(double x, double y) {
        double u = x - 0.5;
        double v = y - 0.5;
        if (!(u >= 0 && v >= 0 && u <= width - 1 && v <= height - 1)) {
            return Double.NaN;
        }
        int i = Math.min((int) u, width - 2);
        int j = Math.min((int) v, height - 2);
        if (width == 1 || height == 1) {
            return pixels[(int) v * width + (int) u];
        }
        double fx = u - i;
        double fy = v - j;
        int k = j * width + i;
        return (1 - fy) * ((1 - fx) * pixels[k] + fx * pixels[k + 1])
                + fy * ((1 - fx) * pixels[k + width] + fx * pixels[k + width + 1]);
    }
}
