package org.skycrane.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skycrane.mars.Atmosphere;
import org.skycrane.mars.Planet;
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

    /** Each case detects the effect it was designed to verify: flown without it, the case fails. */
    @Test
    void eachCaseFailsWhenFlownWithoutTheEffectItVerifies() {
        CheckCase c5 = NescCases.CASE_5;
        CheckCase noRotation = withPlanet(c5, new Planet(c5.planet().gm(), c5.planet().referenceRadius(), 0, 0));
        assertFalse(compareFlown(noRotation, c5).passes(), "case 5 without Earth rotation");
        CheckCase c6 = NescCases.CASE_6;
        CheckCase noJ2 = withPlanet(c6, new Planet(c6.planet().gm(), c6.planet().referenceRadius(), 0, c6.planet().rotationRate()));
        assertFalse(compareFlown(noJ2, c6).passes(), "case 6 without J2");
        CheckCase c7 = NescCases.CASE_7;
        assertFalse(compareFlown(withAtmosphere(c7, NescCases.CASE_6.atmosphere()), c7).passes(), "case 7 without wind");
        CheckCase c8 = NescCases.CASE_8;
        assertFalse(compareFlown(withAtmosphere(c8, c7.atmosphere()), c8).passes(), "case 8 with a steady wind instead of the shear");
    }

    /** Flies {@code flown} and compares it with the case {@code against} (its data, screening and floors). */
    private static CaseComparison compareFlown(CheckCase flown, CheckCase against) {
        DroppedSphereHarness flight = new DroppedSphereHarness(flown);
        return NescComparison.compare(against, flight);
    }

    private static CheckCase withPlanet(CheckCase c, Planet planet) {
        return new CheckCase(c.number(), c.title(), c.folder(), c.tools(), c.shape(), planet, c.atmosphere(), c.start(),
                c.duration(), c.mass(), c.dragCoefficient(), c.referenceArea());
    }

    private static CheckCase withAtmosphere(CheckCase c, Atmosphere atmosphere) {
        return new CheckCase(c.number(), c.title(), c.folder(), c.tools(), c.shape(), c.planet(), atmosphere, c.start(),
                c.duration(), c.mass(), c.dragCoefficient(), c.referenceArea());
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
