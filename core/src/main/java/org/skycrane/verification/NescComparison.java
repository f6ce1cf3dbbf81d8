package org.skycrane.verification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a flown trajectory with NASA's family for one check case: screen the tools
 * ({@link Screening}), then for each {@link Quantity} take the tools that publish it and were not set
 * aside, their common sample times within the case's duration, and at each time the family's median
 * (the mean of the two middle values for an even count), its spread and Skycrane's value.
 */
public final class NescComparison {

    private NescComparison() {
    }

    /** Compares {@code skycrane} with NASA's shipped histories of {@code checkCase}. */
    public static CaseComparison compare(CheckCase checkCase, Trajectory skycrane) {
        return compare(checkCase, checkCase.histories(), skycrane);
    }

    /** Compares {@code skycrane} with the given histories of {@code checkCase}. */
    public static CaseComparison compare(CheckCase checkCase, List<ToolHistory> histories, Trajectory skycrane) {
        List<Exclusion> exclusions = Screening.screen(checkCase, histories);
        Map<Long, TrajectorySample> samples = new HashMap<>();
        List<QuantityComparison> results = new ArrayList<>();
        for (Quantity quantity : Quantity.values()) {
            List<ToolHistory> family = histories.stream()
                    .filter(h -> h.has(quantity.column()))
                    .filter(h -> exclusions.stream().noneMatch(e -> e.tool().equals(h.tool()) && e.coversAlways(quantity)))
                    .toList();
            if (family.isEmpty()) {
                continue;
            }
            List<Double> times = commonTimes(checkCase, family);
            if (times.isEmpty()) {
                continue;
            }
            List<double[]> rows = new ArrayList<>();
            for (double time : times) {
                double[] values = family.stream()
                        .filter(h -> exclusions.stream().noneMatch(e -> e.tool().equals(h.tool()) && e.covers(quantity, time)))
                        .mapToDouble(h -> h.value(quantity.column(), h.indexOf(time))).toArray();
                if (values.length == 0) {
                    continue;
                }
                double median = median(values);
                double spread = 0;
                for (double v : values) {
                    spread = Math.max(spread, Math.abs(v - median));
                }
                TrajectorySample sample = samples.computeIfAbsent(Math.round(time * 1e6), key -> skycrane.at(time));
                rows.add(new double[] {time, median, spread, quantity.of(sample), quantity.floor(sample, checkCase)});
            }
            double[][] columns = new double[5][rows.size()];
            for (int k = 0; k < rows.size(); k++) {
                for (int c = 0; c < 5; c++) {
                    columns[c][k] = rows.get(k)[c];
                }
            }
            results.add(new QuantityComparison(quantity, family.stream().map(ToolHistory::tool).toList(), columns[0],
                    columns[1], columns[2], columns[3], columns[4]));
        }
        return new CaseComparison(checkCase, exclusions, results);
    }

    /** Times of the first family member within the duration that every member publishes (within 1 µs). */
    private static List<Double> commonTimes(CheckCase checkCase, List<ToolHistory> family) {
        List<Double> times = new ArrayList<>();
        ToolHistory first = family.get(0);
        for (int i = 0; i < first.size(); i++) {
            double time = first.time(i);
            if (time < -1e-6 || time > checkCase.duration() + 1e-6) {
                continue;
            }
            if (family.stream().allMatch(h -> h.indexOf(time) >= 0)) {
                times.add(Math.round(time * 1e6) / 1e6);
            }
        }
        return times;
    }

    /** Median of {@code values}: the middle one, or the mean of the two middle ones. */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }
}
