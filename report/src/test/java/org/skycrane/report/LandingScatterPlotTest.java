package org.skycrane.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.skycrane.report.PlotAssertions.assertPng;
import static org.skycrane.report.PlotAssertions.assertSvg;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skycrane.stats.EastNorth;
import org.skycrane.stats.Ellipse;
import org.skycrane.stats.LandingEllipse;

class LandingScatterPlotTest {

    @TempDir
    Path dir;

    private static final List<EastNorth> POINTS = ExampleImages.syntheticLandings(1L, 500);

    /** km per pixel along x and y of the last paint. */
    private static double[] kmPerPixel(PlotChart chart) {
        chart.render();
        Rectangle2D area = chart.plotArea();
        double x = (chart.getStyler().getXAxisMax() - chart.getStyler().getXAxisMin()) / area.getWidth();
        double y = (chart.getStyler().getYAxisMax() - chart.getStyler().getYAxisMin()) / area.getHeight();
        return new double[] {x, y};
    }

    @Test
    void axesHaveEqualScaleWhateverTheImageShape() {
        for (int[] size : new int[][] {{800, 760}, {1200, 500}, {500, 900}}) {
            PlotChart chart = new LandingScatterPlot("t").points("Landed", POINTS)
                    .ellipses(LandingEllipse.of(POINTS)).size(size[0], size[1]).chart();
            double[] scale = kmPerPixel(chart);
            assertEquals(scale[0], scale[1], 1e-9 * scale[0],
                    "km per pixel along x and along y for a " + size[0] + " x " + size[1] + " image");
        }
    }

    @Test
    void mapCoversEveryPointTheTargetAndTheEllipses() {
        LandingEllipse fit = LandingEllipse.of(POINTS);
        PlotChart chart = new LandingScatterPlot(null).points("Landed", POINTS).ellipses(fit).chart();
        var styler = chart.getStyler();
        for (EastNorth point : fit.ellipse99().outline(36)) {
            assertThat(point.east() / 1000).isBetween(styler.getXAxisMin(), styler.getXAxisMax());
            assertThat(point.north() / 1000).isBetween(styler.getYAxisMin(), styler.getYAxisMax());
        }
        assertThat(0.0).isBetween(styler.getXAxisMin(), styler.getXAxisMax());
    }

    @Test
    void writesPngAndSvg() throws Exception {
        LandingScatterPlot plot = new LandingScatterPlot("Landings").points("Landed", POINTS)
                .ellipses(LandingEllipse.of(POINTS)).size(600, 600);
        plot.write(dir.resolve("scatter.png"));
        plot.write(dir.resolve("scatter.svg"));

        assertPng(dir.resolve("scatter.png"), 600, 600);
        assertSvg(dir.resolve("scatter.svg"), 600, 600);
    }

    @Test
    void ellipseLegendGivesFullAxesInKilometresAndAzimuthInDegrees() {
        Ellipse ellipse = new Ellipse(0, 0, 18_240, 6_058, Math.toRadians(59.9), LandingEllipse.K_99);

        assertThat(LandingScatterPlot.describe("99 % ellipse", ellipse)).isEqualTo("99 % ellipse: 18.2 x 6.1 km, az 60°");
    }
}
