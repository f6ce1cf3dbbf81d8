package org.skycrane.canopy;

import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * What a camera might do to a rendered canopy: turn it, tilt it into an ellipse, shift it off centre,
 * light it unevenly, blur it and add sensor noise. Applied to a picture as one inverse warp
 * (bilinear), then lighting, Gaussian blur and Gaussian noise, in that order.
 *
 * @param rotation    clockwise turn of the picture (rad)
 * @param squash      axis ratio of the resulting ellipse (1 = circle)
 * @param squashAxis  direction that is shortened, from the x axis (rad)
 * @param shiftX      of the centre (px)
 * @param shiftY      of the centre (px)
 * @param light       brightness falls linearly by this fraction across the picture
 * @param lightAngle  direction in which it falls (rad)
 * @param vignetting  brightness falls by this fraction at the corners, with the square of the radius
 * @param blur        Gaussian sigma (px)
 * @param noise       Gaussian sigma of the sensor noise (levels of 255)
 */
record Distortion(double rotation, double squash, double squashAxis, double shiftX, double shiftY, double light,
                  double lightAngle, double vignetting, double blur, double noise) {

    /** A random distortion within the range the reader must handle. */
    static Distortion random(SplittableRandom random) {
        return new Distortion(random.nextDouble(2 * Math.PI), random.nextDouble(0.85, 1.0),
                random.nextDouble(Math.PI), random.nextDouble(-12, 12), random.nextDouble(-12, 12),
                random.nextDouble(0.0, 0.5), random.nextDouble(2 * Math.PI), random.nextDouble(0.0, 0.4),
                random.nextDouble(0.3, 1.5), random.nextDouble(0, 12));
    }

    BufferedImage apply(BufferedImage source, long noiseSeed) {
        int w = source.getWidth();
        int h = source.getHeight();
        float[][] in = Images.channels(source);
        float[][] out = new float[3][w * h];
        double cx = (w - 1) / 2.0;
        double cy = (h - 1) / 2.0;
        double cos = Math.cos(rotation);
        double sin = Math.sin(rotation);
        double ca = Math.cos(squashAxis);
        double sa = Math.sin(squashAxis);
        float[] sky = {in[0][0], in[1][0], in[2][0]};
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                // undo the shift, the squash along squashAxis, then the rotation
                double dx = x - cx - shiftX;
                double dy = y - cy - shiftY;
                double along = dx * ca + dy * sa;
                double across = -dx * sa + dy * ca;
                along /= squash;
                double ux = along * ca - across * sa;
                double uy = along * sa + across * ca;
                double sx = cx + ux * cos + uy * sin;
                double sy = cy - ux * sin + uy * cos;
                for (int c = 0; c < 3; c++) {
                    float v = Images.bilinear(in[c], w, h, sx, sy);
                    out[c][y * w + x] = Float.isNaN(v) ? sky[c] : v;
                }
            }
        }
        double lx = Math.cos(lightAngle);
        double ly = Math.sin(lightAngle);
        double corner = Math.hypot(cx, cy);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double along = ((x - cx) * lx + (y - cy) * ly) / corner;   // -1 .. 1
                double r = Math.sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy)) / corner;
                double gain = (1 - light * (along + 1) / 2) * (1 - vignetting * r * r);
                for (int c = 0; c < 3; c++) {
                    out[c][y * w + x] *= (float) gain;
                }
            }
        }
        for (int c = 0; c < 3; c++) {
            out[c] = Images.gaussianBlur(out[c], w, h, blur);
        }
        Images.addNoise(out, noise, new SplittableRandom(noiseSeed));
        return Images.image(out, w, h);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "rotation %.1f°, squash %.3f along %.0f°, shift (%.1f, %.1f) px, light -%.0f %%"
                + " towards %.0f°, vignetting %.0f %%, blur %.2f px, noise %.1f", Math.toDegrees(rotation), squash,
                Math.toDegrees(squashAxis), shiftX, shiftY, 100 * light, Math.toDegrees(lightAngle), 100 * vignetting,
                blur, noise);
    }
}
