package org.skycrane.render.gl;

import java.awt.image.BufferedImage;
import java.util.function.IntPredicate;

/** Pixel measurements on rendered frames. */
final class ImageStats {

    private ImageStats() {
    }

    /** Rec. 709 luma of an sRGB pixel, 0–255. */
    static double luma(int rgb) {
        return 0.2126 * ((rgb >> 16) & 0xFF) + 0.7152 * ((rgb >> 8) & 0xFF) + 0.0722 * (rgb & 0xFF);
    }

    /**
     * Luma-weighted centroid {u, v, weight, count} (pixel-centre coordinates i + ½, j + ½) of the pixels in
     * the window around (u0, v0) of half-size {@code half} that satisfy {@code select}.
     */
    static double[] centroid(BufferedImage image, double u0, double v0, int half, IntPredicate select,
                             boolean weighted) {
        double su = 0;
        double sv = 0;
        double sw = 0;
        int count = 0;
        for (int j = (int) v0 - half; j <= (int) v0 + half; j++) {
            for (int i = (int) u0 - half; i <= (int) u0 + half; i++) {
                if (i < 0 || j < 0 || i >= image.getWidth() || j >= image.getHeight()) {
                    continue;
                }
                int p = image.getRGB(i, j) & 0xFFFFFF;
                if (select.test(p)) {
                    double w = weighted ? luma(p) : 1;
                    su += w * (i + 0.5);
                    sv += w * (j + 0.5);
                    sw += w;
                    count++;
                }
            }
        }
        return new double[] {su / sw, sv / sw, sw, count};
    }
}
