package org.skycrane.sim;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.skycrane.io.ScenarioReader;
import org.skycrane.scenario.Scenario;

/** Only a genuine numerical failure is the outcome NUMERICAL_FAILURE; a programming error fails loudly. */
class FailureTest {

    @Test
    void aProgrammingErrorIsNotANumericalFailure() {
        Scenario s = ScenarioReader.read("mars2020");
        Truth nominal = Truth.of(s);
        Truth broken = new Truth(nominal.environment(), nominal.vehicle(), nominal.entry(), (t, r, v, a) -> {
            throw new IllegalStateException("a bug in a navigation model");
        });
        assertThrows(IllegalStateException.class,
                () -> new Simulation(s, broken, FlightOptions.asWritten(false)).run());
    }
}
