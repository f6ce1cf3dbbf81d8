package org.skycrane.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.internal.chartpart.Annotation;
import org.knowm.xchart.style.AxesChartStyler;

/**
 * A labelled mark drawn over the plot: a dashed vertical line at x, a dot at (x, y), or a target
 * symbol (ringed cross) at (x, y). Labels get a white halo so they stay readable over grid lines,
 * curves and scatter points.
 */
final class EventAnnotation extends Annotation {

    private static final BasicStroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {6f, 4f}, 0f);
    private static final BasicStroke HALO = new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final int GAP = 4;

    private enum Kind { LINE, DOT, TARGET }

    private final String label;
    private final double x;
    private final double y;
    private final Kind kind;
    private final Color color;
    private final Font font;

    private EventAnnotation(String label, double x, double y, Kind kind, Color color, Font font) {
        super(false);
        this.label = label;
        this.x = x;
        this.y = y;
        this.kind = kind;
        this.color = color;
        this.font = font;
    }

    static EventAnnotation line(String label, double x, Color color, Font font) {
        return new EventAnnotation(label, x, Double.NaN, Kind.LINE, color, font);
    }

    static EventAnnotation point(String label, double x, double y, Color color, Font font) {
        return new EventAnnotation(label, x, y, Kind.DOT, color, font);
    }

    static EventAnnotation target(String label, double x, double y, Color color, Font font) {
        return new EventAnnotation(label, x, y, Kind.TARGET, color, font);
    }

    @Override
    public void paint(Graphics2D g) {
        if (!isVisible) {
            return;
        }
        Rectangle2D area = new Rectangle2D.Double(getXAxisScreenValueForMin(), getYAxisScreenValueForMin(),
                getXAxisScreenValueForMax() - getXAxisScreenValueForMin(),
                getYAxisScreenValueForMax() - getYAxisScreenValueForMin());
        boolean logX = styler instanceof AxesChartStyler axes && axes.isXAxisLogarithmic();
        boolean logY = styler instanceof AxesChartStyler axes && axes.isYAxisLogarithmic();
        if (!Double.isFinite(x) || (logX && x <= 0) || (kind != Kind.LINE && (!Double.isFinite(y) || (logY && y <= 0)))) {
            return;
        }
        double sx = getXAxisScreenValue(x);
        if (sx < area.getMinX() - 0.5 || sx > area.getMaxX() + 0.5) {
            return;
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        TextLayout text = label == null || label.isEmpty() ? null : new TextLayout(label, font, g.getFontRenderContext());
        if (kind == Kind.LINE) {
            g.setColor(color);
            g.setStroke(DASHED);
            g.draw(new Line2D.Double(sx, area.getMinY(), sx, area.getMaxY()));
            if (text != null) {
                // Rotated to read upwards, just right of the line, ending a little below the top.
                double width = text.getBounds().getWidth();
                AffineTransform at = new AffineTransform();
                at.translate(sx + GAP + text.getAscent(), area.getMinY() + GAP + width);
                at.rotate(-Math.PI / 2);
                drawWithHalo(g, text.getOutline(at));
            }
        } else {
            double sy = getYAxisScreenValue(y);
            if (sy < area.getMinY() - 0.5 || sy > area.getMaxY() + 0.5) {
                return;
            }
            if (kind == Kind.DOT) {
                Shape dot = new Ellipse2D.Double(sx - 4.5, sy - 4.5, 9, 9);
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke(3f));
                g.draw(dot);
                g.setColor(color);
                g.fill(dot);
            } else {
                Shape ring = new Ellipse2D.Double(sx - 7, sy - 7, 14, 14);
                Shape cross = crosshair(sx, sy, 11);
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke(5f));
                g.draw(ring);
                g.draw(cross);
                g.setColor(color);
                g.setStroke(new BasicStroke(2f));
                g.draw(ring);
                g.draw(cross);
            }
            if (text != null) {
                double width = text.getBounds().getWidth();
                double offset = kind == Kind.TARGET ? 4 * GAP : 3 * GAP;   // clear of the 11 px crosshair
                double tx = sx + offset;
                if (tx + width > area.getMaxX() - GAP) {
                    tx = sx - offset - width;                      // no room on the right: put it on the left
                }
                double ty = sy - offset;
                if (ty - text.getAscent() < area.getMinY() + GAP) {
                    ty = sy + offset + text.getAscent();           // no room above: put it below
                }
                drawWithHalo(g, text.getOutline(AffineTransform.getTranslateInstance(tx, ty)));
            }
        }
    }

    private static Shape crosshair(double cx, double cy, double half) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(cx - half, cy);
        path.lineTo(cx + half, cy);
        path.moveTo(cx, cy - half);
        path.lineTo(cx, cy + half);
        return path;
    }

    private void drawWithHalo(Graphics2D g, Shape outline) {
        g.setColor(Color.WHITE);
        g.setStroke(HALO);
        g.draw(outline);
        g.setColor(color);
        g.fill(outline);
    }
}
