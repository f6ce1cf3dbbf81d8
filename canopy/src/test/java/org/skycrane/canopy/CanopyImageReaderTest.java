package org.skycrane.canopy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CanopyImageReaderTest {

    /** Size of the rendered pictures that get distorted (px). */
    private static final int SIZE = 600;
    /**
     * Pictures per randomised test: 50 by default to keep the build short; a longer measurement
     * runs with {@code mvn -o -pl canopy test -Dtest=CanopyImageReaderTest -Dskycrane.canopy.pictures=400}.
     */
    private static final int PICTURES = Integer.getInteger("skycrane.canopy.pictures", 50);
    private static final int RENDERED_DISTORTIONS = PICTURES;
    private static final int SYNTHETIC_PHOTOS = Math.max(1, PICTURES * 3 / 5);

    @Test
    void theRenderedFlownCanopyReadsBack() {
        BufferedImage picture = CanopyRenderer.image(Fixtures.mars2020(), SIZE);
        assertEquals(CanopyCode.MARS_2020, CanopyImageReader.read(picture));
    }

    @Test
    void theScanFindsTheRenderersGeometry() {
        CanopyImageReader.Reading reading = CanopyImageReader.scan(CanopyRenderer.image(Fixtures.mars2020(), SIZE));
        // the renderer draws the band's outer edge at 0.46 of the side, centred
        assertEquals(299.5, reading.centreX(), 1.0, "centre x (px)");
        assertEquals(299.5, reading.centreY(), 1.0, "centre y (px)");
        assertEquals(0.46 * SIZE, reading.semiMajor(), 2.0, "radius (px)");
        assertEquals(1.0, reading.semiMinor() / reading.semiMajor(), 0.01, "axis ratio of a circle");
        // renderer's ring edges 0.10, 0.33, 0.53, 0.71, 0.79, 1; seams and blur move them by a few px
        List<Double> expected = List.of(0.10, 0.33, 0.53, 0.71, 0.79, 1.0);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), reading.ringEdges().get(i), 0.02, "ring edge " + i + " (fraction of radius)");
        }
        assertThat(reading.contrast()).isGreaterThan(0.5);
    }

    @Test
    void aLargePictureIsReadAtReducedSizeButReportedInItsOwnPixels() {
        int size = 2400;   // above the reader's 1600 px: averaged down by 2
        BufferedImage picture = CanopyRenderer.image(Fixtures.mars2020().rotated(41), size);
        assertEquals(CanopyCode.MARS_2020, CanopyImageReader.read(picture));
        CanopyImageReader.Reading reading = CanopyImageReader.scan(picture);
        assertEquals(size / 2.0, reading.centreX(), 2.0, "centre x (px of the picture)");
        assertEquals(0.46 * size, reading.semiMajor(), 4.0, "radius (px of the picture), the renderer's 0.46 of the side");
    }

    @Test
    void theScanFindsTheUnequalRingsOfAnIndependentlyDrawnPhoto() {
        SplittableRandom random = new SplittableRandom(118_103_1);   // JPL's longitude, 118°10'31"
        SyntheticCanopyPhoto photo = new SyntheticCanopyPhoto(Fixtures.mars2020(), random);
        CanopyImageReader.Reading reading = CanopyImageReader.scan(photo.picture());
        double[] drawn = photo.edges();
        for (int i = 0; i < drawn.length; i++) {
            // 0.02 of the radius: a few pixels of blur, JPEG and perspective
            assertEquals(drawn[i], reading.ringEdges().get(i), 0.02, "edge " + i + " of " + photo);
        }
    }

    /**
     * The renderer's own picture of random codes, turned, tilted into an ellipse (axis ratio 0.85–1),
     * shifted, unevenly lit, vignetted, blurred and noisy ({@link Distortion#random}). The failure rate
     * is written to target/parachute-image-decoding.txt.
     */
    @Test
    void renderedCanopiesReadBackAfterRandomDistortions() throws IOException {
        SplittableRandom random = new SplittableRandom(21_500);   // the canopy is 21.5 m across
        List<String> failures = new ArrayList<>();
        StringBuilder log = new StringBuilder();
        for (int n = 0; n < RENDERED_DISTORTIONS; n++) {
            CanopyCode code = RandomCodes.code(random);
            Distortion distortion = Distortion.random(random);
            BufferedImage picture = distortion.apply(CanopyRenderer.image(code.encode(), SIZE), random.nextLong());
            String outcome = outcome(code, picture);
            log.append(n).append(": ").append(distortion).append(": ").append(outcome).append('\n');
            if (!outcome.equals("ok")) {
                failures.add(n + " (" + distortion + "): " + outcome);
            }
        }
        assertThat(failures).as(report("rendered", RENDERED_DISTORTIONS, failures, log)).isEmpty();
    }

    /** Pictures drawn by {@link SyntheticCanopyPhoto}, an independent generator, through JPEG. */
    @Test
    void independentlyDrawnPhotosReadBack() throws IOException {
        SplittableRandom random = new SplittableRandom(34_115_8);   // JPL's latitude, 34°11'58"
        List<String> failures = new ArrayList<>();
        StringBuilder log = new StringBuilder();
        for (int n = 0; n < SYNTHETIC_PHOTOS; n++) {
            CanopyCode code = RandomCodes.code(random);
            SyntheticCanopyPhoto photo = new SyntheticCanopyPhoto(code.encode().rotated(random.nextInt(80)), random);
            String outcome = outcome(code, photo.picture());
            log.append(n).append(": ").append(photo).append(": ").append(outcome).append('\n');
            if (!outcome.equals("ok")) {
                failures.add(n + " (" + photo + "): " + outcome);
            }
        }
        assertThat(failures).as(report("synthetic", SYNTHETIC_PHOTOS, failures, log)).isEmpty();
    }

    @Test
    void theFlownCanopyOnABrightDaytimeSkyReadsBack() {
        // the renderer's dark sky replaced by a butterscotch daytime sky, brighter than the canopy's
        // shadowed parts and graded top to bottom as the Mars sky is toward the horizon
        BufferedImage picture = CanopyRenderer.image(Fixtures.mars2020(), SIZE);
        BufferedImage day = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < picture.getHeight(); y++) {
            double f = y / (double) picture.getHeight();
            int sky = (int) (196 + 20 * f) << 16 | (int) (140 + 14 * f) << 8 | (int) (104 + 10 * f);
            for (int x = 0; x < picture.getWidth(); x++) {
                int p = picture.getRGB(x, y) & 0xFFFFFF;
                int bright = Math.max(p >> 16 & 0xFF, Math.max(p >> 8 & 0xFF, p & 0xFF));
                day.setRGB(x, y, bright < 40 ? sky : p);
            }
        }
        assertEquals(CanopyCode.MARS_2020, CanopyImageReader.read(day));
    }

    @Test
    void aBlackPictureHasNoCanopy() {
        BufferedImage black = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        assertThatThrownBy(() -> CanopyImageReader.read(black)).isInstanceOf(CanopyException.class)
                .hasMessageContaining("no canopy found").hasMessageContaining("stands out from the sky");
    }

    @Test
    void noiseAloneHasNoCanopy() {
        float[][] c = new float[3][300 * 300];
        Images.addNoise(c, 60, new SplittableRandom(1));
        for (float[] channel : c) {
            for (int i = 0; i < channel.length; i++) {
                channel[i] += 100;
            }
        }
        assertThatThrownBy(() -> CanopyImageReader.read(Images.image(c, 300, 300)))
                .isInstanceOf(CanopyException.class).hasMessageContaining("no canopy found");
    }

    @Test
    void aWhiteDiskWithoutGapOrColoursIsNotACanopy() {
        BufferedImage disk = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = disk.createGraphics();
        g.setColor(Color.WHITE);
        g.fillOval(30, 30, 240, 240);
        g.dispose();
        assertThatThrownBy(() -> CanopyImageReader.read(disk)).isInstanceOf(CanopyException.class)
                .hasMessageContaining("no gap");
    }

    @Test
    void aCanopyCutByTheEdgeOfThePictureIsReported() {
        BufferedImage whole = CanopyRenderer.image(Fixtures.mars2020(), SIZE);
        BufferedImage cut = whole.getSubimage(0, 0, SIZE, SIZE / 3);
        assertThatThrownBy(() -> CanopyImageReader.read(cut)).isInstanceOf(CanopyException.class)
                .hasMessageContaining("no canopy found");
    }

    @Test
    void aMirroredPictureIsNotAValidCode() {
        BufferedImage picture = CanopyRenderer.image(Fixtures.mars2020(), 400);
        BufferedImage mirrored = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 400; y++) {
            for (int x = 0; x < 400; x++) {
                mirrored.setRGB(399 - x, y, picture.getRGB(x, y));
            }
        }
        assertThatThrownBy(() -> CanopyImageReader.read(mirrored)).isInstanceOf(CanopyException.class)
                .hasMessageContaining("found a canopy").hasMessageContaining("not a valid code");
    }

    private static String outcome(CanopyCode expected, BufferedImage picture) {
        try {
            CanopyCode read = CanopyImageReader.read(picture);
            return read.equals(expected) ? "ok" : "wrong: read " + read + ", drew " + expected;
        } catch (CanopyException e) {
            return "failed: " + e.getMessage();
        }
    }

    private static String report(String name, int total, List<String> failures, StringBuilder log) throws IOException {
        String rate = String.format(Locale.ROOT, "%s pictures: %d of %d not read back (failure rate %.1f %%)", name,
                failures.size(), total, 100.0 * failures.size() / total);
        Path file = Path.of("target", "parachute-image-decoding-" + name + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, rate + "\n" + log, StandardCharsets.UTF_8);
        return rate + " (details in " + file + ")";
    }
}
