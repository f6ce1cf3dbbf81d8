package org.skycrane.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skycrane.flight.EdlEvent;
import org.skycrane.io.ScenarioReader;

/**
 * Each injected fault is noticed by the flight software's fault protection, answered, logged as
 * FAULT_DETECTED and FAULT_RESPONSE, and the vehicle still lands within the touchdown limits
 * (0.75 ± 0.1 m/s vertical, under 0.5 m/s horizontal).
 */
class FaultProtectionTest {

    private static Result fly(String faults) {
        Result r = Simulation.run(ScenarioReader.parse("base: mars2020\nfaults:\n" + faults + "\n", "faults.yaml"), false);
        assertEquals(Outcome.LANDED, r.outcome(), r.reason());
        assertEquals(0.75, r.touchdown().verticalSpeed(), 0.1, "vertical touchdown speed (m/s)");
        assertTrue(r.touchdown().horizontalSpeed() < 0.5, "horizontal touchdown speed " + r.touchdown().horizontalSpeed());
        return r;
    }

    private static List<EventRecord> of(Result r, EdlEvent event) {
        return r.timeline().records().stream().filter(e -> e.event() == event).toList();
    }

    @Test
    void totalRadarLossIsDetectedWithinASecondAndTheFlightGoesOnOnTheImu() {
        Result r = fly("  - {kind: radar_loss, time_s: 330.0}");
        List<EventRecord> detected = of(r, EdlEvent.FAULT_DETECTED);
        assertEquals(1, detected.size());
        assertTrue(detected.get(0).time() >= 330 && detected.get(0).time() <= 331.0 + 1e-9, "detected at "
                + detected.get(0).time());
        assertTrue(detected.get(0).trigger().contains("radar silent"), detected.get(0).trigger());
        assertTrue(of(r, EdlEvent.FAULT_RESPONSE).get(0).trigger().contains("IMU alone"));
        NavigationSample last = NavigationSample.at(r.navigation(), r.touchdown().time());
        assertEquals(0, last.radarAccepted(), "no radar after the loss");
    }

    @Test
    void lostBeamsAreExcludedAndTheOthersNavigate() {
        Result r = fly("  - {kind: radar_beam_loss, time_s: 320.0, beams: [0, 4]}");
        List<String> responses = of(r, EdlEvent.FAULT_RESPONSE).stream().map(EventRecord::trigger).toList();
        assertTrue(responses.contains("beam 0 excluded from navigation"), responses.toString());
        NavigationSample later = NavigationSample.at(r.navigation(), 380);
        assertTrue(later.radarAccepted() >= 3 && later.radarAccepted() <= 4, "beams in use at 380 s: "
                + later.radarAccepted());
    }

    @Test
    void anAccelerometerBiasStepReopensTheBiasEstimates() {
        Result r = fly("  - {kind: imu_bias_step, time_s: 330.0, accel_bias_step_mps2: [0.2, 0.0, 0.0]}");
        List<EventRecord> detected = of(r, EdlEvent.FAULT_DETECTED);
        assertTrue(!detected.isEmpty() && detected.get(0).time() > 330, "detected after the step");
        assertTrue(detected.get(0).trigger().contains("inconsistent with the IMU"), detected.get(0).trigger());
        assertEquals("reopen the IMU bias estimates", of(r, EdlEvent.FAULT_RESPONSE).get(0).trigger());
    }

    @Test
    void aFaultFreeFlightLogsNoFault() {
        Result r = Simulation.run(ScenarioReader.read("mars2020"), false);
        assertTrue(of(r, EdlEvent.FAULT_DETECTED).isEmpty());
        assertEquals(1, of(r, EdlEvent.RADAR_LOCK).size(), "the radar locks once");
    }
}
