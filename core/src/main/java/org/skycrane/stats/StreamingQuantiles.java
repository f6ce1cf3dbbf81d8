package org.skycrane.stats;

import java.util.Arrays;

/**
 * Percentiles of a stream of values with bounded memory, mergeable across threads with a result
 * that does not depend on arrival or merge order.
 *
 * <p>Values are counted in logarithmic buckets with fixed edges: bucket i holds magnitudes in
 * (γ^(i−1), γ^i], γ = (1 + α)/(1 − α), and is reported as 2γ^i/(γ + 1), which is within a
 * relative error α of every value in it. This is the DDSketch of Masson, Rim &amp; Lee (2019),
 * "DDSketch: a fast and fully-mergeable quantile sketch with relative-error guarantees", PVLDB
 * 12(12):2195-2205, with a dense store. Negative values use mirrored buckets; magnitudes at or below
 * {@code zeroThreshold} share one bucket reported as 0.
 *
 * <p><b>Guarantee.</b> For a percentile p the exact answer is the value of rank
 * r = max(1, ⌈p·n/100⌉) in the sorted sample (nearest rank; Hyndman &amp; Fan 1996, definition 1),
 * see {@link #nearestRank(double[], double)}. The estimate x̃ satisfies |x̃ − x| ≤ α|x| when
 * |x| > {@code zeroThreshold}, and |x̃ − x| ≤ {@code zeroThreshold} otherwise. The smallest and
 * largest values are kept exactly: ranks 1 and n (so percentiles 0 and 100) return them, and every
 * estimate is clamped between them.
 *
 * <p><b>Why this and not the alternatives.</b> Jain &amp; Chlamtac's P² (1985) uses five markers
 * per percentile but its answer depends on arrival order and partial results cannot be merged, so
 * a multi-threaded campaign would not be reproducible. Sorting every value is exact, but needs
 * 8 bytes per case per quantity in memory, or a second pass over the cases file (which
 * {@link #nearestRank} supports when exact figures are wanted for a report). Here the counts are
 * integers, so adding and merging commute exactly: any split of the cases over threads and any
 * merge order give identical buckets and therefore identical percentiles. Memory is one {@code long}
 * per bucket between the smallest and largest magnitude seen: ln(max/min)/ln γ buckets, about
 * 11,500 (92 kB) for six decades at the default α = 0.1 %, whatever the number of values.
 * Bucket indices use {@link StrictMath#log} so they are the same on every JVM.
 *
 * <p>Not thread-safe: give each thread its own instance and {@link #merge} them.
 */
public final class StreamingQuantiles {

    /** Default relative accuracy α: 0.1 %. */
    public static final double DEFAULT_RELATIVE_ACCURACY = 1e-3;

    /** Default magnitude at or below which a value counts as zero: 1e-9, in the unit of the values. */
    public static final double DEFAULT_ZERO_THRESHOLD = 1e-9;

    private final double relativeAccuracy;
    private final double zeroThreshold;
    private final double logGamma;
    private final Store positive = new Store();
    private final Store negative = new Store();
    private long zeroCount;
    private long count;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /** Quantiles with the default accuracy (0.1 %) and zero threshold (1e-9). */
    public StreamingQuantiles() {
        this(DEFAULT_RELATIVE_ACCURACY, DEFAULT_ZERO_THRESHOLD);
    }

    /**
     * @param relativeAccuracy α in [1e-6, 0.5]: the guaranteed relative error of every percentile
     * @param zeroThreshold    magnitude (in the unit of the values, &gt; 0) at or below which a
     *                         value is counted as zero; sets the absolute error near zero
     */
    public StreamingQuantiles(double relativeAccuracy, double zeroThreshold) {
        if (!(relativeAccuracy >= 1e-6 && relativeAccuracy <= 0.5)) {     // 1e-6 keeps bucket indices within int
            throw new IllegalArgumentException("relative accuracy must be in [1e-6, 0.5]: " + relativeAccuracy);
        }
        if (!(zeroThreshold > 0) || Double.isInfinite(zeroThreshold)) {
            throw new IllegalArgumentException("zero threshold must be positive and finite: " + zeroThreshold);
        }
        this.relativeAccuracy = relativeAccuracy;
        this.zeroThreshold = zeroThreshold;
        this.logGamma = StrictMath.log((1 + relativeAccuracy) / (1 - relativeAccuracy));
    }

    /** Counts one value; NaN and infinities are refused (filter failed cases before). */
    public void add(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite: " + value);
        }
        if (value > zeroThreshold) {
            positive.increment(index(value), 1);
        } else if (value < -zeroThreshold) {
            negative.increment(index(-value), 1);
        } else {
            zeroCount++;
        }
        count++;
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    /**
     * Adds the counts of {@code other} to this one. Both must have the same relative accuracy and
     * zero threshold; {@code other} is not changed.
     */
    public void merge(StreamingQuantiles other) {
        if (other.relativeAccuracy != relativeAccuracy || other.zeroThreshold != zeroThreshold) {
            throw new IllegalArgumentException("cannot merge quantiles with different bucket edges: alpha "
                    + relativeAccuracy + " vs " + other.relativeAccuracy + ", zero threshold "
                    + zeroThreshold + " vs " + other.zeroThreshold);
        }
        positive.addAll(other.positive);
        negative.addAll(other.negative);
        zeroCount += other.zeroCount;
        count += other.count;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }

    /** Number of values counted. */
    public long count() {
        return count;
    }

    /** Smallest value counted, exactly; +∞ when empty. */
    public double min() {
        return min;
    }

    /** Largest value counted, exactly; −∞ when empty. */
    public double max() {
        return max;
    }

    /** α, the guaranteed relative error. */
    public double relativeAccuracy() {
        return relativeAccuracy;
    }

    /** Magnitude at or below which values count as zero. */
    public double zeroThreshold() {
        return zeroThreshold;
    }

    /** Number of buckets held in memory (a {@code long} each). */
    public int bucketCount() {
        return positive.counts.length + negative.counts.length + 1;
    }

    /**
     * The {@code percentile}-th percentile, p in [0, 100], within the guarantee in the class
     * description of the exact nearest-rank value.
     *
     * @throws IllegalStateException when no value was counted
     */
    public double percentile(double percentile) {
        long rank = rank(percentile, count);
        if (count == 0) {
            throw new IllegalStateException("no values counted");
        }
        if (rank == 1) {
            return min;
        }
        if (rank == count) {
            return max;
        }
        return Math.max(min, Math.min(max, locate(rank)));
    }

    /**
     * The exact nearest-rank percentile of an ascending array: the value of rank
     * max(1, ⌈p·n/100⌉) (Hyndman &amp; Fan 1996, <i>The American Statistician</i> 50(4):361-365,
     * definition 1). For a final exact pass over values read back from a cases file.
     *
     * @param sorted     values in ascending order, at least one
     * @param percentile p in [0, 100]
     */
    public static double nearestRank(double[] sorted, double percentile) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        return sorted[(int) rank(percentile, sorted.length) - 1];
    }

    /** 1-based nearest rank of percentile p among n values. p·n is exact for integer p and n < 2⁵³. */
    private static long rank(double percentile, long n) {
        if (!(percentile >= 0 && percentile <= 100)) {
            throw new IllegalArgumentException("percentile must be in [0, 100]: " + percentile);
        }
        return Math.max(1L, (long) Math.ceil(percentile * n / 100.0));
    }

    private int index(double magnitude) {
        return (int) Math.ceil(StrictMath.log(magnitude) / logGamma);
    }

    /** Representative value of bucket i: 2γ^i/(γ + 1), within α of every magnitude in (γ^(i−1), γ^i]. */
    private double representative(int index) {
        double gamma = StrictMath.exp(logGamma);
        return 2 * StrictMath.exp(index * logGamma) / (gamma + 1);
    }

    /** Value of the bucket holding the value of 1-based {@code rank}, walking from the most negative. */
    private double locate(long rank) {
        long seen = 0;
        for (int i = negative.counts.length - 1; i >= 0; i--) {
            seen += negative.counts[i];
            if (seen >= rank) {
                return -representative(negative.offset + i);
            }
        }
        seen += zeroCount;
        if (seen >= rank) {
            return 0.0;
        }
        for (int i = 0; i < positive.counts.length; i++) {
            seen += positive.counts[i];
            if (seen >= rank) {
                return representative(positive.offset + i);
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond count " + count);
    }

    /**
     * Dense counts for bucket indices offset .. offset + counts.length − 1. Grows by at least half
     * its length at a time, so a stream that widens its range one bucket at a time stays linear.
     */
    private static final class Store {
        long[] counts = new long[0];
        int offset;

        void increment(int index, long amount) {
            if (counts.length == 0) {
                counts = new long[16];
                offset = index - 8;
            } else if (index < offset) {
                int extra = Math.max(offset - index, counts.length / 2);
                long[] grown = new long[counts.length + extra];
                System.arraycopy(counts, 0, grown, extra, counts.length);
                counts = grown;
                offset -= extra;
            } else if (index >= offset + counts.length) {
                int extra = Math.max(index - offset - counts.length + 1, counts.length / 2);
                counts = Arrays.copyOf(counts, counts.length + extra);
            }
            counts[index - offset] += amount;
        }

        void addAll(Store other) {
            for (int i = 0; i < other.counts.length; i++) {
                if (other.counts[i] != 0) {
                    increment(other.offset + i, other.counts[i]);
                }
            }
        }
    }
}
