package org.skycrane.canopy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GoreBitsTest {

    /** Redness of a ring under the blur model x_k = a + c b_k + d (b_{k-1} + b_{k+1}), with a little noise. */
    private static double[] blurred(boolean[] bits, double a, double c, double d, SplittableRandom random) {
        double[] x = new double[bits.length];
        for (int k = 0; k < bits.length; k++) {
            int before = bits[Math.floorMod(k - 1, bits.length)] ? 1 : 0;
            int after = bits[(k + 1) % bits.length] ? 1 : 0;
            x[k] = a + c * (bits[k] ? 1 : 0) + d * (before + after) + 0.01 * random.nextGaussian();
        }
        return x;
    }

    @Test
    void otsuSplitsTwoGroupsBetweenThem() {
        double t = GoreBits.otsu(new double[] {0.0, 0.1, 0.05, 0.9, 0.8, 0.85});
        assertThat(t).isBetween(0.1, 0.8);
    }

    @Test
    void anIsolatedRedGorePaledByBlurStaysRed() {
        // the innermost ring of a DARE MIGHTY THINGS canopy, blurred as measured on a 3.5 px gore:
        // whites 0.03, whites next to a red 0.25, an isolated red 0.47, red runs 0.91
        boolean[] ring = CanopyCode.MARS_2020.encode().toArray()[0];
        double[] x = blurred(ring, 0.03, 0.44, 0.22, new SplittableRandom(1));
        double threshold = GoreBits.otsu(x);
        boolean[] plain = new boolean[x.length];
        for (int k = 0; k < x.length; k++) {
            plain[k] = x[k] > threshold;
        }
        assertThat(plain).as("a plain threshold loses isolated reds").isNotEqualTo(ring);
        assertArrayEquals(ring, GoreBits.deblurred(x, plain), "bits after the blur correction");
    }

    @Test
    void withoutBlurTheDecisionsAreTheThreshold() {
        boolean[] ring = CanopyCode.MARS_2020.encode().toArray()[3];
        double[] x = blurred(ring, 0.1, 0.8, 0.0, new SplittableRandom(2));
        boolean[] plain = new boolean[x.length];
        for (int k = 0; k < x.length; k++) {
            plain[k] = x[k] > 0.5;
        }
        assertArrayEquals(ring, GoreBits.deblurred(x, plain));
    }

    @Test
    void theFirstCandidateIsTheCorrectedPatternAndFlipsFollow() {
        CanopyPattern flown = CanopyCode.MARS_2020.encode();
        boolean[][] bits = flown.toArray();
        double[][] redness = new double[CanopyPattern.RINGS][];
        SplittableRandom random = new SplittableRandom(3);
        for (int ring = 0; ring < CanopyPattern.RINGS; ring++) {
            redness[ring] = blurred(bits[ring], 0.05, 0.6, 0.1, random);
        }
        List<CanopyPattern> candidates = GoreBits.patterns(redness);
        assertEquals(flown, candidates.get(0));
        // 3 thresholds, then 6 single flips and 15 pairs of the 6 least certain gores
        assertEquals(3 + 6 + 15, candidates.size(), "candidates");
        assertThat(GoreBits.contrast(redness)).isGreaterThan(0.5);
    }
}
