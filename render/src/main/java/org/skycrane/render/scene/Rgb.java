package org.skycrane.render.scene;

/**
 * A linear-light RGB triple (relative radiance or reflectance per channel; the sRGB primaries).
 * Values may exceed 1 for light sources. Lighting is computed in linear light and encoded to sRGB
 * (IEC 61966-2-1) only when the frame is written.
 */
public record Rgb(double r, double g, double b) {

    public static final Rgb BLACK = new Rgb(0, 0, 0);
    public static final Rgb WHITE = new Rgb(1, 1, 1);

    public Rgb {
        if (!(r >= 0 && g >= 0 && b >= 0)) {
            throw new IllegalArgumentException("colour components must be >= 0: " + r + ", " + g + ", " + b);
        }
    }

    /** A grey of linear value {@code v}. */
    public static Rgb grey(double v) {
        return new Rgb(v, v, v);
    }

    /** The linear colour of an 8-bit sRGB colour 0xRRGGBB. */
    public static Rgb fromSrgb(int rgb) {
        return new Rgb(srgbToLinear((rgb >> 16) & 0xFF), srgbToLinear((rgb >> 8) & 0xFF), srgbToLinear(rgb & 0xFF));
    }

    /**
     * The linear sRGB colour of CIE 1931 chromaticity (x, y) at relative luminance {@code luminance}
     * (Y), through the XYZ → linear sRGB matrix of IEC 61966-2-1. Negative components (outside the
     * sRGB gamut) are clipped to 0.
     */
    public static Rgb fromChromaticity(double x, double y, double luminance) {
        double bigX = x / y * luminance;
        double bigZ = (1 - x - y) / y * luminance;
        double r = 3.2406 * bigX - 1.5372 * luminance - 0.4986 * bigZ;
        double g = -0.9689 * bigX + 1.8758 * luminance + 0.0415 * bigZ;
        double b = 0.0557 * bigX - 0.2040 * luminance + 1.0570 * bigZ;
        return new Rgb(Math.max(0, r), Math.max(0, g), Math.max(0, b));
    }

    /** Scaled by {@code k}. */
    public Rgb times(double k) {
        return new Rgb(r * k, g * k, b * k);
    }

    /** The sRGB transfer function inverse: 8-bit code value to linear [0, 1]. */
    public static double srgbToLinear(int code) {
        double c = code / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** The sRGB transfer function: linear [0, 1] (clipped) to an 8-bit code value. */
    public static int linearToSrgb(double linear) {
        double c = Math.min(1, Math.max(0, linear));
        double e = c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
        return (int) Math.round(255 * e);
    }
}
