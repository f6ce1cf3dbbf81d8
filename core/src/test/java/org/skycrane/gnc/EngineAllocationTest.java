package org.skycrane.gnc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.skycrane.vehicle.EngineLayout;
import org.skycrane.vehicle.Engines;

/**
 * The thrust sharing of an engine-out, against closed forms for a layout of four pairs: with every
 * engine working the share is equal and the torque zero; with one out the torque stays below the
 * bound, and the most the seven give balanced is six engines' worth (the one across from the lost
 * engine must cancel its missing moment, and throttling it to zero is the cheapest way:
 * |Σ δᵢ rᵢ| ≤ Σ δᵢ |rᵢ| with equality only for the engine exactly opposite).
 */
class EngineAllocationTest {

    /** Mars 2020's engines as the preset gives them (3,600 N, 25 kN cluster limit), cant as given. */
    private static Engines engines(double cantDeg) {
        return new Engines(8, 3600, 0.0086, 245, Math.toRadians(cantDeg), 25000);
    }

    private static final EngineLayout LAYOUT = new EngineLayout(1.5, Math.toRadians(20), 1.0);

    @Test
    void withEveryEngineWorkingTheShareIsEqualAndTheTorqueZero() {
        EngineAllocation a = new EngineAllocation(engines(0), LAYOUT);
        EngineAllocation.Share s = a.allocate(16000, 0);
        for (double t : s.throttles()) {
            assertEquals(16000 / (8 * 3600.0), t, 1e-12);
        }
        assertEquals(16000, s.thrust(), 1e-9);
        assertEquals(0, s.torque(), 1e-9);
    }

    @Test
    void withOneEngineOutTheOtherSevenGiveTheThrustWithoutTorque() {
        for (double cant : new double[] {0, 25}) {
            Engines e = engines(cant);
            EngineAllocation a = new EngineAllocation(e, LAYOUT);
            double bound = 0.01 * e.maxThrust() * LAYOUT.lever(e.cantAngle());
            for (int out = 0; out < 8; out++) {
                for (double wanted : new double[] {500, 9000, 15000, 20000}) {
                    EngineAllocation.Share s = a.allocate(wanted * Math.cos(e.cantAngle()), 1 << out);
                    assertEquals(0, s.throttles()[out], "engine " + (out + 1) + " is off");
                    assertEquals(wanted * Math.cos(e.cantAngle()), s.thrust(), 1e-6 * wanted, "net thrust");
                    assertTrue(s.torque() < bound, "torque " + s.torque() + " N·m with engine " + (out + 1) + " out");
                }
            }
        }
    }

    @Test
    void sevenEnginesGiveSixEnginesWorthBalanced() {
        for (double cant : new double[] {0, 25}) {
            Engines e = engines(cant);
            EngineAllocation a = new EngineAllocation(e, LAYOUT);
            double bound = 0.01 * e.maxThrust() * LAYOUT.lever(e.cantAngle());
            double capacity = a.balancedCapacity(1 << 2, bound);
            double six = 6 * e.maxThrust() * Math.cos(e.cantAngle());
            assertTrue(capacity <= six + 1e-6, "no more than six engines' worth: " + capacity);
            assertTrue(capacity >= 0.99 * six, "within 1 % of six engines' worth: " + capacity + " of " + six);
        }
    }

    @Test
    void sharingSevenEquallyWouldLeaveTheMissingEnginesMoment() {
        // the torque a naive equal share leaves, t F L, is what the allocation removes
        Engines e = engines(0);
        double throttle = 0.6;
        double naive = throttle * e.maxThrust() * LAYOUT.lever(0);
        assertEquals(3240, naive, 1e-9, "0.6 x 3600 N x 1.5 m");
        EngineAllocation.Share s = new EngineAllocation(e, LAYOUT).allocate(7 * throttle * e.maxThrust(), 1);
        assertTrue(s.torque() < 1e-6 * naive, "balanced: " + s.torque());
    }
}
