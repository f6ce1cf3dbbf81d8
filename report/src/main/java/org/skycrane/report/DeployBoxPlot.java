package org.skycrane.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Parachute deploy conditions of a campaign: Mach number (x) against dynamic pressure (y, Pa),
 * one dot per case, with the deploy box drawn and the cases inside and outside it counted in the
 * legend. The default box, Mach ≤ 2.2 and q ≤ 750 Pa, is the one the Monte Carlo campaign brief
 * uses, MSL's parachute qualification envelope ([Sengupta 2009] in docs/references.md); give a vehicle's own
 * limits, with their source in its scenario data, through {@link #box}. A point on an edge counts
 * as inside.
 *
 * <p>A builder; not thread-safe.
 */
public final class DeployBoxPlot extends Plot<DeployBoxPlot> {

    /** Default upper Mach limit of the box. */
    public static final double DEFAULT_MAX_MACH = 2.2;
    /** Default upper dynamic-pressure limit of the box (Pa). */
    public static final double DEFAULT_MAX_DYNAMIC_PRESSURE = 750.0;

    private final String title;
    private double minMach = 0;
    private double maxMach = DEFAULT_MAX_MACH;
    private double minDynamicPressure = 0;
    private double maxDynamicPressure = DEFAULT_MAX_DYNAMIC_PRESSURE;
    private double[] mach = new double[0];
    private double[] dynamicPressure = new double[0];
    private double nominalMach = Double.NaN;
    private double nominalDynamicPressure = Double.NaN;

    /** @param title shown above the plot; {@code null} or empty for none */
    public DeployBoxPlot(String title) {
        super(900, 600);
        this.title = title;
    }

    /** Box with lower limits 0: Mach ≤ {@code maxMach}, q ≤ {@code maxDynamicPressure} (Pa). */
    public DeployBoxPlot box(double maxMach, double maxDynamicPressure) {
        return box(0, maxMach, 0, maxDynamicPressure);
    }

    /** Box {@code minMach} ≤ Mach ≤ {@code maxMach}, {@code minDynamicPressure} ≤ q ≤ {@code maxDynamicPressure} (Pa). */
    public DeployBoxPlot box(double minMach, double maxMach, double minDynamicPressure, double maxDynamicPressure) {
        if (!(minMach < maxMach) || !(minDynamicPressure < maxDynamicPressure)) {
            throw new IllegalArgumentException("deploy box needs min < max: Mach " + minMach + ".." + maxMach
                    + ", q " + minDynamicPressure + ".." + maxDynamicPressure + " Pa");
        }
        this.minMach = minMach;
        this.maxMach = maxMach;
        this.minDynamicPressure = minDynamicPressure;
        this.maxDynamicPressure = maxDynamicPressure;
        return this;
    }

    /** The deploy conditions, one pair per case: Mach number and dynamic pressure (Pa); copied. */
    public DeployBoxPlot points(double[] mach, double[] dynamicPressure) {
        if (mach.length != dynamicPressure.length) {
            throw new IllegalArgumentException("Mach and dynamic pressure need the same length: "
                    + mach.length + " and " + dynamicPressure.length);
        }
        this.mach = mach.clone();
        this.dynamicPressure = dynamicPressure.clone();
        return this;
    }

    /** Marks the nominal (undispersed) deploy point. */
    public DeployBoxPlot nominal(double mach, double dynamicPressure) {
        this.nominalMach = mach;
        this.nominalDynamicPressure = dynamicPressure;
        return this;
    }


    /** Whether ({@code mach}, {@code dynamicPressure}) lies in the box, edges included. */
    public boolean inBox(double mach, double dynamicPressure) {
        return mach >= minMach && mach <= maxMach
                && dynamicPressure >= minDynamicPressure && dynamicPressure <= maxDynamicPressure;
    }



    @Override
    PlotChart chart() {
        PlotChart chart = new PlotChart(width, height, title, "Mach number at deploy", "Dynamic pressure at deploy (Pa)");
        chart.getStyler().setMarkerSize(5);
        int inside = 0;
        for (int i = 0; i < mach.length; i++) {
            if (inBox(mach[i], dynamicPressure[i])) {
                inside++;
            }
        }
        double[][] in = {new double[inside], new double[inside]};
        double[][] out = {new double[mach.length - inside], new double[mach.length - inside]};
        int nIn = 0;
        int nOut = 0;
        for (int i = 0; i < mach.length; i++) {
            if (inBox(mach[i], dynamicPressure[i])) {
                in[0][nIn] = mach[i];
                in[1][nIn++] = dynamicPressure[i];
            } else {
                out[0][nOut] = mach[i];
                out[1][nOut++] = dynamicPressure[i];
            }
        }
        double[] boxX = {minMach, maxMach, maxMach, minMach, minMach};
        double[] boxY = {minDynamicPressure, minDynamicPressure, maxDynamicPressure, maxDynamicPressure, minDynamicPressure};
        XYSeries box = chart.addSeries(boxName(), boxX, boxY);
        box.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        box.setMarker(SeriesMarkers.NONE);
        box.setLineColor(Color.BLACK);
        box.setLineStyle(new BasicStroke(2f));
        scatter(chart, String.format(Locale.ROOT, "Inside box (n = %d)", inside), in, PlotChart.COLORS[0], 140);
        scatter(chart, String.format(Locale.ROOT, "Outside box (n = %d)", mach.length - inside), out, PlotChart.COLORS[1], 255);

        // Zoom on the data and the upper limits; a lower limit of 0 is no limit and is not shown.
        double xMin = Math.min(minMach > 0 ? minMach : Double.POSITIVE_INFINITY, min(mach));
        double xMax = Math.max(maxMach, max(mach));
        double yMin = Math.min(minDynamicPressure > 0 ? minDynamicPressure : Double.POSITIVE_INFINITY, min(dynamicPressure));
        double yMax = Math.max(maxDynamicPressure, max(dynamicPressure));
        if (!Double.isNaN(nominalMach)) {
            chart.addAnnotation(EventAnnotation.point("Nominal", nominalMach, nominalDynamicPressure,
                    PlotChart.EVENT_COLOR, PlotChart.LABEL_FONT));
            xMin = Math.min(xMin, nominalMach);
            xMax = Math.max(xMax, nominalMach);
            yMin = Math.min(yMin, nominalDynamicPressure);
            yMax = Math.max(yMax, nominalDynamicPressure);
        }
        if (!(xMin < xMax)) {                                     // no points: show the whole box
            xMin = minMach;
        }
        if (!(yMin < yMax)) {
            yMin = minDynamicPressure;
        }
        double padX = 0.05 * (xMax - xMin);
        double padY = 0.05 * (yMax - yMin);
        chart.getStyler().setXAxisMin(Math.max(0, xMin - padX)).setXAxisMax(xMax + padX);
        chart.getStyler().setYAxisMin(Math.max(0, yMin - padY)).setYAxisMax(yMax + padY);
        return chart;
    }

    private String boxName() {
        String machPart = minMach > 0
                ? String.format(Locale.ROOT, "%s ≤ Mach ≤ %s", number(minMach), number(maxMach))
                : String.format(Locale.ROOT, "Mach ≤ %s", number(maxMach));
        String qPart = minDynamicPressure > 0
                ? String.format(Locale.ROOT, "%s ≤ q ≤ %s Pa", number(minDynamicPressure), number(maxDynamicPressure))
                : String.format(Locale.ROOT, "q ≤ %s Pa", number(maxDynamicPressure));
        return "Deploy box: " + machPart + ", " + qPart;
    }

    private static void scatter(PlotChart chart, String name, double[][] xy, Color colour, int alpha) {
        if (xy[0].length == 0) {
            return;
        }
        XYSeries series = chart.addSeries(name, xy[0], xy[1]);
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        series.setMarker(SeriesMarkers.CIRCLE);
        series.setMarkerColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha));
    }

    private static double min(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        for (double value : values) {
            min = Math.min(min, value);
        }
        return min;
    }

    private static double max(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            max = Math.max(max, value);
        }
        return max;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%s", value);
    }
}
