package org.skycrane.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skycrane.report.PlotAssertions.assertPng;
import static org.skycrane.report.PlotAssertions.assertSvg;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployBoxPlotTest {

    @TempDir
    Path dir;

    @Test
    void defaultBoxIsMachTwoPointTwoAndSevenHundredFiftyPascalEdgesIncluded() {
        DeployBoxPlot plot = new DeployBoxPlot("t");

        assertThat(plot.inBox(2.2, 750)).isTrue();
        assertThat(plot.inBox(0.0, 0.0)).isTrue();
        assertThat(plot.inBox(2.2000001, 700)).isFalse();
        assertThat(plot.inBox(1.8, 750.1)).isFalse();
    }

    @Test
    void boxIsConfigurable() {
        DeployBoxPlot plot = new DeployBoxPlot("t").box(1.1, 2.0, 250, 850);

        assertThat(plot.inBox(1.0, 500)).isFalse();
        assertThat(plot.inBox(1.5, 800)).isTrue();
        assertThat(plot.inBox(1.5, 200)).isFalse();
        assertThatThrownBy(() -> plot.box(2.0, 1.0, 250, 850)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plot.box(1.1, 2.0, 850, 250)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesPngAndSvgWithPointsInsideAndOutside() throws Exception {
        double[] mach = {1.6, 1.8, 2.3, 1.9};
        double[] q = {500, 620, 700, 790};
        DeployBoxPlot plot = new DeployBoxPlot("Deploy").points(mach, q).nominal(1.75, 560).size(640, 480);
        plot.write(dir.resolve("box.png"));
        plot.write(dir.resolve("box.svg"));

        assertPng(dir.resolve("box.png"), 640, 480);
        assertSvg(dir.resolve("box.svg"), 640, 480);
        assertThatThrownBy(() -> plot.points(new double[2], new double[3])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyCampaignStillShowsTheBox() throws Exception {
        new DeployBoxPlot("No cases yet").write(dir.resolve("empty.png"));

        assertPng(dir.resolve("empty.png"), 900, 600);
    }
}
