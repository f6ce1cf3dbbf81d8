package org.skycrane.verification;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * One NASA tool's time history for one check case, in SI units. Columns are named as in NASA's
 * header with the unit taken out ({@code feVelocity_ft_s_X} becomes {@code feVelocity_X}, in m/s;
 * {@code latitude_deg} becomes {@code latitude}, in rad).
 */
public final class ToolHistory {

    private final String tool;
    private final double[] times;
    private final Map<String, double[]> columns;

    /**
     * @param tool    NASA's anonymised name, for example {@code sim_04}
     * @param times   sample times (s)
     * @param columns SI values by column name, each as long as {@code times}
     */
    public ToolHistory(String tool, double[] times, Map<String, double[]> columns) {
        this.tool = Objects.requireNonNull(tool, "tool");
        this.times = times.clone();
        this.columns = new TreeMap<>();
        columns.forEach((name, values) -> {
            if (values.length != times.length) {
                throw new IllegalArgumentException(tool + ": column " + name + " has " + values.length
                        + " values for " + times.length + " times");
            }
            this.columns.put(name, values.clone());
        });
    }

    /** NASA's anonymised tool name. */
    public String tool() {
        return tool;
    }

    /** Number of samples. */
    public int size() {
        return times.length;
    }

    /** Time of sample {@code i} (s). */
    public double time(int i) {
        return times[i];
    }

    /** Whether the tool publishes {@code column}. */
    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /** Names of the columns (without time). */
    public Set<String> columnNames() {
        return columns.keySet();
    }

    /** SI value of {@code column} at sample {@code i}. */
    public double value(String column, int i) {
        double[] values = columns.get(column);
        if (values == null) {
            throw new IllegalArgumentException(tool + " publishes no column " + column);
        }
        return values[i];
    }

    /** Index of the sample at {@code time} (s) within 1 µs, or −1. */
    public int indexOf(double time) {
        for (int i = 0; i < times.length; i++) {
            if (Math.abs(times[i] - time) <= 1e-6) {
                return i;
            }
        }
        return -1;
    }
}
