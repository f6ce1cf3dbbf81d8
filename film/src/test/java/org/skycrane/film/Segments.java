package org.skycrane.film;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/** Measures in rendered pictures: which pixels differ from a reference colour, and how big they are. */
final class Segments {

    private Segments() {
    }

    /** Per-channel median colour of the picture's border, 0xRRGGBB. */
    static int borderMedian(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int n = 2 * w + 2 * (h - 2);
        int[][] c = new int[3][n];
        int k = 0;
        for (int x = 0; x < w; x++) {
            k = put(c, k, image.getRGB(x, 0));
            k = put(c, k, image.getRGB(x, h - 1));
        }
        for (int y = 1; y < h - 1; y++) {
            k = put(c, k, image.getRGB(0, y));
            k = put(c, k, image.getRGB(w - 1, y));
        }
        int rgb = 0;
        for (int ch = 0; ch < 3; ch++) {
            Arrays.sort(c[ch], 0, k);
            rgb = rgb << 8 | c[ch][k / 2];
        }
        return rgb;
    }

    private static int put(int[][] c, int k, int rgb) {
        c[0][k] = rgb >> 16 & 0xFF;
        c[1][k] = rgb >> 8 & 0xFF;
        c[2][k] = rgb & 0xFF;
        return k + 1;
    }

    /** Largest channel difference between two colours. */
    static int distance(int a, int b) {
        return Math.max(Math.abs((a >> 16 & 0xFF) - (b >> 16 & 0xFF)), Math.max(Math.abs((a >> 8 & 0xFF)
                - (b >> 8 & 0xFF)), Math.abs((a & 0xFF) - (b & 0xFF))));
    }

    /** The pixels of {@code image} farther than {@code threshold} from {@code reference}. */
    static boolean[] differing(BufferedImage image, int reference, int threshold) {
        int w = image.getWidth();
        boolean[] mask = new boolean[w * image.getHeight()];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < w; x++) {
                mask[y * w + x] = distance(image.getRGB(x, y) & 0xFFFFFF, reference) > threshold;
            }
        }
        return mask;
    }

    /** Centroid (x, y) of the mask's pixel centres, and their count. */
    static double[] centroid(boolean[] mask, int width) {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (int i = 0; i < mask.length; i++) {
            if (mask[i]) {
                sx += i % width + 0.5;
                sy += i / width + 0.5;
                n++;
            }
        }
        return new double[] {sx / n, sy / n, n};
    }

    /** Diameter of the circle about the mask's centroid that encloses all of it (px). */
    static double enclosingDiameter(boolean[] mask, int width) {
        double[] c = centroid(mask, width);
        double r = 0;
        for (int i = 0; i < mask.length; i++) {
            if (mask[i]) {
                r = Math.max(r, Math.hypot(i % width + 0.5 - c[0], i / width + 0.5 - c[1]));
            }
        }
        return 2 * r;
    }
}
