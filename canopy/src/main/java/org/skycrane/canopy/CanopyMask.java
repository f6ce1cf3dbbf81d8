package org.skycrane.canopy;

import static org.skycrane.canopy.CanopyImageReader.noCanopy;

import java.util.Locale;

/**
 * Step 1 of {@link CanopyImageReader}, the canopy: which pixels belong to it. The measure is the
 * picture's standout from the sky ({@link Picture}): on a dark sky the brightness, the largest of R,
 * G and B, so red and white are both bright; on a bright daytime sky the colour distance from the
 * sky. A pixel belongs to the canopy when it stands out from the sky (the 5th percentile) by 30 % of
 * the canopy's contrast (the 97th percentile); a box filter then removes specks and thin lines.
 */
final class CanopyMask {

    private CanopyMask() {
    }

    /** Brightness (0 to 255) that separates canopy from sky: 30 % of the way from the sky to the canopy. */
    static float threshold(Picture picture) {
        int[] histogram = new int[256];
        for (float v : picture.standout) {
            histogram[(int) v]++;
        }
        int sky = percentile(histogram, 0.05);
        int canopy = percentile(histogram, 0.97);
        if (canopy - sky < 40) {
            throw noCanopy("nothing in the picture stands out from the sky (standout " + sky + " to " + canopy
                    + " of 255)");
        }
        return sky + 0.3f * (canopy - sky);
    }

    /**
     * The canopy's pixels, {@code [y * width + x]}: those brighter than {@code threshold}, after a box
     * filter that removes specks and thin lines.
     */
    static boolean[] of(Picture picture, float threshold) {
        int width = picture.width;
        int height = picture.height;
        float[] bright = picture.standout;
        int radius = Math.max(1, Math.round(Math.min(width, height) / 160f));
        int[] integral = new int[(width + 1) * (height + 1)];
        for (int y = 0; y < height; y++) {
            int row = 0;
            for (int x = 0; x < width; x++) {
                row += bright[y * width + x] > threshold ? 1 : 0;
                integral[(y + 1) * (width + 1) + x + 1] = integral[y * (width + 1) + x + 1] + row;
            }
        }
        boolean[] mask = new boolean[width * height];
        int count = 0;
        for (int y = 0; y < height; y++) {
            int y0 = Math.max(0, y - radius);
            int y1 = Math.min(height, y + radius + 1);
            for (int x = 0; x < width; x++) {
                int x0 = Math.max(0, x - radius);
                int x1 = Math.min(width, x + radius + 1);
                int sum = integral[y1 * (width + 1) + x1] - integral[y0 * (width + 1) + x1]
                        - integral[y1 * (width + 1) + x0] + integral[y0 * (width + 1) + x0];
                mask[y * width + x] = 2 * sum > (x1 - x0) * (y1 - y0);
                count += mask[y * width + x] ? 1 : 0;
            }
        }
        double share = count / (double) mask.length;
        if (share < 0.02) {
            throw noCanopy(String.format(Locale.ROOT,
                    "the bright part is only %.1f %% of the picture; the canopy must fill more of it", 100 * share));
        }
        if (share > 0.92) {
            throw noCanopy("the picture is bright nearly everywhere; the canopy must be on a dark sky");
        }
        return mask;
    }

    private static int percentile(int[] histogram, double fraction) {
        long total = 0;
        for (int count : histogram) {
            total += count;
        }
        long target = Math.round(fraction * total);
        long seen = 0;
        for (int v = 0; v < histogram.length; v++) {
            seen += histogram[v];
            if (seen >= target) {
                return v;
            }
        }
        return histogram.length - 1;
    }
}
