package org.skycrane.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skycrane.flight.EdlEvent;
import org.skycrane.io.ScenarioReader;

/**
 * The sky crane after the wheels touch: the flight software learns of touchdown only from the thrust
 * it needs to hold the descent rate, and the stage must not climb on the attached bridles (which
 * would lift the rover again) before it cuts them.
 */
class SkyCraneTest {

    @ParameterizedTest
    @ValueSource(strings = {"mars2020", "msl"})
    void theStageNeverClimbsOnTheBridlesAfterTouchdown(String preset) {
        Result r = Simulation.run(ScenarioReader.read(preset), true);
        assertEquals(Outcome.LANDED, r.outcome(), r.reason());
        EventRecord contact = r.timeline().first(EdlEvent.TOUCHDOWN).orElseThrow();
        double cut = r.timeline().timeOf(EdlEvent.BRIDLE_CUT);
        assertTrue(cut > contact.time(), "bridles cut after touchdown");
        double highest = contact.conditions().heightAboveGround();
        for (TrajectorySample s : r.trajectory()) {
            if (s.time() > contact.time() && s.time() <= cut) {
                highest = Math.max(highest, s.heightAboveGround());
            }
        }
        assertTrue(highest - contact.conditions().heightAboveGround() <= 0.1, "stage rose "
                + (highest - contact.conditions().heightAboveGround()) + " m above its height at contact");
    }

    /** Touchdown is declared after the thrust has stayed low for the persistence time, not at contact. */
    @ParameterizedTest
    @ValueSource(strings = {"mars2020", "msl"})
    void touchdownIsDetectedFromTheThrustAfterItsPersistence(String preset) {
        var s = ScenarioReader.read(preset);
        Result r = Simulation.run(s, false);
        double delay = r.timeline().timeOf(EdlEvent.BRIDLE_CUT) - r.timeline().timeOf(EdlEvent.TOUCHDOWN);
        double persistence = s.sequence().touchdownDetection().persistence();
        double tick = s.sequence().controlPeriod();
        assertTrue(delay >= persistence && delay <= persistence + 3 * tick, "contact to bridle cut " + delay
                + " s: the persistence " + persistence + " s plus at most a few ticks for the thrust to fall");
    }
}
