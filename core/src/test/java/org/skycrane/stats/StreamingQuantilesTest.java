package org.skycrane.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

class StreamingQuantilesTest {

    private static final int MILLION = 1_000_000;

    /** Touchdown-speed-like values: lognormal, median 0.75 m/s, σ_ln = 0.3, seeded. */
    private static double[] lognormal(long seed, int n) {
        Well19937c random = new Well19937c(seed);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = 0.75 * Math.exp(0.3 * random.nextGaussian());
        }
        return values;
    }

    /** Signed values with some exact zeros: a miss-distance component in metres. */
    private static double[] signed(long seed, int n) {
        Well19937c random = new Well19937c(seed);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = i % 100 == 0 ? 0.0 : 2000 * random.nextGaussian() + 300;
        }
        return values;
    }

    private static StreamingQuantiles of(double[] values) {
        StreamingQuantiles quantiles = new StreamingQuantiles();
        for (double value : values) {
            quantiles.add(value);
        }
        return quantiles;
    }

    /** The documented guarantee: |estimate − exact| ≤ α |exact| (+ the zero threshold). */
    private static void assertWithinGuarantee(double[] values, StreamingQuantiles quantiles, double percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double exact = StreamingQuantiles.nearestRank(sorted, percentile);
        double bound = quantiles.relativeAccuracy() * Math.abs(exact) * (1 + 1e-9) + quantiles.zeroThreshold();
        assertEquals(exact, quantiles.percentile(percentile), bound, "percentile " + percentile);
    }

    @Test
    void percentiles1_50_99OfAMillionValuesAreWithinTheRelativeAccuracy() {
        double[] values = lognormal(42L, MILLION);
        StreamingQuantiles quantiles = of(values);

        assertThat(quantiles.count()).isEqualTo(MILLION);
        for (double p : new double[] {1, 50, 99}) {
            assertWithinGuarantee(values, quantiles, p);
        }
    }

    @Test
    void everyWholePercentileOfSignedValuesIsWithinTheGuarantee() {
        double[] values = signed(43L, 200_000);
        StreamingQuantiles quantiles = of(values);
        double[] sorted = values.clone();
        Arrays.sort(sorted);

        double worst = 0;
        for (int p = 0; p <= 100; p++) {
            assertWithinGuarantee(values, quantiles, p);
            double exact = StreamingQuantiles.nearestRank(sorted, p);
            if (exact != 0) {
                worst = Math.max(worst, Math.abs(quantiles.percentile(p) - exact) / Math.abs(exact));
            }
        }
        assertThat(worst).as("largest relative error seen").isLessThanOrEqualTo(1e-3 * (1 + 1e-9));
    }

    @Test
    void percentilesZeroAndHundredAreTheExactMinimumAndMaximum() {
        double[] values = lognormal(44L, 10_000);
        StreamingQuantiles quantiles = of(values);

        assertEquals(Arrays.stream(values).min().orElseThrow(), quantiles.percentile(0), 0.0, "percentile 0");
        assertEquals(Arrays.stream(values).max().orElseThrow(), quantiles.percentile(100), 0.0, "percentile 100");
    }

    /** Integer bucket counts: any split over threads and any merge order give identical answers. */
    @Test
    void resultsDoNotDependOnArrivalOrSplitOrMergeOrder() {
        double[] values = signed(45L, 100_000);
        StreamingQuantiles inOrder = of(values);

        List<Double> shuffled = new ArrayList<>(Arrays.stream(values).boxed().toList());
        Collections.shuffle(shuffled, new Random(46L));
        List<StreamingQuantiles> parts = new ArrayList<>();
        int[] cuts = {0, 1, 999, 40_000, 40_001, 77_777, 100_000};
        for (int c = 0; c + 1 < cuts.length; c++) {
            StreamingQuantiles part = new StreamingQuantiles();
            shuffled.subList(cuts[c], cuts[c + 1]).forEach(part::add);
            parts.add(part);
        }
        Collections.shuffle(parts, new Random(47L));
        StreamingQuantiles merged = new StreamingQuantiles();
        parts.forEach(merged::merge);

        assertThat(merged.count()).isEqualTo(inOrder.count());
        assertThat(merged.min()).isEqualTo(inOrder.min());
        assertThat(merged.max()).isEqualTo(inOrder.max());
        for (double p = 0; p <= 100; p += 0.25) {
            assertEquals(inOrder.percentile(p), merged.percentile(p), 0.0, "percentile " + p);
        }
    }

    /** Memory follows the value range, not the count: ln(max/min)/ln γ buckets plus growth slack. */
    @Test
    void memoryIsSetByTheValueRangeNotByTheNumberOfValues() {
        StreamingQuantiles quantiles = of(lognormal(48L, MILLION));
        double gamma = (1 + 1e-3) / (1 - 1e-3);
        double needed = Math.log(quantiles.max() / quantiles.min()) / Math.log(gamma);

        assertThat(quantiles.bucketCount()).isLessThanOrEqualTo((int) (1.5 * needed) + 64);
    }

    @Test
    void nearestRankFollowsHyndmanAndFanDefinitionOne() {
        double[] sorted = {10, 20, 30, 40};

        assertEquals(10, StreamingQuantiles.nearestRank(sorted, 0), "p0: rank max(1, 0) = 1");
        assertEquals(10, StreamingQuantiles.nearestRank(sorted, 25), "p25: rank ⌈1⌉ = 1");
        assertEquals(20, StreamingQuantiles.nearestRank(sorted, 50), "p50: rank ⌈2⌉ = 2");
        assertEquals(30, StreamingQuantiles.nearestRank(sorted, 51), "p51: rank ⌈2.04⌉ = 3");
        assertEquals(40, StreamingQuantiles.nearestRank(sorted, 100), "p100: rank 4");
    }

    @Test
    void valuesNearZeroAreReportedAsZeroWithinTheThreshold() {
        StreamingQuantiles quantiles = new StreamingQuantiles(1e-2, 1e-3);
        for (double value : new double[] {-5e-4, 0.0, 2e-4, 7e-4, 5.0}) {
            quantiles.add(value);
        }
        assertEquals(0.0, quantiles.percentile(50), 0.0, "median of a sample mostly within ±1e-3");
        assertEquals(5.0, quantiles.percentile(100), 0.0, "maximum");
    }

    @Test
    void badInputIsRefused() {
        StreamingQuantiles quantiles = new StreamingQuantiles();
        assertThatThrownBy(() -> quantiles.add(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> quantiles.percentile(50)).isInstanceOf(IllegalStateException.class);
        quantiles.add(1);
        assertThatThrownBy(() -> quantiles.percentile(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> quantiles.merge(new StreamingQuantiles(1e-2, 1e-9)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bucket edges");
        assertThatThrownBy(() -> new StreamingQuantiles(0, 1e-9)).isInstanceOf(IllegalArgumentException.class);
    }
}
