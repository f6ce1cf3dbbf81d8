package org.skycrane.render.video;

import org.jcodec.common.model.Picture;

/**
 * sRGB ↔ Y′CbCr 4:2:0, ITU-R BT.601 matrix, limited range (Y′ 16–235, Cb/Cr 16–240), as ITU-R
 * BT.601-7 §2.5 gives it. jcodec stores each 8-bit sample minus 128 in a signed byte.
 */
public final class YCbCr {

    private YCbCr() {
    }

    /** Fixed-point scale of the forward matrix: coefficients times 2^16. */
    private static final int SHIFT = 16;
    private static final int HALF = 1 << (SHIFT - 1);
    // Y' = 16 + (65.481 R + 128.553 G + 24.966 B) / 255 for 8-bit R, G, B (BT.601-7 §2.5.3, limited range)
    private static final int YR = fixed(65.481 / 255);
    private static final int YG = fixed(128.553 / 255);
    private static final int YB = fixed(24.966 / 255);
    // Cb, Cr from the sum of a 2 x 2 block of 8-bit values (hence the 4)
    private static final int BR = fixed(-37.797 / 255 / 4);
    private static final int BG = fixed(-74.203 / 255 / 4);
    private static final int BB = fixed(112.0 / 255 / 4);
    private static final int RR = fixed(112.0 / 255 / 4);
    private static final int RG = fixed(-93.786 / 255 / 4);
    private static final int RB = fixed(-18.214 / 255 / 4);

    private static int fixed(final double c) {
        return (int) Math.round(c * (1 << SHIFT));
    }

    /**
     * Fills {@code out} (YUV420J planes, at least width × height) from RGB bytes, rows from the top.
     * Integer arithmetic with the matrix in 16-bit fixed point: a code value differs from the exact
     * rounding only where the exact value lies within 0.01 of a half. The matrix maps [0, 255]³ into
     * Y′ 16–235 and Cb, Cr 16–240, so no clamping is needed.
     */
    static void fromRgb(byte[] rgb, int width, int height, Picture out) {
        byte[] y = out.getPlaneData(0);
        byte[] cb = out.getPlaneData(1);
        byte[] cr = out.getPlaneData(2);
        int yStride = out.getPlaneWidth(0);
        int cStride = out.getPlaneWidth(1);
        // jcodec's samples are code value - 128: fold the offset into the rounding constant
        int yOffset = ((16 - 128) << SHIFT) + HALF;
        int cOffset = HALF;
        for (int row = 0; row < height; row++) {
            int o = 3 * row * width;
            int d = row * yStride;
            for (int col = 0; col < width; col++, o += 3) {
                int r = rgb[o] & 0xFF;
                int g = rgb[o + 1] & 0xFF;
                int b = rgb[o + 2] & 0xFF;
                y[d + col] = (byte) ((yOffset + YR * r + YG * g + YB * b) >> SHIFT);
            }
        }
        for (int row = 0; row < height / 2; row++) {
            int top = 3 * (2 * row) * width;
            int bottom = top + 3 * width;
            int d = row * cStride;
            for (int col = 0; col < width / 2; col++, top += 6, bottom += 6) {
                int r = (rgb[top] & 0xFF) + (rgb[top + 3] & 0xFF) + (rgb[bottom] & 0xFF) + (rgb[bottom + 3] & 0xFF);
                int g = (rgb[top + 1] & 0xFF) + (rgb[top + 4] & 0xFF) + (rgb[bottom + 1] & 0xFF)
                        + (rgb[bottom + 4] & 0xFF);
                int b = (rgb[top + 2] & 0xFF) + (rgb[top + 5] & 0xFF) + (rgb[bottom + 2] & 0xFF)
                        + (rgb[bottom + 5] & 0xFF);
                cb[d + col] = (byte) ((cOffset + BR * r + BG * g + BB * b) >> SHIFT);
                cr[d + col] = (byte) ((cOffset + RR * r + RG * g + RB * b) >> SHIFT);
            }
        }
    }

    /**
     * The sRGB colour (0xRRGGBB) of a limited-range BT.601 sample, for reading decoded frames back.
     *
     * @param y  luma code value 16–235
     * @param cb blue-difference code value 16–240
     * @param cr red-difference code value 16–240
     */
    public static int toRgb(int y, int cb, int cr) {
        double yy = (y - 16) / 219.0;
        double pb = (cb - 128) / 224.0;
        double pr = (cr - 128) / 224.0;
        // Inverse of E'Y = 0.299 R + 0.587 G + 0.114 B, E'PB = (B - Y)/1.772, E'PR = (R - Y)/1.402.
        double r = yy + 1.402 * pr;
        double b = yy + 1.772 * pb;
        double g = (yy - 0.299 * r - 0.114 * b) / 0.587;
        return clamp(Math.round(255 * r)) << 16 | clamp(Math.round(255 * g)) << 8 | clamp(Math.round(255 * b));
    }

    /** The sRGB image of a decoded 4:2:0 picture (jcodec's signed planes), cropped to width × height. */
    public static int[] toRgb(Picture picture, int width, int height) {
        byte[] y = picture.getPlaneData(0);
        byte[] cb = picture.getPlaneData(1);
        byte[] cr = picture.getPlaneData(2);
        int yStride = picture.getPlaneWidth(0);
        int cStride = picture.getPlaneWidth(1);
        int[] out = new int[width * height];
        for (int row = 0; row < height; row++) {
            for (int col = 0; col < width; col++) {
                int c = (row / 2) * cStride + col / 2;
                out[row * width + col] = toRgb(y[row * yStride + col] + 128, cb[c] + 128, cr[c] + 128);
            }
        }
        return out;
    }

    private static int clamp(long v) {
        return (int) Math.max(0, Math.min(255, v));
    }
}
