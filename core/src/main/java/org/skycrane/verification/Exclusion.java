package org.skycrane.verification;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A NASA tool set aside from the family, for some quantities, at all times or at one sample, with
 * the measured reason.
 *
 * @param tool       NASA's tool name
 * @param quantities the quantities it is set aside from
 * @param time       the one sample time it covers (s), or NaN for all times
 * @param reason     what the data show, with numbers and units
 */
public record Exclusion(String tool, Set<Quantity> quantities, double time, String reason) {

    /** Every compared quantity: the tool solved a different problem. */
    public static final Set<Quantity> ALL = Set.copyOf(EnumSet.allOf(Quantity.class));
    /** Density, speed of sound, Mach and dynamic pressure. */
    public static final Set<Quantity> AIR_DATA = Set.copyOf(EnumSet.allOf(Quantity.class).stream()
            .filter(Quantity::airData).collect(Collectors.toSet()));

    public Exclusion {
        Objects.requireNonNull(tool, "tool");
        quantities = Set.copyOf(quantities);
        Objects.requireNonNull(reason, "reason");
    }

    /** Set aside from {@code quantities} at all times. */
    public static Exclusion always(String tool, Set<Quantity> quantities, String reason) {
        return new Exclusion(tool, quantities, Double.NaN, reason);
    }

    /** Whether the tool's value of {@code quantity} at {@code t} (s) is set aside. */
    public boolean covers(Quantity quantity, double t) {
        return quantities.contains(quantity) && (Double.isNaN(time) || Math.abs(t - time) <= 1e-6);
    }

    /** Whether the tool is set aside from {@code quantity} at every time. */
    public boolean coversAlways(Quantity quantity) {
        return quantities.contains(quantity) && Double.isNaN(time);
    }

    /** What is set aside, in words: "all quantities", "air data" or the quantities' labels, and when. */
    public String scope() {
        String what = quantities.equals(ALL) ? "all quantities" : quantities.equals(AIR_DATA) ? "air data"
                : quantities.stream().sorted().map(Quantity::label).collect(Collectors.joining(" and "));
        return Double.isNaN(time) ? what : what + " at t = " + time + " s";
    }
}
