package org.skycrane.vision;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.skycrane.gnc.trn.GrayImage;
import org.skycrane.math.GaussianBlur;
import org.skycrane.render.scene.HeightField;
import org.skycrane.terrain.Terrain;

/** Grids sampled from a terrain for the renderer, and the image operations the cameras apply. */
final class Rasters {

    private Rasters() {
    }

    /** A grey albedo (0–1) as an 8-bit sRGB colour 0xRRGGBB. */
    static int grey(double albedo) {
        double a = Math.max(0, Math.min(1, albedo));
        double s = a <= 0.0031308 ? 12.92 * a : 1.055 * Math.pow(a, 1 / 2.4) - 0.055;
        int v = (int) Math.round(255 * s);
        return v << 16 | v << 8 | v;
    }

    /** Height functions of map coordinates (m). */
    @FunctionalInterface
    interface Heights {
        double at(double east, double north);
    }

    /**
     * A height field of {@code n} × {@code n} points {@code posting} apart from south-west corner
     * (east0, north0): heights from {@code heights}, albedo from the terrain at the posting's resolution.
     */
    static HeightField field(Terrain terrain, Heights heights, double east0, double north0, double posting, int n) {
        float[] h = new float[n * n];
        int[] a = new int[n * n];
        IntStream.range(0, n).parallel().forEach(j -> {
            double north = north0 + j * posting;
            for (int i = 0; i < n; i++) {
                double east = east0 + i * posting;
                h[j * n + i] = (float) heights.at(east, north);
                a[j * n + i] = grey(terrain.albedoAtResolution(east, north, posting));
            }
        });
        return new HeightField(east0, north0, posting, n, n, h, a);
    }

    /** Luminance (0–1, display-encoded) of sRGB bytes, width × height × 3. */
    static float[] luminance(byte[] rgb, int pixels) {
        float[] out = new float[pixels];
        for (int k = 0; k < pixels; k++) {
            out[k] = (float) ((0.2126 * (rgb[3 * k] & 0xFF) + 0.7152 * (rgb[3 * k + 1] & 0xFF)
                    + 0.0722 * (rgb[3 * k + 2] & 0xFF)) / 255);
        }
        return out;
    }

    /** Adds Gaussian noise of 1σ {@code sigma} and quantises to {@code levels} levels in 0–1. */
    static float[] noise(float[] px, double sigma, int levels, SplittableRandom random) {
        float[] out = new float[px.length];
        for (int k = 0; k < px.length; k++) {
            double v = px[k] + sigma * random.nextGaussian();
            out[k] = (float) (Math.round(Math.max(0, Math.min(1, v)) * (levels - 1)) / (double) (levels - 1));
        }
        return out;
    }

    /** Separable Gaussian blur of 1σ {@code sigma} pixels (edges clamped). */
    static GrayImage blur(GrayImage image, double sigma) {
        return new GrayImage(image.width(), image.height(),
                GaussianBlur.blur(image.pixels(), image.width(), image.height(), sigma));
    }
}
