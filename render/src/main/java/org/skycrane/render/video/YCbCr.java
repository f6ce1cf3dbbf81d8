package org.skycrane.render.video;

import org.jcodec.common.model.Picture;

/**
 * sRGB ↔ Y′CbCr 4:2:0, ITU-R BT.601 matrix, limited range (Y′ 16–235, Cb/Cr 16–240), as ITU-R
 * BT.601-7 §2.5 gives it. jcodec stores each 8-bit sample minus 128 in a signed byte.
 */
public final class YCbCr {

    private YCbCr() {
    }

    /** Fills {@code out} (YUV420J planes, at least width × height) from RGB bytes, rows from the top. */
    static void fromRgb(byte[] rgb, int width, int height, Picture out) {
        byte[] y = out.getPlaneData(0);
        byte[] cb = out.getPlaneData(1);
        byte[] cr = out.getPlaneData(2);
        int yStride = out.getPlaneWidth(0);
        int cStride = out.getPlaneWidth(1);
        for (int row = 0; row < height; row++) {
            for (int col = 0; col < width; col++) {
                int o = 3 * (row * width + col);
                double r = (rgb[o] & 0xFF) / 255.0;
                double g = (rgb[o + 1] & 0xFF) / 255.0;
                double b = (rgb[o + 2] & 0xFF) / 255.0;
                y[row * yStride + col] = (byte) (clamp(Math.round(16 + 65.481 * r + 128.553 * g + 24.966 * b)) - 128);
            }
        }
        for (int row = 0; row < height / 2; row++) {
            for (int col = 0; col < width / 2; col++) {
                double r = 0;
                double g = 0;
                double b = 0;
                for (int dy = 0; dy < 2; dy++) {
                    for (int dx = 0; dx < 2; dx++) {
                        int o = 3 * ((2 * row + dy) * width + 2 * col + dx);
                        r += (rgb[o] & 0xFF) / 255.0;
                        g += (rgb[o + 1] & 0xFF) / 255.0;
                        b += (rgb[o + 2] & 0xFF) / 255.0;
                    }
                }
                r /= 4;
                g /= 4;
                b /= 4;
                cb[row * cStride + col] = (byte) (clamp(Math.round(128 - 37.797 * r - 74.203 * g + 112.0 * b)) - 128);
                cr[row * cStride + col] = (byte) (clamp(Math.round(128 + 112.0 * r - 93.786 * g - 18.214 * b)) - 128);
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
