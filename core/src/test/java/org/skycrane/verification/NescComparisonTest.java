package org.skycrane.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The comparison's arithmetic and that it fails a trajectory that is off by more than allowed. */
class NescComparisonTest {

    @Test
    void medianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        assertEquals(2.0, NescComparison.median(new double[] {3, 1, 2}), 0);
        assertEquals(2.5, NescComparison.median(new double[] {4, 1, 3, 2}), 0);
        assertEquals(7.0, NescComparison.median(new double[] {7}), 0);
    }

    /** NASA's own sim_04, flown as "Skycrane", differs from the median by at most the spread. */
    @Test
    void aFamilyMemberAlwaysPassesAgainstItsOwnFamily() {
        CheckCase c = NescCases.CASE_6;
        ToolHistory sim04 = c.history("sim_04");
        Trajectory asSkycrane = t -> {
            int i = sim04.indexOf(t);
            return new TrajectorySample(t, sim04.value("altitudeMsl", i), sim04.value("latitude", i),
                    sim04.value("longitude", i), sim04.value("feVelocity_X", i), sim04.value("feVelocity_Y", i),
                    sim04.value("feVelocity_Z", i), sim04.value("airDensity", i), sim04.value("speedOfSound", i),
                    sim04.value("mach", i), sim04.value("dynamicPressure", i));
        };
        CaseComparison result = NescComparison.compare(c, asSkycrane);
        assertTrue(result.passes(), VerificationReport.table(List.of(result)));
    }

    /**
     * Case 4's family (sim_04, sim_06) agrees on altitude to 1.6 mm, so the 1 cm floor rules: a
     * reference flight raised by 2 cm must fail there and only there.
     */
    @Test
    void aTrajectoryTwoCentimetresHighFailsTheAltitudeOfCaseFour() {
        CheckCase c = NescCases.CASE_4;
        DroppedSphereHarness flight = new DroppedSphereHarness(c);
        Trajectory raised = t -> {
            TrajectorySample s = flight.at(t);
            return new TrajectorySample(t, s.altitude() + 0.02, s.latitude(), s.longitude(), s.velocityNorth(),
                    s.velocityEast(), s.velocityDown(), s.density(), s.speedOfSound(), s.mach(), s.dynamicPressure());
        };
        CaseComparison result = NescComparison.compare(c, raised);
        assertFalse(result.passes());
        assertFalse(result.of(Quantity.ALTITUDE).orElseThrow().passes(), "altitude fails");
        assertTrue(result.of(Quantity.VELOCITY_DOWN).orElseThrow().passes(), "velocity still passes");
        assertEquals(0.02, result.of(Quantity.ALTITUDE).orElseThrow().maxDifference(), 0.002, "the 2 cm shows (m)");
    }

    @Test
    void jsonCarriesEveryCaseQuantityAndExclusion() {
        CheckCase c = NescCases.CASE_7;
        ObjectNode json = VerificationReport.toJson(List.of(NescComparison.compare(c, new DroppedSphereHarness(c))), true);
        assertTrue(json.get("passed").asBoolean());
        var node = json.get("cases").get(0);
        assertEquals(7, node.get("case").asInt());
        assertEquals(10, node.get("quantities").size(), "all ten quantities are published by some tool");
        assertEquals(301, node.get("quantities").get(0).get("series").get("t_s").size());
        assertEquals(3, node.get("excluded").size(), "sim_01, sim_03, and sim_06 at release");
    }
}
