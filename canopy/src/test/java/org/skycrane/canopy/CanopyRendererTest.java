package org.skycrane.canopy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CanopyRendererTest {

    private static final int SIZE = 400;

    @Test
    void thePngIsASquarePictureOfTheRequestedSize() {
        BufferedImage picture = Images.read(CanopyRenderer.png(Fixtures.mars2020(), SIZE));
        assertEquals(SIZE, picture.getWidth(), "width (px)");
        assertEquals(SIZE, picture.getHeight(), "height (px)");
    }

    @Test
    void segmentsAreRedOrWhiteClockwiseFromTwelveOClock() {
        CanopyPattern flown = Fixtures.mars2020();
        int size = 800;   // large enough that the seams, which converge on the vent, leave the gores visible
        BufferedImage picture = CanopyRenderer.image(flown, size);
        double radius = 0.46 * size;   // the renderer's band outer edge
        double[] middles = {0.29, 0.43, 0.62, 0.895};   // inside the renderer's rings, fractions of the radius
        for (int ring = 0; ring < CanopyPattern.RINGS; ring++) {
            for (int segment = 0; segment < CanopyPattern.SEGMENTS; segment++) {
                double angle = 2 * Math.PI * (segment + 0.5) / CanopyPattern.SEGMENTS;   // clockwise from 12 o'clock
                int x = (int) Math.round(size / 2.0 + middles[ring] * radius * Math.sin(angle));
                int y = (int) Math.round(size / 2.0 - middles[ring] * radius * Math.cos(angle));
                int rgb = picture.getRGB(x, y);
                boolean red = (rgb >> 16 & 0xff) - (rgb & 0xff) > 100;
                assertEquals(flown.isRed(ring, segment), red, "ring " + (ring + 1) + " segment " + segment);
            }
        }
    }

    @Test
    void theVentAndTheGapShowTheSky() {
        BufferedImage picture = CanopyRenderer.image(Fixtures.mars2020(), SIZE);
        int sky = picture.getRGB(2, 2);
        assertEquals(sky, picture.getRGB(SIZE / 2, SIZE / 2), "vent at the centre");
        int gapY = (int) Math.round(SIZE / 2.0 - 0.75 * 0.46 * SIZE);   // renderer's gap from 0.71 to 0.79
        assertEquals(sky, picture.getRGB(SIZE / 2 + 1, gapY), "gap between the disk and the band");
    }

    @Test
    void theSvgIsWellFormedWithOnePathPerSegmentInItsColour() throws Exception {
        CanopyPattern flown = Fixtures.mars2020();
        String svg = CanopyRenderer.svg(flown);
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", document.getDocumentElement().getTagName());
        NodeList paths = document.getElementsByTagName("path");
        assertEquals(CanopyPattern.RINGS * CanopyPattern.SEGMENTS, paths.getLength(), "one path per segment");
        int reds = 0;
        int expectedReds = 0;
        for (int i = 0; i < paths.getLength(); i++) {
            reds += ((Element) paths.item(i)).getAttribute("fill").equals("#c82c24") ? 1 : 0;
            expectedReds += flown.isRed(i / CanopyPattern.SEGMENTS, i % CanopyPattern.SEGMENTS) ? 1 : 0;
        }
        assertEquals(expectedReds, reds, "red segments");
        assertThat(svg).contains("id=\"ring-1\"").contains("id=\"seams\"");
    }

    @Test
    void tinyPicturesAreRefused() {
        assertThatThrownBy(() -> CanopyRenderer.image(Fixtures.mars2020(), 8)).hasMessageContaining("at least 16 px");
    }
}
