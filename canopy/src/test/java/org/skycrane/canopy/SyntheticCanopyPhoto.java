package org.skycrane.canopy;

import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * An independent test-picture generator, drawn differently from {@link CanopyRenderer} on purpose:
 * pixel by pixel through a true perspective homography (so the rings are not even concentric in the
 * picture), with its own random ring widths, orange to red dye, cream whites, per-panel shading,
 * optional seams and suspension lines, a tinted sky gradient, coloured uneven light, vignetting,
 * blur, noise and a JPEG round trip. Nothing is shared with the renderer but the pattern.
 */
final class SyntheticCanopyPhoto {

    private static final int SUPERSAMPLE = 2;

    private final CanopyPattern pattern;
    private final int width;
    private final int height;
    private final double[] edges;        // vent, ring 1/2, ring 2/3, disk outer, band inner (band outer = 1)
    private final double[] inverse;      // picture -> canopy plane homography, 3 x 3 row major
    private final double startAngle;     // where segment 0 starts, clockwise from the plane's x axis (rad)
    private final float[] dye;
    private final float[] cream;
    private final float[][] shading;
    private final boolean seams;
    private final int lines;
    private final float[] skyTop;
    private final float[] skyBottom;
    private final float[] tint;
    private final double light;
    private final double lightAngle;
    private final double vignetting;
    private final double blur;
    private final double noise;
    private final float jpegQuality;
    private final long noiseSeed;
    private final String description;

    SyntheticCanopyPhoto(CanopyPattern pattern, SplittableRandom random) {
        this.pattern = pattern;
        width = 2 * random.nextInt(240, 361);
        height = Math.max(480, width - 2 * random.nextInt(0, 60));
        double vent = random.nextDouble(0.05, 0.14);
        double diskOuter = random.nextDouble(0.64, 0.76);
        double gap = random.nextDouble(0.035, 0.10);
        double w1 = random.nextDouble(0.8, 1.3);
        double w2 = random.nextDouble(0.8, 1.3);
        double w3 = random.nextDouble(0.8, 1.3);
        double unit = (diskOuter - vent) / (w1 + w2 + w3);
        edges = new double[] {vent, vent + w1 * unit, vent + (w1 + w2) * unit, diskOuter, diskOuter + gap};
        startAngle = random.nextDouble(2 * Math.PI);

        double squash = random.nextDouble(0.85, 1.0);
        double tiltAxis = random.nextDouble(Math.PI);
        double scale = 0.44 * Math.min(width, height) * random.nextDouble(0.85, 1.0);
        double cx = width / 2.0 + random.nextDouble(-0.04, 0.04) * width;
        double cy = height / 2.0 + random.nextDouble(-0.04, 0.04) * height;
        double perspective = random.nextDouble(0, 0.05);
        double c = Math.cos(tiltAxis);
        double s = Math.sin(tiltAxis);
        // M = scale * R(tilt) diag(1, squash) R(-tilt): shortened across the tilt axis
        double m11 = scale * (c * c + squash * s * s);
        double m12 = scale * (c * s - squash * c * s);
        double m22 = scale * (s * s + squash * c * c);
        // foreshortening grows along the shortened direction, as for a tilted camera
        double[] h = {m11, m12, cx, m12, m22, cy, -perspective * s, perspective * c, 1};
        inverse = invert(h);

        boolean orange = random.nextBoolean();
        dye = orange ? new float[] {(float) random.nextDouble(225, 252), (float) random.nextDouble(95, 150),
            (float) random.nextDouble(10, 45)}
                : new float[] {(float) random.nextDouble(190, 235), (float) random.nextDouble(25, 70),
                    (float) random.nextDouble(20, 60)};
        cream = new float[] {(float) random.nextDouble(228, 250), (float) random.nextDouble(222, 245),
            (float) random.nextDouble(205, 238)};
        shading = new float[CanopyPattern.RINGS][CanopyPattern.SEGMENTS];
        for (float[] ring : shading) {
            for (int k = 0; k < ring.length; k++) {
                ring[k] = (float) (1 + 0.06 * Images.gaussian(random));
            }
        }
        seams = random.nextBoolean();
        lines = random.nextBoolean() ? 0 : 4 * random.nextInt(2, 7);
        skyTop = new float[] {(float) random.nextDouble(5, 35), (float) random.nextDouble(5, 30),
            (float) random.nextDouble(8, 40)};
        skyBottom = new float[] {(float) random.nextDouble(5, 30), (float) random.nextDouble(5, 25),
            (float) random.nextDouble(5, 30)};
        tint = new float[] {1f, (float) random.nextDouble(0.9, 1.0), (float) random.nextDouble(0.8, 1.0)};
        light = random.nextDouble(0, 0.45);
        lightAngle = random.nextDouble(2 * Math.PI);
        vignetting = random.nextDouble(0, 0.45);
        blur = random.nextDouble(0.3, 1.4);
        noise = random.nextDouble(0, 10);
        jpegQuality = (float) random.nextDouble(0.55, 0.92);
        noiseSeed = random.nextLong();
        description = String.format(Locale.ROOT, "%d × %d px, %s dye, edges %.2f/%.2f/%.2f/%.2f/%.2f/1, squash %.3f,"
                + " perspective %.3f, %s seams, %d lines, light -%.0f %%, vignetting %.0f %%, blur %.2f px,"
                + " noise %.1f, JPEG quality %.2f", width, height, orange ? "orange" : "red", edges[0], edges[1],
                edges[2], edges[3], edges[4], squash, perspective, seams ? "with" : "no", lines, 100 * light,
                100 * vignetting, blur, noise, jpegQuality);
    }

    /** The picture, as it comes out of the camera's JPEG file. */
    BufferedImage picture() {
        float[][] c = new float[3][width * height];
        float[] sample = new float[3];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float r = 0;
                float g = 0;
                float b = 0;
                for (int sy = 0; sy < SUPERSAMPLE; sy++) {
                    for (int sx = 0; sx < SUPERSAMPLE; sx++) {
                        colourAt(x + (sx + 0.5) / SUPERSAMPLE - 0.5, y + (sy + 0.5) / SUPERSAMPLE - 0.5, sample);
                        r += sample[0];
                        g += sample[1];
                        b += sample[2];
                    }
                }
                int n = SUPERSAMPLE * SUPERSAMPLE;
                int i = y * width + x;
                c[0][i] = r / n;
                c[1][i] = g / n;
                c[2][i] = b / n;
            }
        }
        double corner = Math.hypot(width / 2.0, height / 2.0);
        double lx = Math.cos(lightAngle);
        double ly = Math.sin(lightAngle);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double dx = x - width / 2.0;
                double dy = y - height / 2.0;
                double r2 = (dx * dx + dy * dy) / (corner * corner);
                double gain = (1 - light * ((dx * lx + dy * ly) / corner + 1) / 2) * (1 - vignetting * r2);
                for (int k = 0; k < 3; k++) {
                    c[k][y * width + x] *= (float) (gain * tint[k]);
                }
            }
        }
        for (int k = 0; k < 3; k++) {
            c[k] = Images.gaussianBlur(c[k], width, height, blur);
        }
        Images.addNoise(c, noise, new SplittableRandom(noiseSeed));
        return Images.jpeg(Images.image(c, width, height), jpegQuality);
    }

    private void colourAt(double x, double y, float[] out) {
        double w = inverse[6] * x + inverse[7] * y + inverse[8];
        double u = (inverse[0] * x + inverse[1] * y + inverse[2]) / w;
        double v = (inverse[3] * x + inverse[4] * y + inverse[5]) / w;
        double rho = Math.sqrt(u * u + v * v);
        double angle = Math.atan2(v, u);
        double gore = 2 * Math.PI / CanopyPattern.SEGMENTS;
        double position = (angle - startAngle) / gore;
        int segment = (int) Math.floor(position);
        double fromSeam = Math.abs(position - Math.rint(position)) * gore * rho;   // canopy radii
        int ring = ring(rho);
        if (ring < 0) {
            boolean line = rho > 1 && lines > 0
                    && Math.abs(position / (CanopyPattern.SEGMENTS / (double) lines)
                            - Math.rint(position / (CanopyPattern.SEGMENTS / (double) lines)))
                            * (CanopyPattern.SEGMENTS / (double) lines) * gore * rho < 0.004 * rho;
            double t = Math.max(0, Math.min(1, y / height));
            for (int k = 0; k < 3; k++) {
                out[k] = (float) (skyTop[k] + t * (skyBottom[k] - skyTop[k])) + (line ? 70 : 0);
            }
            return;
        }
        if (seams && (fromSeam < 0.003 || nearEdge(rho, 0.003))) {
            out[0] = 150;
            out[1] = 146;
            out[2] = 140;
            return;
        }
        int k = Math.floorMod(segment, CanopyPattern.SEGMENTS);
        float[] colour = pattern.isRed(ring, k) ? dye : cream;
        float shade = shading[ring][k];
        for (int i = 0; i < 3; i++) {
            out[i] = Math.min(255, colour[i] * shade);
        }
    }

    private int ring(double rho) {
        if (rho < edges[0] || (rho >= edges[3] && rho < edges[4]) || rho >= 1) {
            return -1;
        }
        if (rho < edges[1]) {
            return 0;
        }
        if (rho < edges[2]) {
            return 1;
        }
        return rho < edges[3] ? 2 : 3;
    }

    private boolean nearEdge(double rho, double distance) {
        return Math.abs(rho - edges[1]) < distance || Math.abs(rho - edges[2]) < distance;
    }

    /** Ring edges as drawn: vent, ring 1/2, ring 2/3, disk outer edge, band inner edge (fractions of the radius). */
    double[] edges() {
        return edges.clone();
    }

    @Override
    public String toString() {
        return description;
    }

    private static double[] invert(double[] m) {
        double a = m[4] * m[8] - m[5] * m[7];
        double b = m[5] * m[6] - m[3] * m[8];
        double c = m[3] * m[7] - m[4] * m[6];
        double det = m[0] * a + m[1] * b + m[2] * c;
        return new double[] {
            a / det, (m[2] * m[7] - m[1] * m[8]) / det, (m[1] * m[5] - m[2] * m[4]) / det,
            b / det, (m[0] * m[8] - m[2] * m[6]) / det, (m[2] * m[3] - m[0] * m[5]) / det,
            c / det, (m[1] * m[6] - m[0] * m[7]) / det, (m[0] * m[4] - m[1] * m[3]) / det,
        };
    }
}
