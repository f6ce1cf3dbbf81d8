package org.skycrane.canopy;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.skycrane.canopy.Conics.Ellipse;
import org.skycrane.canopy.Conics.Frame;

/**
 * Reads the code from a picture of a canopy seen from below: a bright disk and band on a dark sky,
 * roughly centred, at any rotation, possibly blurred, noisy, JPEG-compressed, unevenly lit and
 * slightly tilted (an ellipse down to an axis ratio of about 0.85, with mild perspective). Ring
 * widths, colours (red or orange) and the size of the vent and the gap need not be known. Each step
 * is a class of its own, all reading the same {@link Picture}:
 *
 * <ol>
 * <li><b>Canopy</b> ({@link CanopyMask}): the pixels brighter than the sky by 30 % of the canopy's
 * contrast, without specks and thin lines.</li>
 * <li><b>Outline</b> ({@link Outline}): an ellipse fitted to the outermost canopy pixel along 360
 * rays, whose inverse square root maps the picture onto a unit disk (an affine camera).</li>
 * <li><b>Vent, gap and band</b> ({@link RadialStructure}) from the share of canopy pixels on each
 * circle of that disk.</li>
 * <li><b>Perspective</b> ({@link Perspective}): conics fitted to the traced edges give the image of
 * the canopy's centre and the vanishing line of its plane, so the unit disk is mapped through a
 * homography.</li>
 * <li><b>Gores</b> ({@link GoreSeams}): the phase of the 80th Fourier harmonic of the colour and
 * brightness edges puts the seams, with a small first-order correction per ring.</li>
 * <li><b>Rings</b> ({@link RingSplit}): 48 circles of the disk split into three runs where their
 * colour patterns change; the three best splits are kept as candidates.</li>
 * <li><b>Bits</b> ({@link GoreRedness}, {@link GoreBits}): redness averaged over the middle of each
 * gore, thresholded per ring (Otsu) and corrected for blur between neighbouring gores (Viterbi).</li>
 * <li><b>Decoding</b> (here, with {@link CanopyDecoder}): the candidates are decoded in turn: the
 * best split, plain thresholds, then flips of the least certain gores. The first valid code wins; a
 * bit error that still leaves a valid code (a wrong letter) cannot be detected, as the code has no
 * check sum.</li>
 * </ol>
 *
 * <p>Pitfall: the picture must show the canopy from below (as the rover's up-look cameras did); a
 * mirrored picture reads the rings backwards and is reported as not a valid code.
 */
public final class CanopyImageReader {

    private CanopyImageReader() {
    }

    /**
     * What was found in a picture.
     *
     * @param centreX      image of the canopy's centre (px from the left)
     * @param centreY      image of the canopy's centre (px from the top)
     * @param semiMajor    of the outline ellipse (px)
     * @param semiMinor    of the outline ellipse (px)
     * @param orientation  of the major axis, clockwise from the picture's x axis (rad)
     * @param ringEdges    radii as fractions of the outline: vent, ring 1/2, ring 2/3, ring 3 outer edge,
     *                     band inner edge, band outer edge (1)
     * @param segmentPhase angle of a gore seam in the unit-disk frame, clockwise from the x axis (rad)
     * @param pattern      red and white as sampled, segment 0 the first one clockwise from {@code segmentPhase}
     * @param contrast     distance between the mean redness of red and white segments (0 to about 1)
     */
    public record Reading(double centreX, double centreY, double semiMajor, double semiMinor, double orientation,
                          List<Double> ringEdges, double segmentPhase, CanopyPattern pattern, double contrast) {

        public Reading {
            ringEdges = List.copyOf(ringEdges);
            Objects.requireNonNull(pattern, "pattern");
        }
    }

    /**
     * The code on the canopy in {@code image}.
     *
     * @throws CanopyException when no canopy is found or its pattern is not a valid code; the message
     *         says which step failed
     */
    public static CanopyCode read(BufferedImage image) {
        Measurement measured = measure(image);
        CanopyException first = null;
        for (CanopyPattern candidate : measured.candidates()) {
            try {
                return CanopyDecoder.decode(candidate);
            } catch (CanopyException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        Reading reading = measured.reading();
        throw new CanopyException(null, 0, null, String.format(Locale.ROOT,
                "found a canopy at (%.0f, %.0f) px, %.0f px across, but its segments are not a valid code: %s",
                reading.centreX(), reading.centreY(), 2 * reading.semiMajor(), Objects.requireNonNull(first)
                        .getMessage()));
    }

    /**
     * Finds the canopy and samples its segments without decoding them.
     *
     * @throws CanopyException when no canopy is found
     */
    public static Reading scan(BufferedImage image) {
        return measure(image).reading();
    }

    private static Measurement measure(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        Picture pixels = new Picture(image);
        if (pixels.width < 32 || pixels.height < 32) {
            throw noCanopy("the picture is " + pixels.width + " × " + pixels.height + " px; at least 32 × 32 is needed");
        }
        float threshold = CanopyMask.threshold(pixels);
        boolean[] canopy = CanopyMask.of(pixels, threshold);
        Ellipse affine = Outline.of(pixels, canopy);
        Frame outline = Perspective.of(pixels, affine, RadialStructure.of(pixels, affine, threshold));
        double[] edges = RadialStructure.of(pixels, outline, threshold);
        double phase = GoreSeams.phase(pixels, outline, edges);
        Reading reading = null;
        List<CanopyPattern> candidates = new ArrayList<>();
        for (double[] split : RingSplit.candidates(pixels, outline, edges, phase)) {
            double[] ringEdges = {edges[0], split[0], split[1], edges[1], edges[2], 1.0};
            double[][] redness = GoreRedness.of(pixels, outline, ringEdges, phase);
            List<CanopyPattern> patterns = GoreBits.patterns(redness);
            if (reading == null) {
                double contrast = GoreBits.contrast(redness);
                if (contrast < 0.12) {
                    throw noCanopy(String.format(Locale.ROOT,
                            "its segments are not red and white (redness contrast %.2f, at least 0.12 is needed)",
                            contrast));
                }
                double[] axes = outline.axes();
                List<Double> edgeList = new ArrayList<>();
                for (double edge : ringEdges) {
                    edgeList.add(edge);
                }
                double[] centre = outline.point(0, 0);
                reading = new Reading(pixels.picture(centre[0]), pixels.picture(centre[1]), pixels.block * axes[0],
                        pixels.block * axes[1], axes[2], edgeList,
                        phase, patterns.get(0), contrast);
            }
            candidates.addAll(patterns);
        }
        return new Measurement(Objects.requireNonNull(reading), candidates);
    }

    /** The reading and the patterns to try decoding, most likely first. */
    private record Measurement(Reading reading, List<CanopyPattern> candidates) {
    }

    /** A picture in which no canopy was found, and why. */
    static CanopyException noCanopy(String why) {
        return new CanopyException(null, 0, null, "no canopy found: " + why);
    }
}
