package org.skycrane.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.skycrane.flight.EdlEvent;
import org.skycrane.io.ScenarioReader;

/** Sequencer behaviour at the edges of its triggers. */
class TriggerTest {

    /**
     * The known pitfall: a trigger whose condition already holds when its arc starts never changes
     * sign. A straighten-up speed above the entry speed must fire at entry interface.
     */
    @Test
    void aConditionThatAlreadyHoldsFiresAtOnce() {
        var scenario = ScenarioReader.parse("""
                base: mars2020
                guidance: {mode: open_loop}
                sequence:
                  straighten_up: {speed_mps: 9000.0}
                  parachute_deploy: {trigger: velocity}
                """, "test");
        Result r = Simulation.run(scenario, false);
        assertEquals(0.0, r.timeline().timeOf(EdlEvent.SUFR_START), 1e-12,
                "straighten-up time (s): fired at once at entry interface");
    }

    /** A parachute that never deploys: the vehicle hits the ground and the run says so. */
    @Test
    void noDeployTriggerEndsInACrash() {
        var scenario = ScenarioReader.parse("""
                base: msl
                sequence:
                  parachute_deploy: {trigger: none}
                """, "test");
        Result r = Simulation.run(scenario, false);
        assertEquals(Outcome.CRASHED, r.outcome(), r.reason());
        assertEquals(false, r.timeline().has(EdlEvent.PARACHUTE_DEPLOY), "no deploy recorded");
    }

    /** A scenario whose guidance reference cannot land says so as a named outcome, not an exception. */
    @Test
    void anUnguidableScenarioIsANamedOutcome() {
        var scenario = ScenarioReader.parse("""
                base: mars2020
                sequence:
                  straighten_up: {speed_mps: 9000.0}
                """, "test");
        Result r = Simulation.run(scenario, false);
        assertEquals(Outcome.GUIDANCE_DESIGN_FAILURE, r.outcome(), r.reason());
    }

    /** A run that diverges stops with NUMERICAL_FAILURE and keeps what it had recorded. */
    @Test
    void aDivergingRunKeepsItsEventsAndSaysWhy() {
        var scenario = ScenarioReader.parse("""
                base: mars2020
                guidance: {mode: open_loop}
                sequence: {parachute_deploy: {trigger: velocity}}
                atmosphere: {model: exponential, surface_density_kg_per_m3: 0.02, scale_height_m: 1.0, temperature_k: 200.0}
                """, "test");
        Result r = Simulation.run(scenario, true);
        assertEquals(Outcome.NUMERICAL_FAILURE, r.outcome());
        assertEquals(EdlEvent.ENTRY_INTERFACE, r.timeline().records().get(0).event(), "events so far are kept");
        assertEquals(true, r.reason() != null && !r.reason().isBlank(), "a reason is given: " + r.reason());
    }
}
