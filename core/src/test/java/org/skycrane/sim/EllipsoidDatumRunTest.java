package org.skycrane.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skycrane.io.ReferenceTimeline;
import org.skycrane.io.ScenarioReader;
import org.skycrane.scenario.Scenario;

/**
 * The Mars presets flown with the IAU 2015 ellipsoid as altitude datum ({@code planet.datum:
 * ellipsoid}) instead of their default areoid at site: every asserted figure of the published
 * timeline (the same rows and tolerances as the nominal runs) must still hold.
 */
class EllipsoidDatumRunTest {

    @ParameterizedTest
    @ValueSource(strings = {"mars2020", "msl"})
    void presetOnTheIauEllipsoidStillMatchesThePublishedTimeline(String name) {
        Scenario s = ScenarioReader.parse("base: " + name + "\nplanet:\n  datum: ellipsoid\n", name + "-iau.yaml");
        Result r = Simulation.run(s, false);
        List<ReferenceTimeline.Comparison> off = ReferenceTimeline.compare(name, r).stream()
                .filter(c -> c.row().basis().asserted() && !c.passes()).toList();
        assertTrue(off.isEmpty(), name + " on the IAU ellipsoid, out of tolerance:\n" + off.stream()
                .map(c -> c.row().event() + " " + c.row().quantity() + ": published " + c.row().value() + " ± "
                        + c.row().tolerance() + " " + c.row().unit() + ", flown " + c.measured())
                .collect(Collectors.joining("\n")));
    }
}
