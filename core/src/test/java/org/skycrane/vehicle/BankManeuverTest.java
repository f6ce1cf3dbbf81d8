package org.skycrane.vehicle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The attitude model: a rate- and acceleration-limited double integrator, solved in closed form. */
class BankManeuverTest {

    private static final double RATE = Math.toRadians(20);
    private static final double ACC = Math.toRadians(5);

    @Test
    void aReversalRollsThroughLiftUpWithinItsLimitsAndStopsAtTheCommand() {
        double from = Math.toRadians(60);
        double to = Math.toRadians(-60);
        BankManeuver m = BankManeuver.toward(10, from, 0, to, RATE, ACC);
        double dt = 0.01;
        boolean throughZero = false;
        for (double t = 10; t < m.end() + 1; t += dt) {
            assertTrue(Math.abs(m.rate(t)) <= RATE + 1e-12, "rate limit at " + t);
            double a = (m.rate(t + dt) - m.rate(t)) / dt;
            assertTrue(Math.abs(a) <= ACC + 1e-9, "acceleration limit at " + t);
            throughZero |= Math.abs(m.angle(t)) < Math.toRadians(1);
        }
        assertTrue(throughZero, "a reversal from +60 to -60 deg passes lift up");
        assertEquals(to, m.angle(m.end()), 1e-12, "reaches the command (rad)");
        assertEquals(0.0, m.rate(m.end()), 1e-12, "and stops there (rad/s)");
        // closed form: accelerate to 20 deg/s (4 s, 40 deg), cruise 40 deg (2 s), brake (4 s, 40 deg) = 10 s
        assertEquals(10.0, m.end() - 10, 1e-9, "duration of a 120 deg reversal (s)");
    }

    @Test
    void aShortTurnNeverReachesTheRateLimit() {
        BankManeuver m = BankManeuver.toward(0, 0, 0, Math.toRadians(10), RATE, ACC);
        // triangular profile: t = 2 sqrt(θ/α) = 2 sqrt(10/5) s
        assertEquals(2 * Math.sqrt(2.0), m.end(), 1e-9, "duration (s)");
        assertEquals(Math.toRadians(10), m.angle(m.end()), 1e-12, "final angle (rad)");
    }

    @Test
    void aTurnStartedWhileRollingTheWrongWayStopsFirst() {
        BankManeuver m = BankManeuver.toward(0, 0, -RATE, Math.toRadians(30), RATE, ACC);
        assertTrue(m.angle(2) < 0, "still rolling away at first");
        assertEquals(Math.toRadians(30), m.angle(m.end()), 1e-12, "then reaches the command (rad)");
        assertEquals(0.0, m.angle(1e9) - Math.toRadians(30), 1e-12, "and holds it (rad)");
    }
}
