package org.skycrane.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skycrane.report.PlotAssertions.assertPng;
import static org.skycrane.report.PlotAssertions.assertSvg;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistogramPlotTest {

    @TempDir
    Path dir;

    /** Bins [0, 1), [1, 2), [2, 3]: by hand, with max in the last bin and the rest counted outside. */
    @Test
    void binsAreHalfOpenExceptTheLastAndOutsidersAreCounted() {
        double[] values = {0, 0.999, 1, 2.5, 3, 3.0001, -0.1, Double.NaN};

        assertThat(HistogramPlot.counts(values, 0, 3, 3)).containsExactly(2, 1, 2, 3);
    }

    @Test
    void writesPngAndSvg() throws Exception {
        double[] speeds = ExampleImages.syntheticLandings(2L, 1000).stream().mapToDouble(p -> 0.75 + p.east() / 1e5).toArray();
        HistogramPlot plot = new HistogramPlot("Touchdown speed", "Touchdown speed (m/s)")
                .bins(0.5, 1.0, 25).values("Campaign", speeds).event("Limit", 0.9).size(640, 400);
        plot.write(dir.resolve("h.png"));
        plot.write(dir.resolve("h.svg"));

        assertPng(dir.resolve("h.png"), 640, 400);
        assertSvg(dir.resolve("h.svg"), 640, 400);
    }

    @Test
    void needsBinsAndData() {
        assertThatThrownBy(() -> new HistogramPlot("t", "x").values("a", new double[] {1}).render())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new HistogramPlot("t", "x").bins(1, 1, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
