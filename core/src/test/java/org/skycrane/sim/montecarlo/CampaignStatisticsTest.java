package org.skycrane.sim.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skycrane.io.ScenarioReader;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.Outcome;

/** The statistics say what they hold: the fitted normal's 99 % ellipse beside the one holding 99 % of the cases. */
class CampaignStatisticsTest {

    @TempDir
    Path dir;

    private static CaseResult landing(long k, double east, double north) {
        return landing(k, east, north, Outcome.LANDED, true);
    }

    private static CaseResult landing(long k, double east, double north, Outcome outcome, boolean safe) {
        return new CaseResult(k, 1, outcome, 400, 18.4, 77.4, east, north, Math.hypot(east, north), 0.75, 0,
                90, 1.9, 560, 11000, 10, 60, 2.0, safe ? 0.1 : 0.8, safe, -1, new double[Draw.ALL.size()], "");
    }

    /**
     * 100 cases: 70 landed safe, 20 landed unsafe, 10 crashed after a safe touchdown (not counted):
     * p = 0.70, binomial standard error √(0.7 × 0.3 / 100) = 0.045826; the row's safety reads back.
     */
    @Test
    void landingSafetyIsTheShareOfSafeLandingsWithItsBinomialError() throws IOException {
        List<String> rows = new ArrayList<>(List.of(CaseResult.header()));
        for (int k = 0; k < 100; k++) {
            CaseResult c = landing(k, k, -k, k < 90 ? Outcome.LANDED : Outcome.CRASHED, k < 70 || k >= 90);
            assertEquals(c.safe(), CaseResult.parse(c.toCsv()).safe(), "touchdown_safe round trip");
            rows.add(c.toCsv());
        }
        Path file = dir.resolve(CasesFile.NAME);
        Files.write(file, rows, StandardCharsets.UTF_8);
        CampaignStatistics st = CampaignStatistics.of(ScenarioReader.read("mars2020"), 1, 100, file);
        assertEquals(70, st.safeLandings(), "safe landings");
        assertEquals(0.70, st.landingSafety(), 1e-15, "probability");
        assertEquals(Math.sqrt(0.7 * 0.3 / 100), st.landingSafetyError(), 1e-15, "standard error");
        assertThat(st.toJson()).contains("\"landing_safety\"").contains("\"probability\" : 0.7");
    }

    /**
     * Heavy tails, as after the powered-descent divert: 950 points normal with σ = 100 m and 50 thrown
     * 1 km out. The fitted normal's 99 % contour holds fewer than 99 % of them; the empirical ellipse
     * holds, by nearest rank, exactly ⌈0.99 × 1000⌉ = 990 (the distances are distinct).
     */
    @Test
    void theEmpiricalEllipseHolds99PercentWhereTheFittedNormalsDoesNot() throws IOException {
        SplittableRandom r = new SplittableRandom(7);
        List<String> rows = new ArrayList<>(List.of(CaseResult.header()));
        for (int k = 0; k < 1000; k++) {
            double angle = 2 * Math.PI * r.nextDouble();
            double radius = k % 20 == 0 ? 1000 + 50 * r.nextDouble() : 0;
            rows.add(landing(k, 100 * r.nextGaussian() + radius * Math.cos(angle),
                    100 * r.nextGaussian() + radius * Math.sin(angle)).toCsv());
        }
        Path file = dir.resolve(CasesFile.NAME);
        Files.write(file, rows, StandardCharsets.UTF_8);
        Scenario s = ScenarioReader.read("mars2020");
        CampaignStatistics st = CampaignStatistics.of(s, 1, 1000, file);
        assertThat(st.inside99()).as("share inside the fitted normal's 99 % ellipse").isLessThan(0.99);
        assertEquals(0.990, st.insideOfCases(), 1e-12, "share inside the empirical ellipse (nearest rank)");
        assertThat(st.ofCases().majorAxis()).as("the empirical ellipse is larger").isGreaterThan(st.fit().ellipse99().majorAxis());
        assertEquals(st.fit().ellipse99().azimuth(), st.ofCases().azimuth(), 1e-12, "same shape and azimuth (rad)");
        assertThat(st.toJson()).contains("\"ellipse_99_fitted_normal\"").contains("\"ellipse_99_of_cases\"");
    }

    @Test
    void aCaseThatThrewReadsBackAsErrorWithItsReasonAndFailsTheOutcomeCriterion() {
        CaseResult e = CaseResult.failed(3, 1, new double[Draw.ALL.size()], -1,
                CaseResult.describe(new IllegalStateException("no \"value\", here")));
        CaseResult back = CaseResult.parse(e.toCsv());
        assertEquals(Outcome.ERROR, back.outcome());
        assertEquals("java.lang.IllegalStateException: no \"value\", here", back.reason());
        assertEquals(List.of("outcome"), Criteria.of(ScenarioReader.read("mars2020")).failed(back));
    }
}
