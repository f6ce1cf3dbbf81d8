package org.skycrane.report;

import java.awt.BasicStroke;
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
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.skycrane.stats.EastNorth;
import org.skycrane.stats.Ellipse;
import org.skycrane.stats.LandingEllipse;

/**
 * Landing points in km east and north of the target, the target, and landing ellipses, on a map
 * with equal scale on both axes and a square km grid. Points and ellipses are given in metres
 * ({@link EastNorth}, {@link Ellipse}) and shown in km.
 *
 * <p>Every point is drawn; for campaigns of more than about 100,000 cases pass a subsample (for
 * example every k-th case) to keep files small. A builder; not thread-safe.
 */
public final class LandingScatterPlot extends Plot<LandingScatterPlot> {

    private static final int OUTLINE_VERTICES = 180;

    private record Group(String name, double[] eastKm, double[] northKm) {}

    private record Outline(String name, Ellipse ellipse) {}

    private final String title;
    private final List<Group> groups = new ArrayList<>();
    private final List<Outline> outlines = new ArrayList<>();
    private String targetLabel = "Target";
    private BufferedImage map;
    private double[] mapEdgesKm;
    private String mapCaption;

    /** @param title shown above the map; {@code null} or empty for none */
    public LandingScatterPlot(String title) {
        super(800, 760);
        this.title = title;
    }

    /** Adds a group of landing points (m from the target), e.g. "Landed" or "Failed"; names must be unique. */
    public LandingScatterPlot points(String name, List<EastNorth> points) {
        Objects.requireNonNull(name, "name");
        double[] east = new double[points.size()];
        double[] north = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            east[i] = points.get(i).east() / 1000;
            north[i] = points.get(i).north() / 1000;
        }
        groups.add(new Group(name, east, north));
        return this;
    }

    /** Adds the outline of an ellipse, named in the legend. */
    public LandingScatterPlot ellipse(String name, Ellipse ellipse) {
        outlines.add(new Outline(Objects.requireNonNull(name, "name"), ellipse));
        return this;
    }

    /** Adds the 99 % and 3-sigma ellipses of {@code fit}, each named with its axes (km) and azimuth. */
    public LandingScatterPlot ellipses(LandingEllipse fit) {
        ellipse(describe("99 % ellipse", fit.ellipse99()), fit.ellipse99());
        ellipse(describe("3-sigma ellipse", fit.ellipse3Sigma()), fit.ellipse3Sigma());
        return this;
    }

    /** Label of the target mark; default "Target". */
    public LandingScatterPlot targetLabel(String label) {
        this.targetLabel = label;
        return this;
    }

    /**
     * Draws a map picture (north up) under the points, for example the hazard map of the site, its
     * edges given in metres east and north of the target; {@code caption} says what its colours
     * mean and goes under the east axis.
     */
    public LandingScatterPlot underlay(BufferedImage picture, double westM, double eastM, double southM, double northM,
            String caption) {
        if (!(eastM > westM) || !(northM > southM)) {
            throw new IllegalArgumentException("map edges must enclose an area: east " + westM + ".." + eastM
                    + " m, north " + southM + ".." + northM + " m");
        }
        this.map = Objects.requireNonNull(picture, "picture");
        this.mapEdgesKm = new double[] {westM / 1000, eastM / 1000, southM / 1000, northM / 1000};
        this.mapCaption = caption;
        return this;
    }

    /** "99 % ellipse: 18.2 x 6.1 km, az 60°": full axes in km, azimuth of the major axis from north. */
    static String describe(String name, Ellipse ellipse) {
        return String.format(Locale.ROOT, "%s: %.1f x %.1f km, az %.0f°", name,
                ellipse.majorAxis() / 1000, ellipse.minorAxis() / 1000, ellipse.azimuthDeg());
    }

    @Override
    PlotChart chart() {
        String eastTitle = "East of target (km)" + (map != null && mapCaption != null && !mapCaption.isEmpty()
                ? "; under the points: " + mapCaption : "");
        PlotChart chart = new PlotChart(width, height, title, eastTitle, "North of target (km)");
        if (map != null) {
            chart.underlay(map, mapEdgesKm[0], mapEdgesKm[1], mapEdgesKm[2], mapEdgesKm[3]);
        }
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        int most = groups.stream().mapToInt(g -> g.eastKm().length).max().orElse(0);
        chart.getStyler().setMarkerSize(map == null ? 4 : most > 1000 ? 4 : 7);
        Extent extent = new Extent();
        extent.include(0, 0);
        int colour = 0;
        for (Group group : groups) {
            String name = String.format(Locale.ROOT, "%s (n = %d)", group.name(), group.eastKm().length);
            Color base = PlotChart.COLORS[colour++ % PlotChart.COLORS.length];
            if (group.eastKm().length == 0) {
                continue;
            }
            XYSeries series = chart.addSeries(name, group.eastKm(), group.northKm());
            series.setMarker(SeriesMarkers.CIRCLE);
            // over a map picture the points must stand out on red, green and magenta: the first group
            // (landed) black, the others cyan; thousands of points get smaller, translucent marks so
            // the map shows through the cloud
            boolean first = colour == 1;
            int alpha = group.eastKm().length > 1000 ? 120 : 255;
            series.setMarkerColor(map == null ? new Color(base.getRed(), base.getGreen(), base.getBlue(), 110)
                    : first ? new Color(0, 0, 0, alpha) : new Color(0, 255, 255, Math.max(alpha, 200)));
            for (int i = 0; i < group.eastKm().length; i++) {
                extent.include(group.eastKm()[i], group.northKm()[i]);
            }
        }
        Color[] outlineColours = {PlotChart.COLORS[1], PlotChart.COLORS[6], PlotChart.COLORS[2], PlotChart.COLORS[3]};
        int outlineIndex = 0;
        for (Outline outline : outlines) {
            List<EastNorth> ring = outline.ellipse().outline(OUTLINE_VERTICES);
            double[] east = ring.stream().mapToDouble(p -> p.east() / 1000).toArray();
            double[] north = ring.stream().mapToDouble(p -> p.north() / 1000).toArray();
            XYSeries series = chart.addSeries(outline.name(), east, north);
            series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
            series.setMarker(SeriesMarkers.NONE);
            series.setLineColor(outlineColours[outlineIndex % outlineColours.length]);
            series.setLineStyle(outlineIndex % 2 == 0
                    ? new BasicStroke(2f)
                    : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {8f, 5f}, 0f));
            outlineIndex++;
            for (int i = 0; i < east.length; i++) {
                extent.include(east[i], north[i]);
            }
        }
        chart.getStyler().setLegendLayout(LegendLayout.Vertical);
        chart.addAnnotation(EventAnnotation.target(targetLabel, 0, 0, Color.BLACK, PlotChart.LABEL_FONT));
        extent.applyEqualScale(chart, 0.04, 1.0);
        return chart;
    }
}
