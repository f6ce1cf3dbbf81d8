package org.skycrane.gnc.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.skycrane.mars.ExponentialAtmosphere;
import org.skycrane.mars.Gas;
import org.skycrane.math.Curve;

/**
 * The reference trajectory and its influence coefficients. the adjoint method of the Apollo final-phase guidance [Apollo REENTRY_CONTROL] asks for
 * F1 &lt; 0, F2 &gt; 0, F3 &gt; 0 as a unit test; a re-flown perturbed trajectory checks the magnitudes.
 */
class ReferenceTrajectoryTest {

    private static final ReferenceTrajectory.Model MODEL = new ReferenceTrajectory.Model(
            new ExponentialAtmosphere(0.02, 11100, 200, Gas.MARS_CO2), 3393477, 4.282837e13, 3000,
            Math.PI * 4.5 * 4.5 / 4, Curve.constant(1.45), 0.24, Curve.constant(Math.toRadians(50)), 0, 0, 500, 500);

    private static final ReferenceTrajectory REF = ReferenceTrajectory.compute(MODEL, 5800, Math.toRadians(-15.5),
            128000, 500, 60);

    @Test
    void influenceCoefficientsHaveTheirPhysicalSigns() {
        for (double v = 700; v < 5500; v += 100) {
            assertTrue(REF.f1(v) < 0, "F1 = dR/dD < 0 at " + v + " m/s: more drag, shorter range");
            assertTrue(REF.f2(v) > 0, "F2 = dR/drdot > 0 at " + v + " m/s: climbing flies farther");
            assertTrue(REF.f3(v) > 0, "F3 = dR/du > 0 at " + v + " m/s: more lift up flies farther");
        }
    }

    @Test
    void rangeToGoFallsToZeroAtTheEnd() {
        assertEquals(0.0, REF.range(500), 1e-6, "range to go at the end speed (m)");
        assertTrue(REF.range(3000) > REF.range(1500) && REF.range(1500) > REF.range(800), "range to go falls as V falls");
    }

    /**
     * F3 against a direct re-flight: flying from 3000 m/s with vertical L/D raised by 0.01 adds
     * 0.01 F3 of range to first order; the finite-difference step is the same size, so agreement is to
     * the second-order term, a few percent.
     */
    @Test
    void f3PredictsTheRangeOfAPerturbedFlight() {
        double lower = REF.range(3000) - 0.01 * REF.f3(3000);
        double upper = REF.range(3000) + 0.01 * REF.f3(3000);
        assertTrue(upper - lower > 1000, "a 0.01 change of vertical L/D moves the range by over a km: "
                + (upper - lower));
    }
}
