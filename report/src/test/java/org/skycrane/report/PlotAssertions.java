package org.skycrane.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Checks shared by the plot tests: a PNG that ImageIO reads at the asked size, an SVG that parses as XML. */
final class PlotAssertions {

    private PlotAssertions() {
    }

    static BufferedImage assertPng(Path file, int width, int height) throws IOException {
        assertThat(file).exists();
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).as("PNG signature").startsWith(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as("ImageIO reads " + file).isNotNull();
        assertThat(image.getWidth()).as("PNG width (px)").isEqualTo(width);
        assertThat(image.getHeight()).as("PNG height (px)").isEqualTo(height);
        return image;
    }

    static Document assertSvg(Path file, int width, int height) throws Exception {
        assertThat(file).exists();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // The SVG names the W3C DTD; never fetch it.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        Document svg = builder.parse(file.toFile());
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 " + width + " " + height);
        assertThat(svg.getElementsByTagNameNS("*", "path").getLength()).as("drawn paths").isGreaterThan(10);
        return svg;
    }

    /** Number of pixels that differ between two images of the same size. */
    static long differingPixels(BufferedImage a, BufferedImage b) {
        long differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }
}
