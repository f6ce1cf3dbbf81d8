package org.skycrane.canopy;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * The picture as floating-point channels (red, green, blue, brightness, the largest of the three, and
 * standout from the sky) with bilinear sampling: what every step of {@link CanopyImageReader} reads.
 * Pictures larger than {@value #MAX_SIDE} px are averaged down in square blocks first, as the gores
 * need far fewer pixels.
 *
 * <p>Standout is what separates canopy from sky. On a dark sky it is the brightness. On a bright
 * daytime sky (the Mars sky seen by the up-look cameras, whose median border colour is brighter than
 * {@value #DAYTIME_SKY} of 255) it is the colour distance from that sky, the largest of |R − R_sky|,
 * |G − G_sky| and |B − B_sky|: white and red fabric both differ from a butterscotch sky by far more than
 * the sky varies across the picture.
 */
final class Picture {

    /** Larger pictures are averaged down to this side (px) first: the gores need far fewer pixels. */
    static final int MAX_SIDE = 1600;

    final int width;
    final int height;
    final float[] red;
    final float[] green;
    final float[] blue;
    final float[] bright;
    final float[] standout;

    /** Median border brightness (of 255) above which the sky is taken as bright, and standout measured from its colour. */
    static final int DAYTIME_SKY = 60;

    /** Side of the blocks of picture pixels averaged into one (1 for pictures up to {@value #MAX_SIDE} px). */
    final int block;

    Picture(BufferedImage image) {
        block = Math.max(1, (Math.max(image.getWidth(), image.getHeight()) + MAX_SIDE - 1) / MAX_SIDE);
        width = image.getWidth() / block;
        height = image.getHeight() / block;
        red = new float[width * height];
        green = new float[width * height];
        blue = new float[width * height];
        bright = new float[width * height];
        int[] row = new int[image.getWidth() * block];
        float n = block * block;
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y * block, image.getWidth(), block, row, 0, image.getWidth());
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                for (int dy = 0; dy < block; dy++) {
                    for (int dx = 0; dx < block; dx++) {
                        int rgb = row[dy * image.getWidth() + x * block + dx];
                        red[i] += rgb >> 16 & 0xff;
                        green[i] += rgb >> 8 & 0xff;
                        blue[i] += rgb & 0xff;
                    }
                }
                red[i] /= n;
                green[i] /= n;
                blue[i] /= n;
                bright[i] = Math.max(red[i], Math.max(green[i], blue[i]));
            }
        }
        float[] sky = {borderMedian(red), borderMedian(green), borderMedian(blue)};
        if (Math.max(sky[0], Math.max(sky[1], sky[2])) <= DAYTIME_SKY) {
            standout = bright;
        } else {
            standout = new float[width * height];
            for (int i = 0; i < standout.length; i++) {
                standout[i] = Math.max(Math.abs(red[i] - sky[0]), Math.max(Math.abs(green[i] - sky[1]),
                        Math.abs(blue[i] - sky[2])));
            }
        }
    }

    /** Median of a channel over the picture's outermost rows and columns (where the sky is). */
    private float borderMedian(float[] channel) {
        int n = 2 * width + 2 * Math.max(0, height - 2);
        float[] border = new float[n];
        int k = 0;
        for (int x = 0; x < width; x++) {
            border[k++] = channel[x];
            border[k++] = channel[(height - 1) * width + x];
        }
        for (int y = 1; y < height - 1; y++) {
            border[k++] = channel[y * width];
            border[k++] = channel[y * width + width - 1];
        }
        Arrays.sort(border, 0, k);
        return k == 0 ? 0 : border[k / 2];
    }

    /** A position in these pixels as a position in the picture (px). */
    double picture(double position) {
        return block * position + (block - 1) / 2.0;
    }

    /** Channel {@code c} (0 red, 1 green, 2 blue, 3 brightness, 4 standout) at a point, bilinear; NaN outside. */
    float at(int c, double x, double y) {
        if (!(x >= 0 && y >= 0 && x <= width - 1 && y <= height - 1)) {
            return Float.NaN;
        }
        float[] channel = c == 0 ? red : c == 1 ? green : c == 2 ? blue : c == 3 ? bright : standout;
        int x0 = Math.min((int) x, width - 2);
        int y0 = Math.min((int) y, height - 2);
        float fx = (float) (x - x0);
        float fy = (float) (y - y0);
        int i = y0 * width + x0;
        float top = channel[i] + fx * (channel[i + 1] - channel[i]);
        float bottom = channel[i + width] + fx * (channel[i + width + 1] - channel[i + width]);
        return top + fy * (bottom - top);
    }

    /** (R − B) / max(R, G, B) at a point: about 0 for white or grey, 0.8 to 1 for red or orange. */
    float redness(double x, double y) {
        float r = at(0, x, y);
        float b = at(2, x, y);
        float v = at(3, x, y);
        return (r - b) / Math.max(v, 16f);
    }
}
