package org.skycrane.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skycrane.io.ScenarioReader;
import org.skycrane.scenario.Scenario;
import org.skycrane.terrain.Rock;
import org.skycrane.terrain.SiteFeature;
import org.skycrane.terrain.SyntheticTerrain;
import org.skycrane.terrain.TerrainSpec;

/**
 * The touchdown's ground check on the whole flight: the nominal Mars 2020 descent (it lands within
 * a metre of the target, NominalRunTest) flown onto flat ground and onto a boulder planted at the
 * target. Limits: the sky crane's, 15° over 5 m and 0.55 m rocks ({@link Touchdown#HAZARDS}).
 */
class LandingSafetyTest {

    private static final Scenario FLAT = ScenarioReader.parse("base: mars2020\nterrain:\n  model: flat\n", "flat.yaml");

    /** A sphere at the site's elevation: slope 0 and no rock by construction, so safe. */
    @Test
    void aTouchdownOnFlatGroundIsSafe() {
        Result r = Simulation.run(FLAT, false);
        Touchdown t = r.touchdown();
        assertNotNull(t, "lands");
        assertEquals(0, t.slope(), 1e-9, "slope of a sphere over 5 m (rad)");
        assertEquals(0, t.rockHeight(), 0, "no rock on flat ground (m)");
        assertTrue(t.safe(), "flat ground is safe");
    }

    /**
     * A 1 m high, 3 m wide boulder planted at the target, on otherwise bare Jezero: the rover lands
     * within a metre of it, so the boulder is under the 5 m footprint and its planted height is the
     * tallest rock, above the 0.55 m clearance: unsafe.
     */
    @Test
    void aTouchdownOnAPlantedBoulderIsUnsafe() {
        Truth flat = Truth.of(FLAT);
        Rock boulder = new Rock(0, 0, 3.0, 1.0);
        TerrainSpec spec = TerrainSpec.jezero().bare().withFeatures(List.of(new SiteFeature.PlantedRock(boulder)));
        Truth onBoulder = new Truth(flat.environment().withGround(new SyntheticTerrain(spec, 1)), flat.vehicle(),
                flat.entry());
        // without terrain-relative navigation: Safe Target Selection would divert off the boulder
        Result r = new Simulation(FLAT.withTrnMode("none"), onBoulder, FlightOptions.asWritten(false)).run();
        Touchdown t = r.touchdown();
        assertNotNull(t, "lands");
        assertEquals(1.0, t.rockHeight(), 0, "tallest rock under the rover is the planted boulder (m)");
        assertFalse(t.safe(), "a 1 m boulder under the rover is unsafe");
    }
}
