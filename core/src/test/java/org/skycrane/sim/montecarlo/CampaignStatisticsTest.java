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
        double n = Double.NaN;
        return new CaseResult(k, 1, Outcome.LANDED, 400, 18.4, 77.4, east, north, Math.hypot(east, north), 0.75, 0,
                90, 1.9, 560, 11000, 10, 60, 2.0, 0.1, true, -1, new double[Draw.ALL.size()], "");
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
