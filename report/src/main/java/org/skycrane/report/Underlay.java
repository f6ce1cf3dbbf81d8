package org.skycrane.report;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import org.knowm.xchart.internal.chartpart.Annotation;
import org.knowm.xchart.style.AxesChartStyler;

/**
 * A raster picture (a hazard map, say) drawn under a chart's series, its edges at given axis
 * values. XChart paints annotations over the series, so this annotation only measures where its
 * edges fall on screen; {@link PlotChart#paint} then draws the picture first and the chart over it.
 */
final class Underlay extends Annotation {

    private final BufferedImage image;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private int left;
    private int right;
    private int top;
    private int bottom;
    private boolean measured;

    /** @param image north (y max) up; its edges at x in [xMin, xMax] and y in [yMin, yMax] (axis units) */
    Underlay(BufferedImage image, double xMin, double xMax, double yMin, double yMax) {
        super(false);
        if (!(xMax > xMin) || !(yMax > yMin)) {
            throw new IllegalArgumentException("underlay extent must be positive: x " + xMin + ".." + xMax
                    + ", y " + yMin + ".." + yMax);
        }
        this.image = image;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
    }

    /**
     * Records where the picture's edges are on screen; draws nothing (see the class comment). XChart
     * maps only values inside the axis ranges faithfully, so the edges are extrapolated linearly from
     * the screen positions of the axis limits; until the chart has explicit ranges (an equal-scale
     * layout pass) nothing is measured and nothing will be drawn.
     */
    @Override
    public void paint(Graphics2D g) {
        AxesChartStyler axes = (AxesChartStyler) styler;
        if (axes.getXAxisMin() == null || axes.getXAxisMax() == null || axes.getYAxisMin() == null
                || axes.getYAxisMax() == null) {
            measured = false;
            return;
        }
        left = screen(xMin, axes.getXAxisMin(), axes.getXAxisMax(), getXAxisScreenValue(axes.getXAxisMin()),
                getXAxisScreenValue(axes.getXAxisMax()));
        right = screen(xMax, axes.getXAxisMin(), axes.getXAxisMax(), getXAxisScreenValue(axes.getXAxisMin()),
                getXAxisScreenValue(axes.getXAxisMax()));
        top = screen(yMax, axes.getYAxisMin(), axes.getYAxisMax(), getYAxisScreenValue(axes.getYAxisMin()),
                getYAxisScreenValue(axes.getYAxisMax()));
        bottom = screen(yMin, axes.getYAxisMin(), axes.getYAxisMax(), getYAxisScreenValue(axes.getYAxisMin()),
                getYAxisScreenValue(axes.getYAxisMax()));
        measured = true;
    }

    /** Screen position of {@code value}, linear through (min, atMin) and (max, atMax). */
    private static int screen(double value, double min, double max, int atMin, int atMax) {
        return (int) Math.round(atMin + (value - min) / (max - min) * (atMax - atMin));
    }

    /** Whether a paint has measured the edges. */
    boolean measured() {
        return measured;
    }

    /** Draws the picture where the last paint measured it, clipped to {@code plotArea}; nothing if unmeasured. */
    void drawUnder(Graphics2D g, Shape plotArea) {
        if (!measured) {
            return;
        }
        Shape clip = g.getClip();
        g.clip(plotArea);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, left, top, right - left, bottom - top, null);
        g.setClip(clip);
    }
}
