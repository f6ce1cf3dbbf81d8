package org.skycrane.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.skycrane.mars.Environment;

/**
 * Skycrane's own flight dynamics ({@link NescFlight}: EquationsOfMotion on a ballistic body) against
 * NASA's family on every shipped check case (NASA/TM-2015-218675): at every common time the
 * difference from the family's median is at most the family's spread, or 1 cm in altitude and 1 mm/s
 * in velocity where those are larger. The table is written to {@code target/nesc-flight.txt}.
 */
class NescFlightTest {

    @Test
    void everyShippedCaseFlownBySkycranesDynamicsPassesAgainstNasasFamily() throws IOException {
        List<CaseComparison> results = new ArrayList<>();
        for (CheckCase checkCase : NescCases.all()) {
            results.add(NescComparison.compare(checkCase, new NescFlight(checkCase)));
        }
        String table = VerificationReport.table(results);
        Files.writeString(Path.of("target", "nesc-flight.txt"), table, StandardCharsets.UTF_8);
        assertEquals(6, results.size());
        for (CaseComparison c : results) {
            assertTrue(c.quantities().size() >= 6, "case " + c.checkCase().number() + " compares position and velocity");
            for (QuantityComparison q : c.quantities()) {
                int w = q.indexOfWorstRatio();
                assertTrue(q.passes(), "case " + c.checkCase().number() + " " + q.quantity().label() + ": |Δ| "
                        + q.difference(w) + " " + q.quantity().unit() + " at " + q.time(w) + " s exceeds the allowed "
                        + q.allowed(w) + "\n" + table);
            }
        }
    }

    /**
     * The flight's altitude is the geodetic one: at release the environment's altitude is the case's
     * 30,000 ft (9,144 m) above WGS-84 to 1 µm, while the radius less the equatorial radius (the areoid
     * datum's way) is the same there only because the release is on the equator; 45° north on WGS-84
     * the two datums differ by the ellipsoid's 10.7 km of height against a sphere of radius a.
     */
    @Test
    void environmentAltitudeIsGeodeticOnTheCaseEllipsoid() {
        Environment world = NescFlight.environment(NescCases.CASE_6);
        assertEquals(9144.0, world.altitude(NescCases.CASE_6.startPosition()), 1e-6);
        Vector3D north45 = NescCases.CASE_6.shape().position(new org.skycrane.mars.GeodeticPoint(Math.PI / 4, 0, 0));
        assertEquals(0.0, world.altitude(north45), 1e-6);
        Environment areoid = world.withEllipsoid(null);
        assertTrue(areoid.altitude(north45) < -10_000, "sphere of radius a lies above the ellipsoid at 45°");
    }
}
