package org.skycrane.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Named x-y curves with optional labelled events, written as PNG or SVG: altitude against speed
 * with the EDL events as labelled points, bank angle against time with the reversals as vertical
 * lines, deceleration or heat rate against time. Values are plotted as given, so give them in the
 * unit the axis title names (km, km/s, Earth g, W/cm²).
 *
 * <p>A builder: set it up, then {@link #write} one or more files. Not thread-safe.
 */
public final class LinePlot extends Plot<LinePlot> {

    private record Curve(String name, double[] x, double[] y) {}

    private record Event(String label, double x, double y) {
        boolean vertical() {
            return Double.isNaN(y);
        }
    }

    private final String title;
    private final String xAxisTitle;
    private final String yAxisTitle;
    private final List<Curve> curves = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private boolean xLogarithmic;
    private boolean yLogarithmic;
    private double[] xRange;
    private double[] yRange;

    /**
     * @param title      shown above the plot; {@code null} or empty for none
     * @param xAxisTitle with its unit, e.g. "Relative speed (km/s)"
     * @param yAxisTitle with its unit, e.g. "Altitude (km)"
     */
    public LinePlot(String title, String xAxisTitle, String yAxisTitle) {
        super(900, 560);
        this.title = title;
        this.xAxisTitle = Objects.requireNonNull(xAxisTitle, "xAxisTitle");
        this.yAxisTitle = Objects.requireNonNull(yAxisTitle, "yAxisTitle");
    }

    /** Adds a curve through the points (x[i], y[i]); the arrays are copied. Names must be unique. */
    public LinePlot series(String name, double[] x, double[] y) {
        Objects.requireNonNull(name, "name");
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("series '" + name + "' needs x and y of the same, non-zero length: "
                    + x.length + " and " + y.length);
        }
        if (curves.stream().anyMatch(c -> c.name().equals(name))) {
            throw new IllegalArgumentException("series name used twice: " + name);
        }
        curves.add(new Curve(name, x.clone(), y.clone()));
        return this;
    }

    /** A labelled dashed vertical line at {@code x}, e.g. a bank reversal or parachute deploy time. */
    public LinePlot event(String label, double x) {
        events.add(new Event(label, x, Double.NaN));
        return this;
    }

    /** A labelled dot at ({@code x}, {@code y}), e.g. parachute deploy on an altitude-speed curve. */
    public LinePlot event(String label, double x, double y) {
        if (Double.isNaN(y)) {
            throw new IllegalArgumentException("event '" + label + "' needs a y value; use event(label, x) for a line");
        }
        events.add(new Event(label, x, y));
        return this;
    }

    /** Logarithmic x axis; every x must then be positive. */
    public LinePlot xLogarithmic() {
        this.xLogarithmic = true;
        return this;
    }

    /** Logarithmic y axis; every y must then be positive. */
    public LinePlot yLogarithmic() {
        this.yLogarithmic = true;
        return this;
    }

    /** Fixes the x axis range instead of fitting it to the data. */
    public LinePlot xRange(double min, double max) {
        this.xRange = range(min, max);
        return this;
    }

    /** Fixes the y axis range instead of fitting it to the data. */
    public LinePlot yRange(double min, double max) {
        this.yRange = range(min, max);
        return this;
    }




    @Override
    PlotChart chart() {
        if (curves.isEmpty()) {
            throw new IllegalStateException("a line plot needs at least one series");
        }
        PlotChart chart = new PlotChart(width, height, title, xAxisTitle, yAxisTitle);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Line);
        chart.getStyler().setXAxisLogarithmic(xLogarithmic);
        chart.getStyler().setYAxisLogarithmic(yLogarithmic);
        chart.getStyler().setLegendVisible(curves.size() > 1);
        if (xRange != null) {
            chart.getStyler().setXAxisMin(xRange[0]).setXAxisMax(xRange[1]);
        }
        if (yRange != null) {
            chart.getStyler().setYAxisMin(yRange[0]).setYAxisMax(yRange[1]);
        }
        for (Curve curve : curves) {
            checkLogarithmic(curve);
            XYSeries series = chart.addSeries(curve.name(), curve.x(), curve.y());
            series.setMarker(SeriesMarkers.NONE);
        }
        for (Event event : events) {
            chart.addAnnotation(event.vertical()
                    ? EventAnnotation.line(event.label(), event.x(), PlotChart.EVENT_COLOR, PlotChart.LABEL_FONT)
                    : EventAnnotation.point(event.label(), event.x(), event.y(), PlotChart.EVENT_COLOR, PlotChart.LABEL_FONT));
        }
        return chart;
    }

    private void checkLogarithmic(Curve curve) {
        for (int i = 0; i < curve.x().length; i++) {
            if ((xLogarithmic && !(curve.x()[i] > 0)) || (yLogarithmic && !(curve.y()[i] > 0))) {
                throw new IllegalArgumentException("series '" + curve.name() + "' has a value <= 0 at index " + i
                        + " on a logarithmic axis");
            }
        }
    }

    private static double[] range(double min, double max) {
        if (!(min < max) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("axis range must be finite with min < max: " + min + ", " + max);
        }
        return new double[] {min, max};
    }
}
