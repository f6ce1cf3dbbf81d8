package org.skycrane.report;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Histograms with fixed, chosen bins: touchdown speed, propellant left, miss distance. Several
 * data sets share the bins and are drawn as translucent filled outlines. Values outside the bins
 * are not drawn, and the legend says how many there were, so nothing disappears silently.
 *
 * <p>A builder; not thread-safe.
 */
public final class HistogramPlot extends Plot<HistogramPlot> {

    private record Data(String name, double[] values) {}

    private record Marker(String label, double x) {}

    private final String title;
    private final String xAxisTitle;
    private final List<Data> data = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private String yAxisTitle = "Cases";
    private double binMin = Double.NaN;
    private double binMax = Double.NaN;
    private int binCount;

    /**
     * @param title      shown above the plot; {@code null} or empty for none
     * @param xAxisTitle the binned quantity with its unit, e.g. "Touchdown speed (m/s)"
     */
    public HistogramPlot(String title, String xAxisTitle) {
        super(900, 560);
        this.title = title;
        this.xAxisTitle = Objects.requireNonNull(xAxisTitle, "xAxisTitle");
    }

    /** {@code count} bins of equal width from {@code min} to {@code max}, in the unit of the values. */
    public HistogramPlot bins(double min, double max, int count) {
        if (!(min < max) || !Double.isFinite(min) || !Double.isFinite(max) || count < 1) {
            throw new IllegalArgumentException("bins need finite min < max and count >= 1: " + min + ", " + max + ", " + count);
        }
        this.binMin = min;
        this.binMax = max;
        this.binCount = count;
        return this;
    }

    /** Adds a data set; the values are copied. Names must be unique. */
    public HistogramPlot values(String name, double[] values) {
        data.add(new Data(Objects.requireNonNull(name, "name"), values.clone()));
        return this;
    }

    /** A labelled dashed vertical line at {@code x}, e.g. a requirement. */
    public HistogramPlot event(String label, double x) {
        markers.add(new Marker(label, x));
        return this;
    }

    /** Title of the count axis; default "Cases". */
    public HistogramPlot yAxisTitle(String title) {
        this.yAxisTitle = Objects.requireNonNull(title, "title");
        return this;
    }




    /**
     * Counts per bin: bin i holds min + i·w ≤ v &lt; min + (i+1)·w, w = (max − min)/count, and the
     * last bin also holds v = max. Element {@code count} of the result is the number of values
     * outside [min, max] (NaN included).
     */
    public static long[] counts(double[] values, double min, double max, int count) {
        long[] counts = new long[count + 1];
        double width = (max - min) / count;
        for (double value : values) {
            if (value >= min && value <= max) {
                int bin = Math.min(count - 1, (int) Math.floor((value - min) / width));
                counts[bin]++;
            } else {
                counts[count]++;
            }
        }
        return counts;
    }

    @Override
    PlotChart chart() {
        if (data.isEmpty() || binCount == 0) {
            throw new IllegalStateException("a histogram needs bins and at least one data set");
        }
        PlotChart chart = new PlotChart(width, height, title, xAxisTitle, yAxisTitle);
        chart.getStyler().setLegendVisible(true);
        double width = (binMax - binMin) / binCount;
        long highest = 1;
        int colour = 0;
        for (Data set : data) {
            long[] counts = counts(set.values(), binMin, binMax, binCount);
            // Outline of the bars: up and across each bin, down to zero at both ends.
            double[] x = new double[2 * binCount + 2];
            double[] y = new double[2 * binCount + 2];
            x[0] = binMin;
            for (int i = 0; i < binCount; i++) {
                x[2 * i + 1] = binMin + i * width;
                y[2 * i + 1] = counts[i];
                x[2 * i + 2] = i == binCount - 1 ? binMax : binMin + (i + 1) * width;
                y[2 * i + 2] = counts[i];
                highest = Math.max(highest, counts[i]);
            }
            x[2 * binCount + 1] = binMax;
            String name = counts[binCount] == 0
                    ? String.format(Locale.ROOT, "%s (n = %d)", set.name(), set.values().length)
                    : String.format(Locale.ROOT, "%s (n = %d, %d outside the bins)", set.name(), set.values().length,
                            counts[binCount]);
            Color base = PlotChart.COLORS[colour++ % PlotChart.COLORS.length];
            XYSeries series = chart.addSeries(name, x, y);
            series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Area);
            series.setMarker(SeriesMarkers.NONE);
            series.setLineColor(base);
            series.setFillColor(new Color(base.getRed(), base.getGreen(), base.getBlue(), 90));
        }
        for (Marker marker : markers) {
            chart.addAnnotation(EventAnnotation.line(marker.label(), marker.x(), PlotChart.EVENT_COLOR, PlotChart.LABEL_FONT));
        }
        double pad = 0.02 * (binMax - binMin);
        chart.getStyler().setXAxisMin(binMin - pad).setXAxisMax(binMax + pad);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(highest * 1.08);
        return chart;
    }
}
