package org.skycrane.verification;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The comparison end to end on a reference flight of each shipped case by the test-only
 * {@link DroppedSphereHarness}: every case must pass against NASA's family by the comparison's own
 * rule. The table is written to {@code target/nesc-reference-flight.txt} for reading.
 */
class NescReferenceFlightTest {

    @Test
    void referenceFlightOfEveryShippedCasePassesAgainstNasasFamily() throws IOException {
        List<CaseComparison> results = new ArrayList<>();
        for (CheckCase checkCase : NescCases.all()) {
            results.add(NescComparison.compare(checkCase, new DroppedSphereHarness(checkCase)));
        }
        String table = VerificationReport.table(results);
        Files.writeString(Path.of("target", "nesc-reference-flight.txt"), table, StandardCharsets.UTF_8);
        Files.writeString(Path.of("target", "nesc-reference-flight.json"),
                VerificationReport.toJson(results, false).toPrettyString(), StandardCharsets.UTF_8);
        for (CaseComparison c : results) {
            for (QuantityComparison q : c.quantities()) {
                int w = q.indexOfWorstRatio();
                assertTrue(q.passes(), "case " + c.checkCase().number() + " " + q.quantity().label() + ": |Δ| "
                        + q.difference(w) + " " + q.quantity().unit() + " at " + q.time(w) + " s exceeds the allowed "
                        + q.allowed(w) + " (family spread or floor)\n" + table);
            }
        }
    }
}
