package org.skycrane.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skycrane.io.ScenarioReader;
import org.skycrane.scenario.Scenario;
import org.skycrane.scenario.SimulationSpec;

/**
 * The accuracy gate of the speed work: a preset's nominal run with its own scheme (one RK4 step per
 * flight-software tick, Dormand–Prince over the parachute's inflation at its tolerance) agrees with a
 * reference run of the same code flown with Dormand–Prince 8(5,3) on every arc, powered descent
 * included, at a tolerance 100 times tighter (1e-11), within 0.01 s on every event time, 1 m on the
 * touchdown point and 1e-3 m/s on the touchdown speed (the thresholds are the acceptance criteria of
 * the issue on speed). Whatever makes the flight cheaper must keep this.
 */
class IntegrationAccuracyTest {

    @ParameterizedTest
    @ValueSource(strings = {"mars2020", "msl"})
    void nominalRunMatchesAReferenceAtAHundredTimesTighterTolerance(String name) {
        Scenario flown = ScenarioReader.read(name);
        double tolerance = flown.simulation().relativeTolerance();
        Scenario reference = ScenarioReader.parse("base: " + name + "\nsimulation:\n  integrator: "
                + SimulationSpec.DORMAND_PRINCE + "\n  relative_tolerance: " + tolerance / 100 + "\n",
                name + "-reference.yaml");
        assertEquals(SimulationSpec.TICK_RK4, flown.simulation().integrator(), "the presets fly the tick scheme");
        Result run = Simulation.run(flown, false);
        Result truth = Simulation.run(reference, false);

        List<EventRecord> a = run.timeline().records();
        List<EventRecord> b = truth.timeline().records();
        assertEquals(b.stream().map(EventRecord::event).toList(), a.stream().map(EventRecord::event).toList(),
                "the same events in the same order");
        for (int i = 0; i < a.size(); i++) {
            assertEquals(b.get(i).time(), a.get(i).time(), 0.01, a.get(i).event() + " time (s)");
        }
        Touchdown t = run.touchdown();
        Touchdown r = truth.touchdown();
        double radius = run.target().radius();
        double north = (t.latitude() - r.latitude()) * radius;
        double east = (t.longitude() - r.longitude()) * radius * Math.cos(r.latitude());
        assertEquals(0, Math.hypot(north, east), 1.0, "touchdown point (m)");
        assertEquals(r.verticalSpeed(), t.verticalSpeed(), 1e-3, "touchdown vertical speed (m/s)");
        assertEquals(r.horizontalSpeed(), t.horizontalSpeed(), 1e-3, "touchdown horizontal speed (m/s)");
    }
}
