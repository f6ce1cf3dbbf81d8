package org.skycrane.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skycrane.flight.EdlEvent;
import org.skycrane.flight.Phase;
import org.skycrane.io.ScenarioReader;
import org.skycrane.vehicle.Engines;

/**
 * The flight as MSL and Mars 2020 flew it, beyond the published event times (which
 * {@link NominalRunTest} checks against the reference tables): the entry state's frame, the powered
 * descent's legs and limits, and the recontact and landing requirements.
 */
class FlightFidelityTest {

    /**
     * MSL's inertial entry state of the guidance literature (6,083.3 m/s, −15.4892°, heading 93.2°)
     * is 5,845 ± 10 m/s planet-relative at entry interface, as Way, Davis &amp; Shidner (AAS 13-420)
     * report: the frames are consistent.
     */
    @Test
    void mslsInertialEntryStateIsTheReportedPlanetRelativeSpeed() {
        var s = ScenarioReader.read("msl");
        double speed = Truth.of(s).entry().velocity().getNorm();
        assertEquals(5845, speed, 10, "planet-relative speed at entry interface (m/s)");
    }

    /** The constant-velocity leg is flown: about 32 m/s straight down for about 4 s. */
    @ParameterizedTest
    @ValueSource(strings = {"mars2020", "msl"})
    void theConstantVelocityLegIsFlown(String preset) {
        var s = ScenarioReader.read(preset);
        List<TrajectorySample> leg = NominalRunTest.nominal(preset).trajectory().stream()
                .filter(t -> t.phase() == Phase.CONSTANT_VELOCITY).toList();
        double duration = leg.get(leg.size() - 1).time() - leg.get(0).time();
        assertEquals(s.sequence().constantVelocity().duration(), duration, 0.3,
                "time on the constant-velocity leg (s), the flown ~4.2 s (0.1 s samples)");
        for (TrajectorySample t : leg) {
            assertEquals(-s.sequence().constantVelocity().speed(), t.verticalSpeed(), 0.5,
                    "vertical speed (m/s) on the leg at t = " + t.time());
        }
    }

    /**
     * No speed-up after ignition: from powered-descent start to touchdown the speed never rises by
     * more than the sampled velocity hold's ripple (0.02 m/s between 0.1 s samples).
     */
    @ParameterizedTest
    @ValueSource(strings = {"mars2020", "msl"})
    void theStageNeverSpeedsUpAfterIgnition(String preset) {
        Result r = NominalRunTest.nominal(preset);
        double ignition = r.timeline().timeOf(EdlEvent.POWERED_DESCENT_START);
        double contact = r.timeline().timeOf(EdlEvent.TOUCHDOWN);
        TrajectorySample previous = null;
        for (TrajectorySample t : r.trajectory()) {
            if (t.time() < ignition || t.time() > contact) {
                continue;
            }
            if (previous != null) {
                assertTrue(t.speed() <= previous.speed() + 0.02, "speed rose from " + previous.speed() + " to "
                        + t.speed() + " m/s at t = " + t.time() + " s");
            }
            previous = t;
        }
    }

    /** The engines stay inside their limits: 31–3,600 N each, 25 kN for the eight together. */
    @ParameterizedTest
    @ValueSource(strings = {"mars2020", "msl"})
    void theEnginesStayWithinTheirLimits(String preset) {
        Engines engines = ScenarioReader.read(preset).vehicle().vehicle().descentStage().engines();
        assertEquals(25000, engines.maxNetThrust(), 1e-9, "cluster limit (N): 25 kN, JPL TRS 2014/44159");
        for (TrajectorySample t : NominalRunTest.nominal(preset).trajectory()) {
            assertTrue(t.thrust() <= engines.maxNetThrust() + 1e-6, "commanded thrust " + t.thrust() + " N at t = "
                    + t.time());
        }
    }

    /**
     * Mars 2020: the backshell and parachute come down at least 300 m from the rover (MSL diverted
     * 300 m to avoid them, Sell et al., AAS 13-421), neither jettisoned body comes back within reach
     * of the vehicle, and the rover touches down at 0.75 ± 0.1 m/s.
     */
    @Test
    void mars2020KeepsItsJettisonedHardwareClear() {
        Result r = NominalRunTest.nominal("mars2020");
        double backshell = r.impacts().stream().filter(i -> i.body().equals("backshell")).findFirst().orElseThrow()
                .distanceFromRover();
        assertTrue(backshell >= 300, "backshell impact " + backshell + " m from the rover");
        assertTrue(r.recontact().backshellMargin() > 0, "backshell recontact margin (m): " + r.recontact());
        assertTrue(r.recontact().heatShieldMargin() > 0, "heat-shield recontact margin (m): " + r.recontact());
        assertEquals(0.75, r.touchdown().verticalSpeed(), 0.1, "touchdown vertical speed (m/s), NASA/JPL caption (P)");
    }

    /** The inflation peak is its own figure, above the steady drag after the canopy has settled. */
    @Test
    void theParachuteOvershootsItsSteadyDrag() {
        Result r = NominalRunTest.nominal("mars2020");
        double settled = r.timeline().first(EdlEvent.HEAT_SHIELD_SEPARATION).orElseThrow().conditions()
                .decelerationEarthG();
        assertTrue(r.peaks().parachuteInflationG() > settled, "inflation peak " + r.peaks().parachuteInflationG()
                + " g above the deceleration at heat-shield separation, " + settled + " g");
    }
}
