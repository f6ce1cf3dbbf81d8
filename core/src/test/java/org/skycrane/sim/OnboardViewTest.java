package org.skycrane.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.skycrane.flight.EdlEvent;
import org.skycrane.io.ScenarioReader;
import org.skycrane.scenario.Scenario;

/**
 * The flight software decides on what it knows: its Mach number and dynamic pressure come from its
 * navigation solution and its onboard (nominal) atmosphere, never from the dispersed truth. With
 * perfect navigation the onboard and true velocities agree, so the differences below come from the
 * atmosphere alone, and their sizes follow in closed form.
 */
class OnboardViewTest {

    private static EventRecord deploy(String truthOverride) {
        Scenario nominal = ScenarioReader.read("mars2020");
        Scenario truth = ScenarioReader.parse("base: mars2020\n" + truthOverride + "\n", "truth");
        Result r = new Simulation(nominal, Truth.of(truth), FlightOptions.asWritten(false)).run();
        assertEquals(Outcome.LANDED, r.outcome(), r.reason());
        return r.timeline().first(EdlEvent.PARACHUTE_DEPLOY).orElseThrow();
    }

    /**
     * True density ×1.3 at every altitude (temperature unchanged): the onboard dynamic pressure is the
     * truth's over 1.3 (q ∝ ρ at the same velocity), and the Mach numbers are equal (the speed of
     * sound depends on temperature only).
     */
    @Test
    void aDenserTruthDoesNotLeakIntoTheOnboardDeployBox() {
        EventRecord e = deploy("atmosphere: {density_scale: 1.3}");
        assertEquals(e.conditions().dynamicPressure() / 1.3, e.onboard().dynamicPressure(),
                0.01 * e.onboard().dynamicPressure(), "onboard q (Pa) = truth / 1.3 within 1 %");
        assertEquals(e.conditions().mach(), e.onboard().mach(), 1e-9, "onboard Mach = truth (same temperature)");
    }

    /**
     * A 20 m/s headwind in the truth only (the flight software's onboard model is calm): the air
     * flows faster past the vehicle than the calm onboard model believes, so the onboard Mach and
     * dynamic pressure are below the truth's.
     */
    @Test
    void aHeadwindInTheTruthOnlyIsNotSeenOnboard() {
        EventRecord e = deploy("""
                atmosphere:
                  wind:
                    - {altitude_m: -10000.0, east_mps: -20.0, north_mps: 0.0}
                    - {altitude_m: 200000.0, east_mps: -20.0, north_mps: 0.0}""");
        assertTrue(e.onboard().mach() < e.conditions().mach(), "onboard Mach " + e.onboard().mach()
                + " below the truth's " + e.conditions().mach());
        assertTrue(e.onboard().dynamicPressure() < e.conditions().dynamicPressure(), "onboard q "
                + e.onboard().dynamicPressure() + " Pa below the truth's " + e.conditions().dynamicPressure());
        assertEquals(e.conditions().speed(), e.onboard().speed(), 1e-5,
                "error-free nominal sensors: the planet-relative speeds agree to the mechanization's rounding (m/s)");
    }
}
