package org.skycrane.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;

/**
 * An XChart {@link XYChart} with Skycrane's look (fixed fonts, white background, colour-blind-safe
 * colours) that can report where its plot area ended up, which equal axis scaling needs.
 */
final class PlotChart extends XYChart {

    /** Logical font family; fontconfig maps it to DejaVu Sans on Debian. */
    static final String FONT_FAMILY = Font.SANS_SERIF;
    static final Font TITLE_FONT = new Font(FONT_FAMILY, Font.BOLD, 16);
    static final Font AXIS_TITLE_FONT = new Font(FONT_FAMILY, Font.PLAIN, 14);
    static final Font TICK_FONT = new Font(FONT_FAMILY, Font.PLAIN, 12);
    static final Font LEGEND_FONT = new Font(FONT_FAMILY, Font.PLAIN, 12);
    static final Font LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 12);

    /** Okabe &amp; Ito (2008), "Color Universal Design", colour-blind-safe palette, black first dropped. */
    static final Color[] COLORS = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442),
    };
    static final Color EVENT_COLOR = new Color(0x333333);
    /** Name of the hidden series that works around knowm/XChart#731; see {@link #paint}. */
    static final String TICK_FIX = "skycrane.tick-fix";
    private static final double TICK_FIX_VALUE = Math.PI * 1e250;
    static final Color GRID_COLOR = new Color(0xDDDDDD);
    private static final Color CLEAR = new Color(0, 0, 0, 0);

    private Underlay underlay;

    PlotChart(int width, int height, String title, String xAxisTitle, String yAxisTitle) {
        super(width, height);
        if (width < 200 || height < 150) {
            throw new IllegalArgumentException("plot size must be at least 200 x 150 px: " + width + " x " + height);
        }
        setTitle(title == null ? "" : title);
        setXAxisTitle(xAxisTitle);
        setYAxisTitle(yAxisTitle);
        XYStyler styler = getStyler();
        styler.setChartTitleVisible(title != null && !title.isEmpty());
        styler.setChartTitleFont(TITLE_FONT);
        styler.setChartTitleBoxVisible(false);
        styler.setAxisTitleFont(AXIS_TITLE_FONT);
        styler.setAxisTickLabelsFont(TICK_FONT);
        styler.setLegendFont(LEGEND_FONT);
        styler.setAnnotationTextFont(LABEL_FONT);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderColor(Color.GRAY);
        styler.setPlotGridLinesColor(GRID_COLOR);
        styler.setPlotGridLinesStroke(new BasicStroke(1f));
        styler.setLegendPosition(LegendPosition.OutsideS);
        styler.setLegendLayout(LegendLayout.Horizontal);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setSeriesColors(COLORS);
        styler.setChartPadding(12);
        styler.setAntiAlias(true);
        styler.setTextAntiAlias(true);
        styler.setMarkerSize(6);
        styler.setXAxisTickMarkSpacingHint(90);
        styler.setYAxisTickMarkSpacingHint(60);
    }

    /**
     * Paints with pure strokes (the default stroke normalisation puts visible kinks in smooth
     * curves), after adding the {@link #TICK_FIX} series.
     */
    @Override
    public void paint(Graphics2D graphics, int width, int height) {
        if (!seriesMap.isEmpty() && !seriesMap.containsKey(TICK_FIX)) {
            // XChart 4.0.3 places ticks only on data values when the x (or y) values of all series,
            // in insertion order, are equally spaced, and then ignores the spacing hint: labels crowd
            // (knowm/XChart#731). A disabled series is left out of the axis ranges and not drawn, but
            // its far-away value breaks the equal spacing, so the usual "nice" ticks come back.
            XYSeries fix = addSeries(TICK_FIX, new double[] {TICK_FIX_VALUE}, new double[] {TICK_FIX_VALUE});
            fix.setEnabled(false);
            fix.setShowInLegend(false);
        }
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        if (underlay == null) {
            super.paint(graphics, width, height);
            return;
        }
        // one pass off-screen places the axes and measures the picture's edges; then the picture
        // goes down first and the chart, with clear backgrounds, over it
        BufferedImage scratch = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D layout = scratch.createGraphics();
        try {
            layout.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            super.paint(layout, width, height);
        } finally {
            layout.dispose();
        }
        XYStyler styler = getStyler();
        Color chartBackground = styler.getChartBackgroundColor();
        Color plotBackground = styler.getPlotBackgroundColor();
        graphics.setColor(chartBackground);
        graphics.fillRect(0, 0, width, height);
        underlay.drawUnder(graphics, plotArea());
        styler.setChartBackgroundColor(CLEAR);
        styler.setPlotBackgroundColor(CLEAR);
        try {
            super.paint(graphics, width, height);
        } finally {
            styler.setChartBackgroundColor(chartBackground);
            styler.setPlotBackgroundColor(plotBackground);
        }
    }

    /**
     * Draws {@code image} under the series, its edges at x in [xMin, xMax] and y in [yMin, yMax]
     * (axis units), clipped to the plot area; replaces any earlier one.
     */
    void underlay(BufferedImage image, double xMin, double xMax, double yMin, double yMax) {
        underlay = new Underlay(image, xMin, xMax, yMin, yMax);
        addAnnotation(underlay);
    }

    /**
     * Sets the axis ranges to cover x in [xMin, xMax] and y in [yMin, yMax] (at least) with equal
     * scale on screen: one x unit is as long as {@code xUnitLength} y units (1 for a km-km map,
     * cos φ for longitude-latitude degrees at latitude φ). The plot area depends on the tick labels,
     * which depend on the ranges, so this paints off-screen until the plot area stops changing.
     */
    void equalScale(double xMin, double xMax, double yMin, double yMax, double xUnitLength) {
        double centreX = (xMin + xMax) / 2;
        double centreY = (yMin + yMax) / 2;
        double spanX = Math.max(xMax - xMin, 1e-9 * Math.max(1, Math.abs(centreX)));
        double spanY = Math.max(yMax - yMin, 1e-9 * Math.max(1, Math.abs(centreY)));
        getStyler().setXAxisTickMarkSpacingHint(80);
        getStyler().setYAxisTickMarkSpacingHint(80);
        Rectangle2D previous = null;
        for (int pass = 0; pass < 8; pass++) {
            render();
            Rectangle2D area = plotArea();
            if (area.equals(previous)) {
                return;
            }
            double perPixel = Math.max(spanX * xUnitLength / area.getWidth(), spanY / area.getHeight());
            double halfX = perPixel * area.getWidth() / xUnitLength / 2;
            double halfY = perPixel * area.getHeight() / 2;
            getStyler().setXAxisMin(centreX - halfX).setXAxisMax(centreX + halfX);
            getStyler().setYAxisMin(centreY - halfY).setYAxisMax(centreY + halfY);
            previous = area;
        }
    }

    /** Where the plot area (inside the axes) was on the last paint (px). */
    Rectangle2D plotArea() {
        return plot.getBounds();
    }

    /** Paints into a new RGB image of the chart's size (the chart background is opaque). */
    BufferedImage render() {
        BufferedImage image = new BufferedImage(getWidth(), getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            paint(graphics, getWidth(), getHeight());
        } finally {
            graphics.dispose();
        }
        return image;
    }
}
