package org.skycrane.report;

import static org.skycrane.report.PlotAssertions.assertPng;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

class ExampleImagesTest {

    @Test
    void everyDocumentationExampleRendersToAReadablePng(@TempDir Path dir) throws Exception {
        ExampleImages.writeAll(dir);

        assertPng(dir.resolve("line-altitude-speed.png"), 900, 560);
        assertPng(dir.resolve("line-bank-angle.png"), 900, 560);
        assertPng(dir.resolve("landing-scatter.png"), 800, 760);
        assertPng(dir.resolve("ground-track.png"), 900, 640);
        assertPng(dir.resolve("deploy-box.png"), 900, 600);
        assertPng(dir.resolve("histogram-touchdown-speed.png"), 900, 560);
    }

    /** Regenerates docs/images: mvn -B -o -pl report -am verify -Dskycrane.docImages=$PWD/docs/images */
    @Test
    @EnabledIfSystemProperty(named = "skycrane.docImages", matches = ".+")
    void writeDocumentationImages() throws Exception {
        ExampleImages.writeAll(Path.of(System.getProperty("skycrane.docImages")));
    }
}
