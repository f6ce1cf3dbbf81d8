package org.skycrane.canopy;

import static org.skycrane.canopy.CanopyPattern.RINGS;
import static org.skycrane.canopy.CanopyPattern.SEGMENTS;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws a canopy as seen from below, like the up-look camera pictures of the Mars 2020 parachute: a
 * dark sky, the vent at the centre, the three rings of the disk, the gap of the Disk-Gap-Band
 * parachute and the band, red and white segments and grey gore seams. Segment 0 of the pattern starts
 * at 12 o'clock and the segments follow clockwise.
 *
 * <p>Radii are fractions of the band's outer radius; the rings have unequal widths, as on the canopy
 * (widths chosen to look like the published photographs, not measured).
 */
public final class CanopyRenderer {

    /** Ring edges from the vent outwards: vent, ring 1, ring 2, ring 3 (then the gap), band inner and outer edge. */
    private static final double[] INNER = {0.10, 0.33, 0.53, 0.79};
    private static final double[] OUTER = {0.33, 0.53, 0.71, 1.00};
    /** Canopy radius as a fraction of the picture's side. */
    private static final double SCALE = 0.46;
    private static final double SEAM_WIDTH = 0.005;

    private static final Color SKY = new Color(0x14, 0x16, 0x1c);
    private static final Color RED = new Color(0xc8, 0x2c, 0x24);
    private static final Color WHITE = new Color(0xf3, 0xf1, 0xea);
    private static final Color SEAM = new Color(0x8c, 0x8a, 0x86);
    /** Side of the SVG picture in user units. */
    private static final int SVG_SIZE = 800;

    private CanopyRenderer() {
    }

    /** The canopy as a stand-alone SVG document of 800 × 800 units. */
    public static String svg(CanopyPattern pattern) {
        double centre = SVG_SIZE / 2.0;
        double radius = SCALE * SVG_SIZE;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(SVG_SIZE).append("\" height=\"")
                .append(SVG_SIZE).append("\" viewBox=\"0 0 ").append(SVG_SIZE).append(' ').append(SVG_SIZE)
                .append("\">\n");
        svg.append("<title>Parachute canopy seen from below</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"").append(hex(SKY)).append("\"/>\n");
        for (int ring = 0; ring < RINGS; ring++) {
            double inner = INNER[ring] * radius;
            double outer = OUTER[ring] * radius;
            svg.append("<g id=\"ring-").append(ring + 1).append("\">\n");
            for (int segment = 0; segment < SEGMENTS; segment++) {
                double a0 = angle(segment);
                double a1 = angle(segment + 1);
                svg.append("<path fill=\"").append(hex(pattern.isRed(ring, segment) ? RED : WHITE)).append("\" d=\"M")
                        .append(point(centre, outer, a0)).append(" A").append(num(outer)).append(' ').append(num(outer))
                        .append(" 0 0 1 ").append(point(centre, outer, a1)).append(" L").append(point(centre, inner, a1))
                        .append(" A").append(num(inner)).append(' ').append(num(inner)).append(" 0 0 0 ")
                        .append(point(centre, inner, a0)).append(" Z\"/>\n");
            }
            svg.append("</g>\n");
        }
        svg.append("<g id=\"seams\" fill=\"none\" stroke=\"").append(hex(SEAM)).append("\" stroke-width=\"")
                .append(num(SEAM_WIDTH * radius)).append("\">\n");
        for (double edge : edges()) {
            svg.append("<circle cx=\"").append(num(centre)).append("\" cy=\"").append(num(centre)).append("\" r=\"")
                    .append(num(edge * radius)).append("\"/>\n");
        }
        for (int segment = 0; segment < SEGMENTS; segment++) {
            for (int ring : new int[] {0, RINGS - 1}) {   // the disk's seams run through its three rings
                double from = INNER[ring] * radius;
                double to = (ring == 0 ? OUTER[RINGS - 2] : OUTER[ring]) * radius;
                svg.append("<line x1=\"").append(point(centre, from, angle(segment)).replace(",", "\" y1=\""))
                        .append("\" x2=\"").append(point(centre, to, angle(segment)).replace(",", "\" y2=\""))
                        .append("\"/>\n");
            }
        }
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    /** The canopy drawn on a square picture of {@code sizePx} pixels, anti-aliased. */
    public static BufferedImage image(CanopyPattern pattern, int sizePx) {
        if (sizePx < 16) {
            throw new IllegalArgumentException("picture size must be at least 16 px, got " + sizePx);
        }
        BufferedImage image = new BufferedImage(sizePx, sizePx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(SKY);
            g.fillRect(0, 0, sizePx, sizePx);
            double centre = sizePx / 2.0;
            double radius = SCALE * sizePx;
            for (int ring = 0; ring < RINGS; ring++) {
                for (int segment = 0; segment < SEGMENTS; segment++) {
                    g.setColor(pattern.isRed(ring, segment) ? RED : WHITE);
                    g.fill(sector(centre, INNER[ring] * radius, OUTER[ring] * radius, segment));
                }
            }
            g.setColor(SEAM);
            g.setStroke(new BasicStroke((float) Math.max(1.0, SEAM_WIDTH * radius)));
            for (double edge : edges()) {
                double r = edge * radius;
                g.draw(new Ellipse2D.Double(centre - r, centre - r, 2 * r, 2 * r));
            }
            for (int segment = 0; segment < SEGMENTS; segment++) {
                double a = angle(segment);
                g.draw(radial(centre, INNER[0] * radius, OUTER[RINGS - 2] * radius, a));
                g.draw(radial(centre, INNER[RINGS - 1] * radius, OUTER[RINGS - 1] * radius, a));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** {@link #image} as PNG bytes. */
    public static byte[] png(CanopyPattern pattern, int sizePx) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(pattern, sizePx), "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode PNG", e);
        }
        return bytes.toByteArray();
    }

    /** Start of a segment, clockwise from 12 o'clock (rad). */
    private static double angle(int segment) {
        return 2 * Math.PI * segment / SEGMENTS;
    }

    private static double[] edges() {
        return new double[] {INNER[0], OUTER[0], OUTER[1], OUTER[2], INNER[3], OUTER[3]};
    }

    private static Path2D sector(double centre, double inner, double outer, int segment) {
        int steps = 12;
        Path2D path = new Path2D.Double();
        for (int i = 0; i <= steps; i++) {
            double a = angle(segment) + (angle(segment + 1) - angle(segment)) * i / steps;
            double x = centre + outer * Math.sin(a);
            double y = centre - outer * Math.cos(a);
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        for (int i = steps; i >= 0; i--) {
            double a = angle(segment) + (angle(segment + 1) - angle(segment)) * i / steps;
            path.lineTo(centre + inner * Math.sin(a), centre - inner * Math.cos(a));
        }
        path.closePath();
        return path;
    }

    private static Line2D radial(double centre, double from, double to, double a) {
        return new Line2D.Double(centre + from * Math.sin(a), centre - from * Math.cos(a),
                centre + to * Math.sin(a), centre - to * Math.cos(a));
    }

    private static String point(double centre, double r, double a) {
        return num(centre + r * Math.sin(a)) + "," + num(centre - r * Math.cos(a));
    }

    private static String num(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.endsWith(".00") ? text.substring(0, text.length() - 3) : text;
    }

    private static String hex(Color color) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", color.getRed(), color.getGreen(), color.getBlue());
    }
}
