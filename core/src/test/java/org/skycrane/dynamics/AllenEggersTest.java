package org.skycrane.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skycrane.flight.EdlEvent;
import org.skycrane.io.ScenarioReader;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.EventRecord;
import org.skycrane.sim.Result;
import org.skycrane.sim.Simulation;
import org.skycrane.sim.TrajectorySample;

/**
 * Allen &amp; Eggers (1958), NACA Report 1381: ballistic entry, exponential atmosphere ρ₀e^(−h/H), no
 * gravity, no lift, constant flight-path angle γ. Closed forms, with β = m / (C_D A):
 * V(h) = V_E exp(−(ρ(h) − ρ(h_E)) H / (2 β sin|γ|)); peak deceleration V_E² sin|γ| / (2 e H) at
 * h* = H ln(ρ₀ H / (β sin|γ|)). The scenario meets the assumptions except that the planet is a
 * sphere of radius 10⁹ m, so the local flight-path angle drifts by path length / radius (≈ 5e-4 rad
 * here); the 1 % tolerance covers that.
 */
class AllenEggersTest {

    private static Scenario scenario;
    private static Result run;

    @BeforeAll
    static void fly() throws IOException {
        try (InputStream in = AllenEggersTest.class.getResourceAsStream("/scenarios/allen-eggers.yaml")) {
            scenario = ScenarioReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "allen-eggers.yaml");
        }
        run = Simulation.run(scenario, true);
    }

    private static double beta() {
        var capsule = scenario.vehicle().vehicle().capsule();
        return scenario.vehicle().vehicle().entryMass() / (capsule.dragCoefficient().value(0) * capsule.referenceArea());
    }

    private static double sinGamma() {
        return Math.sin(Math.toRadians(-scenario.entry().flightPathAngleDeg()));
    }

    private static double density(double h) {
        return scenario.atmosphere().surfaceDensity() * Math.exp(-h / scenario.atmosphere().scaleHeight());
    }

    @Test
    void velocityFollowsTheClosedFormAtEveryAltitude() {
        double vE = scenario.entry().speed();
        double hE = scenario.entry().radius() - scenario.site().areoidRadius();
        double h = scenario.atmosphere().scaleHeight();
        int checked = 0;
        for (TrajectorySample s : run.trajectory()) {
            if (s.altitude() < 2000) {
                continue;
            }
            double expected = vE * Math.exp(-(density(s.altitude()) - density(hE)) * h / (2 * beta() * sinGamma()));
            assertEquals(expected, s.speed(), 0.01 * expected,
                    "speed (m/s) at altitude " + s.altitude() + " m; 1 % acceptance, closed form of NACA 1381");
            checked++;
        }
        assertTrue(checked > 500, "enough trajectory samples checked: " + checked);
    }

    @Test
    void peakDecelerationAndItsAltitudeMatchTheClosedForm() {
        double vE = scenario.entry().speed();
        double h = scenario.atmosphere().scaleHeight();
        double expectedPeak = vE * vE * sinGamma() / (2 * Math.E * h);
        double expectedAltitude = h * Math.log(scenario.atmosphere().surfaceDensity() * h / (beta() * sinGamma()));
        EventRecord peak = run.timeline().first(EdlEvent.PEAK_DECELERATION).orElseThrow();
        assertEquals(expectedPeak, peak.conditions().sensedAcceleration(), 0.01 * expectedPeak,
                "peak deceleration (m/s²); 1 % acceptance");
        assertEquals(expectedAltitude, peak.conditions().altitude(), 0.01 * expectedAltitude,
                "altitude of peak deceleration (m); 1 % acceptance");
    }
}
