package org.skycrane.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The {@code capacity} worst cases of one quantity, with their case numbers, in O(capacity) memory.
 * "Worst" is the largest value ({@link #largest}, e.g. miss distance, touchdown speed) or the
 * smallest ({@link #smallest}, e.g. propellant left). Among equal values the smaller case number
 * ranks as worse.
 *
 * <p>That rule makes the ranking a strict total order on (value, case), so the kept set is the same
 * whatever order cases arrive in and however partial results from threads are merged, provided
 * each case number is offered once. Values compare as {@link Double#compare} does (−0.0 below 0.0).
 *
 * <p>Not thread-safe: give each thread its own instance and {@link #merge} them.
 */
public final class WorstCases {

    /**
     * One case and its value of the quantity.
     *
     * @param caseId case number in the campaign
     * @param value  of the quantity, in its own unit
     */
    public record Entry(long caseId, double value) {}

    private final int capacity;
    private final boolean largestIsWorst;
    private final Comparator<Entry> worseFirst;
    /** Heap with the least bad kept entry at its head, so it is the one to drop. */
    private final PriorityQueue<Entry> kept;

    private WorstCases(int capacity, boolean largestIsWorst) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
        this.largestIsWorst = largestIsWorst;
        Comparator<Entry> byValue = Comparator.comparingDouble(Entry::value);
        this.worseFirst = (largestIsWorst ? byValue.reversed() : byValue)
                .thenComparingLong(Entry::caseId);
        this.kept = new PriorityQueue<>(capacity + 1, worseFirst.reversed());
    }

    /** Keeps the {@code capacity} cases with the largest values. */
    public static WorstCases largest(int capacity) {
        return new WorstCases(capacity, true);
    }

    /** Keeps the {@code capacity} cases with the smallest values. */
    public static WorstCases smallest(int capacity) {
        return new WorstCases(capacity, false);
    }

    /** Offers case {@code caseId} with {@code value}; NaN is refused (a failed case has no value). */
    public void offer(long caseId, double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("value of case " + caseId + " is NaN");
        }
        offer(new Entry(caseId, value));
    }

    private void offer(Entry entry) {
        if (kept.size() < capacity) {
            kept.add(entry);
        } else if (worseFirst.compare(entry, kept.peek()) < 0) {
            kept.poll();
            kept.add(entry);
        }
    }

    /** Offers every case kept by {@code other}, which must rank the same way; {@code other} is not changed. */
    public void merge(WorstCases other) {
        if (other.largestIsWorst != largestIsWorst) {
            throw new IllegalArgumentException("cannot merge largest-worst with smallest-worst cases");
        }
        for (Entry entry : other.kept) {
            offer(entry);
        }
    }

    /** The kept cases, worst first. */
    public List<Entry> worst() {
        List<Entry> sorted = new ArrayList<>(kept);
        sorted.sort(worseFirst);
        return List.copyOf(sorted);
    }

    /** Maximum number of cases kept. */
    public int capacity() {
        return capacity;
    }

    /** Number of cases kept so far, at most {@link #capacity()}. */
    public int size() {
        return kept.size();
    }

    /** Whether larger values are worse. */
    public boolean largestIsWorst() {
        return largestIsWorst;
    }
}
