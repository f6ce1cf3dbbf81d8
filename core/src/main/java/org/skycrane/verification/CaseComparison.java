package org.skycrane.verification;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Skycrane against NASA's family for one check case.
 *
 * @param checkCase  the case
 * @param exclusions tools set aside, with reasons
 * @param quantities one comparison per quantity some family tool publishes
 */
public record CaseComparison(CheckCase checkCase, List<Exclusion> exclusions, List<QuantityComparison> quantities) {

    public CaseComparison {
        Objects.requireNonNull(checkCase, "checkCase");
        exclusions = List.copyOf(exclusions);
        quantities = List.copyOf(quantities);
    }

    /** Whether every quantity passes. */
    public boolean passes() {
        return quantities.stream().allMatch(QuantityComparison::passes);
    }

    /** The comparison of {@code quantity}, if any tool of the family publishes it. */
    public Optional<QuantityComparison> of(Quantity quantity) {
        return quantities.stream().filter(q -> q.quantity() == quantity).findFirst();
    }
}
