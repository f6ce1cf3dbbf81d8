package org.skycrane.report.terrain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skycrane.terrain.HazardMap;
import org.skycrane.terrain.HazardSpec;
import org.skycrane.terrain.Rock;
import org.skycrane.terrain.SiteFeature;
import org.skycrane.terrain.SyntheticTerrain;
import org.skycrane.terrain.TerrainSpec;

class TerrainPicturesTest {

    /** Writes the three pictures and the grid; the planted boulder's cell is magenta, flat ground green. */
    @Test
    void writesPicturesWithThePlantedBoulderFlagged(@TempDir Path dir) throws Exception {
        TerrainSpec spec = TerrainSpec.jezero().bare()
                .withFeatures(List.of(new SiteFeature.PlantedRock(new Rock(25, 25, 3, 1.5))));
        SyntheticTerrain terrain = new SyntheticTerrain(spec, 1);
        TerrainPictures pictures = new TerrainPictures(terrain, 0, 0, 1, 100);
        List<Path> files = pictures.writeAll(dir, new HazardMap(terrain, HazardSpec.skyCrane()));
        assertEquals(5, files.size(), "files");
        for (Path f : files) {
            assertTrue(Files.size(f) > 0, "non-empty " + f);
        }
        BufferedImage hazard = ImageIO.read(dir.resolve("terrain-hazard.png").toFile());
        assertEquals(100, hazard.getWidth(), "width (px)");
        int boulder = hazard.getRGB(75, 25);
        assertTrue(((boulder >> 16) & 0xFF) > 150 && (boulder & 0xFF) > 150, "boulder cell magenta: "
                + Integer.toHexString(boulder));
        int flat = hazard.getRGB(10, 90);
        assertTrue(((flat >> 8) & 0xFF) > ((flat >> 16) & 0xFF), "flat cell green: " + Integer.toHexString(flat));
    }
}
