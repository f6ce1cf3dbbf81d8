package org.skycrane.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.skycrane.stats.EastNorth;
import org.skycrane.stats.LatLon;
import org.skycrane.stats.TargetPlane;

/**
 * Ground tracks around a landing target, with the target mark, optional range circles and labelled
 * points, on a map with equal scale. Either in km east and north of the target, or in
 * planetocentric longitude and latitude degrees, where one degree of longitude is drawn cos φ as
 * long as one of latitude (φ the target latitude), so shapes are true near the target.
 *
 * <p>Tracks may be given as {@link EastNorth} (m) or {@link LatLon} (rad); the target plane
 * converts between them. A builder; not thread-safe.
 */
public final class GroundTrackPlot extends Plot<GroundTrackPlot> {

    /** What the axes show. */
    public enum Axes {
        /** East and north of the target, km. */
        EAST_NORTH_KM,
        /** Planetocentric east longitude and latitude, degrees. */
        LONGITUDE_LATITUDE_DEG
    }

    private static final int CIRCLE_VERTICES = 180;

    private record Curve(String name, List<EastNorth> points, boolean circle) {}

    private record Mark(String label, EastNorth point) {}

    private final String title;
    private final TargetPlane target;
    private final Axes axes;
    private final List<Curve> curves = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private String targetLabel = "Target";

    /**
     * @param title  shown above the map; {@code null} or empty for none
     * @param target the landing target and the sphere's radius
     * @param axes   what the axes show
     */
    public GroundTrackPlot(String title, TargetPlane target, Axes axes) {
        super(900, 640);
        this.title = title;
        this.target = Objects.requireNonNull(target, "target");
        this.axes = Objects.requireNonNull(axes, "axes");
    }

    /** Adds a track of points east and north (m) of the target; names must be unique. */
    public GroundTrackPlot track(String name, List<EastNorth> points) {
        curves.add(new Curve(Objects.requireNonNull(name, "name"), List.copyOf(points), false));
        return this;
    }

    /** Adds a track of points given as latitude and longitude (rad). */
    public GroundTrackPlot trackLatLon(String name, List<LatLon> points) {
        return track(name, points.stream().map(target::eastNorthOf).toList());
    }

    /** Adds a circle of {@code radius} (m, great-circle) around the target, named in the legend. */
    public GroundTrackPlot circle(String name, double radius) {
        if (!(radius > 0)) {
            throw new IllegalArgumentException("circle radius must be positive (m): " + radius);
        }
        List<EastNorth> ring = new ArrayList<>(CIRCLE_VERTICES + 1);
        for (int i = 0; i <= CIRCLE_VERTICES; i++) {
            double bearing = 2 * Math.PI * i / CIRCLE_VERTICES;
            ring.add(new EastNorth(radius * Math.sin(bearing), radius * Math.cos(bearing)));
        }
        curves.add(new Curve(Objects.requireNonNull(name, "name"), ring, true));
        return this;
    }

    /** Adds a labelled dot at a point east and north (m) of the target, e.g. parachute deploy. */
    public GroundTrackPlot event(String label, EastNorth point) {
        marks.add(new Mark(label, Objects.requireNonNull(point, "point")));
        return this;
    }

    /** Label of the target mark; default "Target". */
    public GroundTrackPlot targetLabel(String label) {
        this.targetLabel = label;
        return this;
    }




    @Override
    PlotChart chart() {
        if (curves.stream().noneMatch(c -> !c.circle())) {
            throw new IllegalStateException("a ground track plot needs at least one track");
        }
        boolean km = axes == Axes.EAST_NORTH_KM;
        PlotChart chart = new PlotChart(width, height, title,
                km ? "East of target (km)" : "Longitude (deg E)",
                km ? "North of target (km)" : "Latitude (deg N)");
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Line);
        Extent extent = new Extent();
        int circles = 0;
        for (Curve curve : curves) {
            double[] x = new double[curve.points().size()];
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                double[] xy = toAxes(curve.points().get(i));
                x[i] = xy[0];
                y[i] = xy[1];
                extent.include(x[i], y[i]);
            }
            XYSeries series = chart.addSeries(curve.name(), x, y);
            series.setMarker(SeriesMarkers.NONE);
            if (curve.circle()) {
                series.setLineColor(circles++ % 2 == 0 ? Color.GRAY : Color.DARK_GRAY);
                series.setLineStyle(new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_ROUND, 10f, new float[] {5f, 4f}, 0f));
            }
        }
        double[] centre = toAxes(EastNorth.ORIGIN);
        extent.include(centre[0], centre[1]);
        for (Mark mark : marks) {
            double[] xy = toAxes(mark.point());
            extent.include(xy[0], xy[1]);
            chart.addAnnotation(EventAnnotation.point(mark.label(), xy[0], xy[1], PlotChart.EVENT_COLOR, PlotChart.LABEL_FONT));
        }
        chart.addAnnotation(EventAnnotation.target(targetLabel, centre[0], centre[1], Color.BLACK, PlotChart.LABEL_FONT));
        extent.applyEqualScale(chart, 0.05, km ? 1.0 : Math.cos(target.latitude()));
        return chart;
    }

    /** A point in axis units: km east, km north; or longitude, latitude degrees. */
    private double[] toAxes(EastNorth point) {
        if (axes == Axes.EAST_NORTH_KM) {
            return new double[] {point.east() / 1000, point.north() / 1000};
        }
        LatLon latLon = target.latLonOf(point);
        return new double[] {latLon.longitudeDeg(), latLon.latitudeDeg()};
    }
}
