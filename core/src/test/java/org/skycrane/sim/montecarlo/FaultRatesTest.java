package org.skycrane.sim.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skycrane.io.ScenarioReader;
import org.skycrane.scenario.FaultSpec;
import org.skycrane.scenario.Scenario;

/**
 * Faults drawn at the scenario's rates: from the case's own streams (the same on any thread count and
 * in any order), at the stated frequency (binomial bounds), none for the presets, and counted per kind
 * in the summary.
 */
class FaultRatesTest {

    @TempDir
    Path tmp;

    private static Scenario rates(String entries) {
        return ScenarioReader.parse("base: mars2020\nfault_rates:\n" + entries + "\n", "rates.yaml");
    }

    @Test
    void thePresetsDrawNoFaults() {
        for (String preset : List.of("mars2020", "msl")) {
            Scenario s = ScenarioReader.read(preset);
            for (long k = 0; k < 50; k++) {
                assertNull(Case.faults(s, 1, k));
                assertNull(Case.of(s, 1, k).truth().faults(), "case " + k + " of " + preset + " flies no faults");
            }
        }
    }

    @Test
    void drawsAreAPureFunctionOfSeedAndCaseAtTheirStatedRate() {
        Scenario s = rates("  - {kind: engine_out, probability: 0.05, event: POWERED_DESCENT_START}\n"
                + "  - {kind: parachute_failure, probability: 0.5, event: PARACHUTE_DEPLOY}");
        int n = 4000;
        int engineOuts = 0;
        int parachutes = 0;
        Set<Integer> engines = new HashSet<>();
        for (long k = n - 1; k >= 0; k--) {  // in reverse, to show order does not matter
            List<FaultSpec> f = Case.faults(s, 7, k);
            assertEquals(f, Case.faults(s, 7, k), "case " + k + " draws the same twice");
            for (FaultSpec x : f) {
                if (x.kind().equals("engine_out")) {
                    engineOuts++;
                    engines.add(x.engine());
                    assertNull(x.probability());
                } else {
                    parachutes++;
                }
            }
        }
        // binomial: n p ± 4 sqrt(n p (1 − p))
        assertEquals(200, engineOuts, 4 * Math.sqrt(n * 0.05 * 0.95), "engine-outs in " + n + " cases");
        assertEquals(2000, parachutes, 4 * Math.sqrt(n * 0.25), "parachute failures in " + n + " cases");
        assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8), engines, "the engine is drawn over all eight");
    }

    @Test
    void theSummaryCountsSuccessPerFaultKindTheSameOnAnyThreadCount() throws IOException {
        Scenario s = rates("  - {kind: parachute_failure, probability: 0.5, event: PARACHUTE_DEPLOY}");
        String one = campaign(s, tmp.resolve("one"), 1);
        String two = campaign(s, tmp.resolve("two"), 2);
        assertEquals(one, two, "summary.json on one and two threads");
        CampaignStatistics st = CampaignStatistics.of(s, 3, 6, Campaign.casesFile(tmp.resolve("one")));
        long[] failed = st.byFault().get("parachute_failure");
        long[] none = st.byFault().get("none");
        assertEquals(6, failed[0] + none[0], "every case counted once");
        assertTrue(failed[0] > 0 && none[0] > 0, "both kinds drawn in six cases at 0.5 (seed 3)");
        assertEquals(0, failed[1], "no case without a parachute lands");
        assertEquals(none[0], none[1], "the fault-free cases land");
        assertTrue(one.contains("\"success_by_fault\""), one);
    }

    private static String campaign(Scenario s, Path dir, int threads) throws IOException {
        Campaign.Settings settings = new Campaign.Settings(s, 3, 6, threads, dir, CampaignFolder.Start.NEW);
        try (CampaignFolder folder = Campaign.open(settings, "local")) {
            Campaign.run(settings, folder, new AtomicBoolean(), k -> { });
        }
        CampaignStatistics.of(s, 3, 6, Campaign.casesFile(dir)).write(dir);
        return Files.readString(dir.resolve(CampaignStatistics.SUMMARY));
    }
}
