package org.skycrane.report;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.skycrane.report.PlotAssertions.assertPng;
import static org.skycrane.report.PlotAssertions.assertSvg;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skycrane.stats.EastNorth;
import org.skycrane.stats.LatLon;

class GroundTrackPlotTest {

    @TempDir
    Path dir;

    private static GroundTrackPlot plot(GroundTrackPlot.Axes axes) {
        return new GroundTrackPlot("Track", ExampleImages.TARGET, axes)
                .track("Track", ExampleImages.syntheticTrack())
                .circle("10 km", 10_000)
                .event("Deploy", new EastNorth(-9000, 4000));
    }

    /** Degrees of longitude are drawn cos φ as long as degrees of latitude, φ = target latitude. */
    @Test
    void longitudeLatitudeMapShrinksLongitudeByTheCosineOfLatitude() {
        PlotChart chart = plot(GroundTrackPlot.Axes.LONGITUDE_LATITUDE_DEG).chart();
        chart.render();
        Rectangle2D area = chart.plotArea();
        var styler = chart.getStyler();
        double lonPerPixel = (styler.getXAxisMax() - styler.getXAxisMin()) / area.getWidth();
        double latPerPixel = (styler.getYAxisMax() - styler.getYAxisMin()) / area.getHeight();

        assertEquals(Math.cos(ExampleImages.TARGET.latitude()), latPerPixel / lonPerPixel, 1e-9,
                "pixels per degree of longitude over pixels per degree of latitude");
    }

    @Test
    void kilometreMapHasEqualScale() {
        PlotChart chart = plot(GroundTrackPlot.Axes.EAST_NORTH_KM).chart();
        chart.render();
        Rectangle2D area = chart.plotArea();
        var styler = chart.getStyler();
        double x = (styler.getXAxisMax() - styler.getXAxisMin()) / area.getWidth();
        double y = (styler.getYAxisMax() - styler.getYAxisMin()) / area.getHeight();

        assertEquals(x, y, 1e-9 * x, "km per pixel along x and y");
    }

    @Test
    void tracksGivenAsLatitudeLongitudeLandWhereTheirEastNorthTwinsDo() {
        List<EastNorth> track = ExampleImages.syntheticTrack();
        List<LatLon> latLon = track.stream().map(ExampleImages.TARGET::latLonOf).toList();
        var axes = GroundTrackPlot.Axes.EAST_NORTH_KM;
        var a = new GroundTrackPlot("t", ExampleImages.TARGET, axes).track("x", track).render();
        var b = new GroundTrackPlot("t", ExampleImages.TARGET, axes).trackLatLon("x", latLon).render();

        assertEquals(0, PlotAssertions.differingPixels(a, b), "pixels differing between the two renderings");
    }

    @Test
    void writesPngAndSvgInBothAxesAndNeedsATrack() throws Exception {
        plot(GroundTrackPlot.Axes.EAST_NORTH_KM).size(700, 500).write(dir.resolve("km.png"));
        plot(GroundTrackPlot.Axes.LONGITUDE_LATITUDE_DEG).size(700, 500).write(dir.resolve("deg.svg"));

        assertPng(dir.resolve("km.png"), 700, 500);
        assertSvg(dir.resolve("deg.svg"), 700, 500);
        assertThatThrownBy(() -> new GroundTrackPlot("t", ExampleImages.TARGET, GroundTrackPlot.Axes.EAST_NORTH_KM)
                .circle("c", 1000).render()).isInstanceOf(IllegalStateException.class);
    }
}
