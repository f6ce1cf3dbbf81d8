package org.skycrane.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.skycrane.flight.EdlEvent;
import org.skycrane.io.ScenarioReader;
import org.skycrane.scenario.Scenario;

/**
 * PEAK_DECELERATION is the peak of the deceleration an accelerometer feels, not of ρV². With a drag
 * coefficient that falls with Mach (1.0 at Mach 10, 2.0 at Mach 30), the two peaks differ by
 * seconds on the Allen–Eggers ballistic entry, so the test can tell them apart.
 */
class PeakDecelerationTest {

    @Test
    void thePeakIsLocatedOnTheSensedDeceleration() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/scenarios/allen-eggers.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Scenario s = ScenarioReader.parse(text.replace("drag_coefficient: [{mach: 0.0, cd: 1.5}]",
                "drag_coefficient: [{mach: 10.0, cd: 1.0}, {mach: 30.0, cd: 2.0}]"), "allen-eggers, C_D(M)");
        Result r = Simulation.run(s, true);
        double event = r.timeline().timeOf(EdlEvent.PEAK_DECELERATION);
        TrajectorySample sensed = null;
        TrajectorySample pressure = null;
        for (TrajectorySample t : r.trajectory()) {
            if (sensed == null || t.decelerationEarthG() > sensed.decelerationEarthG()) {
                sensed = t;
            }
            if (pressure == null || t.dynamicPressure() > pressure.dynamicPressure()) {
                pressure = t;
            }
        }
        assertTrue(Math.abs(pressure.time() - sensed.time()) > 1.0, "the two peaks differ: sensed at "
                + sensed.time() + " s, rho V^2 at " + pressure.time() + " s");
        assertEquals(sensed.time(), event, 0.1, "PEAK_DECELERATION at the sensed peak (s), within the 0.1 s "
                + "output step");
        assertEquals(sensed.decelerationEarthG(), r.timeline().first(EdlEvent.PEAK_DECELERATION).orElseThrow()
                .conditions().decelerationEarthG(), 1e-3 * sensed.decelerationEarthG(), "deceleration at the event (g)");
    }
}
