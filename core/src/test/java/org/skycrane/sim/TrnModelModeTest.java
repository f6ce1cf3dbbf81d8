package org.skycrane.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.skycrane.flight.EdlEvent;
import org.skycrane.io.ScenarioReader;
import org.skycrane.scenario.Scenario;

/**
 * Model mode flies the pointing model of docs/trn.md: the LVS solution's error is the filter's
 * attitude error φ projected over the true height above the ground (east −h·φ_N, north h·φ_E, the
 * geometry's gain 1), plus a bias and a Gaussian scatter per axis; and with the no-solution
 * probability there is no solution and no divert. With the scatter set to zero the solution's error
 * is the closed form: bias plus pointing term, less what the filter's prior (kilometres of 1σ against
 * the fix's own 1σ and its pointing term, about 4 m together) keeps of its own error, a fraction
 * (4 m / σ_prior)² of it, well under a centimetre.
 */
class TrnModelModeTest {

    private static Scenario scenario(String extra) {
        return ScenarioReader.parse("base: mars2020\nname: trn-model\ntrn:\n  mode: model\n" + extra, "trn-model.yaml");
    }

    @Test
    void withoutScatterTheSolutionsErrorIsTheBiasPlusThePointingTerm() {
        double biasEast = 7.0;
        double biasNorth = -4.0;
        Result r = Simulation.run(scenario("  model_bias_east_m: " + biasEast + "\n  model_bias_north_m: " + biasNorth
                + "\n  model_scatter_east_m: 0.0\n  model_scatter_north_m: 0.0\n  model_failure_probability: 0.0\n"), true);
        assertEquals(Outcome.LANDED, r.outcome(), r.reason());
        double t = r.trn().solutionTime();
        assertFalse(Double.isNaN(t), "a solution");
        NavigationSample at = NavigationSample.at(r.navigation(), t);
        double h = TrajectorySample.heightAboveGroundAt(r.trajectory(), t);
        double[] phi = at.attitudeErrorNed();
        // the pointing term is metres (h ~ 4 km, φ ~ 1 mrad); the closed form holds to 2 cm
        assertEquals(biasEast - h * phi[0], at.error()[1], 0.02, "east error (m), pointing term " + (-h * phi[0]));
        assertEquals(biasNorth + h * phi[1], at.error()[0], 0.02, "north error (m), pointing term " + (h * phi[1]));
        // the filter's 1σ north after the fix: the fix's stated 1σ with the pointing term h·σ(φ_E) added
        // (NavigationFilterTest has the closed form). The attitude 1σ that explains it must lie within a factor
        // of three of the nominal filter's 0.9 mrad tilt 1σ at the solution (docs/navigation.md)
        double stated = ScenarioReader.read("mars2020").trn().modelSigma();
        double pointingSigma = Math.sqrt(at.sigma()[0] * at.sigma()[0] - stated * stated) / h;
        assertTrue(pointingSigma > 0.3e-3 && pointingSigma < 2.7e-3, "attitude 1σ behind the fix's 1σ of "
                + at.sigma()[0] + " m: " + pointingSigma + " rad");
    }

    @Test
    void withTheFailureProbabilityOneThereIsNoSolutionAndNoDivert() {
        Result r = Simulation.run(scenario("  model_failure_probability: 1.0\n"), false);
        assertEquals(Outcome.LANDED, r.outcome(), r.reason());
        assertFalse(r.timeline().has(EdlEvent.LVS_SOLUTION));
        assertTrue(r.timeline().records().stream().anyMatch(e -> e.event() == EdlEvent.FAULT_DETECTED
                && e.trigger().equals("LVS: no valid solution after 8 images")), "the LVS's failure is detected");
        assertNull(r.trn().safeTarget());
    }

    @Test
    void thePresetSolvesAndDiverts() {
        Result r = Simulation.run(ScenarioReader.read("mars2020"), false);
        assertTrue(r.timeline().has(EdlEvent.LVS_SOLUTION));
        assertNotNull(r.trn().safeTarget());
        assertEquals(1, r.trn().fused(), "model mode fuses one drawn fix, whatever the images it stands for");
    }
}
