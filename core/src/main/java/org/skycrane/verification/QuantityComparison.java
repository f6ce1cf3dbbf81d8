package org.skycrane.verification;

import java.util.List;
import java.util.Objects;

/**
 * Skycrane against NASA's family for one quantity of one case, at the common times: the family's
 * median, its spread (the largest distance of a family tool from the median), Skycrane's value and
 * the floor. Skycrane passes at a time when its distance from the median is at most the larger of
 * the spread and the floor.
 */
public final class QuantityComparison {

    private final Quantity quantity;
    private final List<String> family;
    private final double[] times;
    private final double[] median;
    private final double[] spread;
    private final double[] skycrane;
    private final double[] floor;

    /**
     * @param quantity the quantity
     * @param family   the tools whose values make the median
     * @param times    common times (s)
     * @param median   family median at each time (SI)
     * @param spread   largest |tool − median| at each time
     * @param skycrane Skycrane's value at each time
     * @param floor    the floor at each time
     */
    public QuantityComparison(Quantity quantity, List<String> family, double[] times, double[] median,
                              double[] spread, double[] skycrane, double[] floor) {
        this.quantity = Objects.requireNonNull(quantity, "quantity");
        this.family = List.copyOf(family);
        int n = times.length;
        if (n == 0 || median.length != n || spread.length != n || skycrane.length != n || floor.length != n) {
            throw new IllegalArgumentException(quantity + ": series must be equally long and not empty");
        }
        this.times = times.clone();
        this.median = median.clone();
        this.spread = spread.clone();
        this.skycrane = skycrane.clone();
        this.floor = floor.clone();
    }

    public Quantity quantity() {
        return quantity;
    }

    /** Tools in the family, in NASA's order. */
    public List<String> family() {
        return family;
    }

    /** Number of common times. */
    public int size() {
        return times.length;
    }

    public double time(int i) {
        return times[i];
    }

    public double median(int i) {
        return median[i];
    }

    public double spread(int i) {
        return spread[i];
    }

    public double skycrane(int i) {
        return skycrane[i];
    }

    public double floor(int i) {
        return floor[i];
    }

    /** |Skycrane − median| at time {@code i}. */
    public double difference(int i) {
        return Math.abs(skycrane[i] - median[i]);
    }

    /** What Skycrane may differ by at time {@code i}: the larger of the spread and the floor. */
    public double allowed(int i) {
        return Math.max(spread[i], floor[i]);
    }

    /** Whether Skycrane is within the allowed difference at every common time. */
    public boolean passes() {
        for (int i = 0; i < times.length; i++) {
            if (!(difference(i) <= allowed(i))) {
                return false;
            }
        }
        return true;
    }

    /** Index of the common time of the largest difference. */
    public int indexOfMaxDifference() {
        int worst = 0;
        for (int i = 1; i < times.length; i++) {
            if (difference(i) > difference(worst)) {
                worst = i;
            }
        }
        return worst;
    }

    /** Index of the common time where the difference uses the largest share of what is allowed. */
    public int indexOfWorstRatio() {
        int worst = 0;
        for (int i = 1; i < times.length; i++) {
            if (ratio(i) > ratio(worst)) {
                worst = i;
            }
        }
        return worst;
    }

    /** Difference over allowed difference at time {@code i}: at most 1 to pass. */
    public double ratio(int i) {
        double d = difference(i);
        return d == 0 ? 0 : d / allowed(i);
    }

    /** Skycrane's largest difference from the median. */
    public double maxDifference() {
        return difference(indexOfMaxDifference());
    }

    /** The family's largest spread over the common times. */
    public double maxSpread() {
        double max = 0;
        for (double s : spread) {
            max = Math.max(max, s);
        }
        return max;
    }
}
