package org.skycrane.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.skycrane.report.PlotAssertions.assertPng;
import static org.skycrane.report.PlotAssertions.assertSvg;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.internal.chartpart.Annotation;
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

    /** Where XChart itself puts a data point on screen, read during a paint. */
    private static final class Probe extends Annotation {
        private final double x;
        private final double y;
        int screenX;
        int screenY;

        Probe(double x, double y) {
            super(false);
            this.x = x;
            this.y = y;
        }

        @Override
        public void paint(Graphics2D g) {
            screenX = getXAxisScreenValue(x);
            screenY = getYAxisScreenValue(y);
        }
    }

    @Test
    void mapPictureLiesUnderThePointsWithItsEdgesWhereTheAxesSay() {
        // four quadrants of a picture 8 km a side centred on the target: north-east red, north-west
        // green, south-east blue, south-west yellow; each probe must land in its own quadrant's colour
        BufferedImage picture = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        for (int row = 0; row < 200; row++) {
            for (int col = 0; col < 200; col++) {
                boolean north = row < 100;
                boolean east = col >= 100;
                picture.setRGB(col, row, north ? (east ? 0xFF0000 : 0x00FF00) : (east ? 0x0000FF : 0xFFFF00));
            }
        }
        List<EastNorth> points = List.of(new EastNorth(3500, 3500), new EastNorth(-3500, -3500),
                new EastNorth(300, -200));
        PlotChart chart = new LandingScatterPlot(null).points("Landed", points)
                .underlay(picture, -4000, 4000, -4000, 4000, "test quadrants").size(700, 700).chart();
        double[][] at = {{2.3, 2.7}, {-2.3, 2.7}, {2.3, -2.7}, {-2.3, -2.7}};
        int[] expected = {0xFF0000, 0x00FF00, 0x0000FF, 0xFFFF00};
        Probe[] probes = new Probe[at.length];
        for (int i = 0; i < at.length; i++) {
            probes[i] = new Probe(at[i][0], at[i][1]);
            chart.addAnnotation(probes[i]);
        }
        BufferedImage image = chart.render();
        for (int i = 0; i < at.length; i++) {
            int rgb = image.getRGB(probes[i].screenX, probes[i].screenY) & 0xFFFFFF;
            assertEquals(Integer.toHexString(expected[i]), Integer.toHexString(rgb),
                    "colour at " + at[i][0] + ", " + at[i][1] + " km");
        }
        // the landing marker at (0.3, -0.2) km is drawn over the blue quadrant, not hidden under it
        Probe marker = new Probe(0.3, -0.2);
        chart.addAnnotation(marker);
        image = chart.render();
        Color markerColour = new Color(image.getRGB(marker.screenX, marker.screenY));
        assertThat(markerColour.getRGB() & 0xFFFFFF).isNotEqualTo(0x0000FF);
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
