package org.skycrane.terrain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HazardMapTest {

    private static final TerrainSpec BARE = TerrainSpec.jezero().bare();
    private static final HazardSpec LIMITS = HazardSpec.skyCrane();

    private static HazardMap map(SiteFeature... planted) {
        return new HazardMap(new SyntheticTerrain(BARE.withFeatures(List.of(planted)), 1), LIMITS);
    }

    /** MSL engineering constraints: 15° over 5 m, 0.55 m rocks; 10 m cells. */
    @Test
    void limitsAreTheMslEngineeringConstraints() {
        assertEquals(5, LIMITS.baseline(), 0, "baseline (m)");
        assertEquals(15, Math.toDegrees(LIMITS.maxSlope()), 1e-12, "slope limit (deg)");
        assertEquals(0.55, LIMITS.maxRockHeight(), 0, "rock height limit (m)");
        assertEquals(10, LIMITS.cellSize(), 0, "cell (m)");
    }

    /** Planted planes of 10° and 20°: the plane fit returns the planted slope (a plane is fitted exactly). */
    @Test
    void plantedSlopesAreMeasuredAndFlagged() {
        HazardMap gentle = map(new SiteFeature.PlantedSlope(0, 0, 100, Math.toRadians(10), 0.3));
        Footprint g = gentle.at(10, -20);
        assertEquals(10, Math.toDegrees(g.slope()), 0.01, "10° plane (deg)");
        assertTrue(g.safe(), "10° is safe");
        HazardMap steep = map(new SiteFeature.PlantedSlope(0, 0, 100, Math.toRadians(20), 2.0));
        Footprint s = steep.at(-15, 5);
        assertEquals(20, Math.toDegrees(s.slope()), 0.01, "20° plane (deg)");
        assertFalse(s.safe(), "20° is unsafe");
    }

    /** A planted 1.2 m boulder makes its footprint unsafe; a 0.4 m rock and bare flat ground are safe. */
    @Test
    void plantedBoulderIsUnsafeFlatGroundSafe() {
        HazardMap hazards = map(new SiteFeature.PlantedRock(new Rock(50, 50, 2.4, 1.2)),
                new SiteFeature.PlantedRock(new Rock(-50, 50, 0.8, 0.4)));
        Footprint boulder = hazards.footprint(51, 49, 1.5);
        assertEquals(1.2, boulder.rockHeight(), 0, "boulder height (m)");
        assertFalse(boulder.safe(), "footprint on the boulder");
        Footprint small = hazards.footprint(-50, 50, 1.5);
        assertEquals(0.4, small.rockHeight(), 0, "small rock (m)");
        assertTrue(small.safe(), "0.4 m rock is below the belly clearance");
        Footprint flat = hazards.footprint(0, 0, 1.5);
        assertEquals(0, flat.slope(), 1e-6, "flat ground slope (rad)");
        assertEquals(0, flat.rockHeight(), 0, "no rock (m)");
        assertTrue(flat.safe(), "flat ground");
    }

    /** The 10 m hazard grid flags the cell holding the boulder and the cells on a steep plane, and nothing else. */
    @Test
    void hazardGridFlagsPlantedFeatures() {
        HazardMap hazards = map(new SiteFeature.PlantedRock(new Rock(25, 25, 2.4, 1.2)),
                new SiteFeature.PlantedSlope(-100, -100, 30, Math.toRadians(25), 0));
        HazardGrid grid = hazards.grid(-150, -150, 20, 20);
        int rockColumn = (int) ((25 + 150) / 10);
        assertFalse(grid.rockSafe(rockColumn, rockColumn), "boulder cell");
        assertFalse(grid.slopeSafe(5, 5), "cell centred on the 25° plane");
        assertTrue(grid.safe(15, 2), "flat cell");
        int unsafe = 0;
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.columns(); c++) {
                if (!grid.safe(c, r)) {
                    unsafe++;
                }
            }
        }
        // The plane is 60 m square plus a 30 m fade: at most (60 + 2·30)² / 100 = 144 cells, plus the boulder.
        assertTrue(unsafe >= 37 && unsafe <= 145, "unsafe cells: " + unsafe);
    }

    /** The quick look on 5 m pixels flags the boulder's pixel and the steep plane's centre, and leaves flat ground safe. */
    @Test
    void previewFlagsPlantedFeaturesOnItsOwnPixels() {
        HazardMap hazards = map(new SiteFeature.PlantedRock(new Rock(27.5, 27.5, 2.4, 1.2)),
                new SiteFeature.PlantedSlope(-100, -100, 30, Math.toRadians(25), 0));
        HazardGrid preview = hazards.preview(-150, -150, 5, 40, 40);
        int rockPixel = (int) ((27.5 + 150) / 5);
        assertFalse(preview.rockSafe(rockPixel, rockPixel), "boulder pixel");
        assertTrue(preview.rockSafe(rockPixel - 2, rockPixel), "a pixel 10 m west of the boulder");
        assertFalse(preview.slopeSafe(10, 10), "pixel on the 25° plane");
        assertTrue(preview.safe(30, 4), "flat pixel");
    }
}
