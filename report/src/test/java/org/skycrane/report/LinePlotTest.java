package org.skycrane.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skycrane.report.PlotAssertions.assertPng;
import static org.skycrane.report.PlotAssertions.assertSvg;
import static org.skycrane.report.PlotAssertions.differingPixels;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinePlotTest {

    @TempDir
    Path dir;

    private static LinePlot altitudeSpeed() {
        double[] speed = new double[100];
        double[] altitude = new double[100];
        for (int i = 0; i < 100; i++) {
            altitude[i] = 125.0 - 1.25 * i;
            speed[i] = 5.9 * Math.exp(-3 * Math.exp(-altitude[i] / 11.1));
        }
        return new LinePlot("Altitude against speed", "Speed (km/s)", "Altitude (km)").series("Entry", speed, altitude);
    }

    @Test
    void writesAPngOfTheAskedSizeThatImageIoReadsBack() throws Exception {
        Path file = dir.resolve("sub/dir/alt-speed.png");
        altitudeSpeed().size(640, 400).write(file);

        assertPng(file, 640, 400);
    }

    @Test
    void writesAnSvgThatParsesAsXmlWithTheAskedViewBox() throws Exception {
        Path file = dir.resolve("alt-speed.svg");
        altitudeSpeed().size(700, 450).write(file);

        assertSvg(file, 700, 450);
    }

    @Test
    void sameInputWritesByteIdenticalSvgAndPng() throws Exception {
        LinePlot plot = altitudeSpeed().event("Peak deceleration", 3.6, 20.0);
        plot.write(dir.resolve("a.svg"));
        plot.write(dir.resolve("b.svg"));
        plot.write(dir.resolve("a.png"));
        plot.write(dir.resolve("b.png"));

        assertThat(Files.readAllBytes(dir.resolve("a.svg"))).isEqualTo(Files.readAllBytes(dir.resolve("b.svg")));
        assertThat(Files.readAllBytes(dir.resolve("a.png"))).isEqualTo(Files.readAllBytes(dir.resolve("b.png")));
    }

    @Test
    void eventsAreDrawnAsLinesAndLabelledPoints() {
        var plain = altitudeSpeed().render();
        var withLine = altitudeSpeed().event("Parachute deploy", 2.0).render();
        var withPoint = altitudeSpeed().event("Peak heating", 5.0, 33.0).render();

        assertThat(differingPixels(plain, withLine)).as("pixels changed by a vertical event line").isGreaterThan(300);
        assertThat(differingPixels(plain, withPoint)).as("pixels changed by a labelled point").isGreaterThan(100);
    }

    @Test
    void eventsOutsideTheAxesAreLeftOut() {
        var plain = altitudeSpeed().xRange(0, 6).render();
        var outside = altitudeSpeed().xRange(0, 6).event("Beyond the axis", 7.5).render();

        assertThat(differingPixels(plain, outside)).isZero();
    }

    @Test
    void logarithmicAxesRenderAndRefuseNonPositiveValues() throws Exception {
        double[] time = {1, 10, 100, 300};
        double[] heatRate = {0.5, 20, 110, 3};
        new LinePlot("Heat rate", "Time (s)", "Heat rate (W/cm²)").series("q", time, heatRate)
                .yLogarithmic().event("Peak heating", 100).write(dir.resolve("log.png"));
        assertPng(dir.resolve("log.png"), 900, 560);

        LinePlot bad = new LinePlot(null, "Time (s)", "Heat rate (W/cm²)")
                .series("q", new double[] {0, 1}, new double[] {1, 2}).xLogarithmic();
        assertThatThrownBy(bad::render).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("logarithmic");
    }

    @Test
    void badInputIsRefusedWithTheSeriesNamed() {
        LinePlot plot = altitudeSpeed();
        assertThatThrownBy(() -> plot.series("Entry", new double[] {1}, new double[] {1}))
                .hasMessageContaining("used twice");
        assertThatThrownBy(() -> plot.series("Short", new double[] {1, 2}, new double[] {1}))
                .hasMessageContaining("Short");
        assertThatThrownBy(() -> plot.write(dir.resolve("plot.jpg"))).hasMessageContaining(".png or .svg");
        assertThatThrownBy(() -> new LinePlot("t", "x", "y").render()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> altitudeSpeed().size(10, 10).render()).hasMessageContaining("at least");
    }
}
