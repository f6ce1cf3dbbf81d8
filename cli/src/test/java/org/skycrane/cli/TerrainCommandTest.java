package org.skycrane.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerrainCommandTest {

    @TempDir
    Path dir;

    /** 200 m at 5 m/px is 40 px on a side: the pictures and the grid have that size (construction). */
    @Test
    void writesThePicturesAndAGridOfTheAskedSize() throws IOException {
        Path jezero = dir.resolve("jezero.yaml");
        Files.writeString(jezero, "base: mars2020\nterrain: {model: synthetic, site: jezero, seed: 1}\n");
        CliHarness r = CliHarness.run("terrain", jezero.toString(), "--out", dir.toString(), "--width-m", "200",
                "--pixel-m", "5");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("synthetic, seed 1"), r.out());
        for (String png : List.of("terrain-relief.png", "terrain-albedo.png", "terrain-hazard.png")) {
            BufferedImage image = ImageIO.read(dir.resolve(png).toFile());
            assertNotNull(image, png + " is a PNG");
            assertEquals(40, image.getWidth(), png + " width (px)");
            assertEquals(40, image.getHeight(), png + " height (px)");
        }
        List<String> grid = Files.readAllLines(dir.resolve("terrain-dem.asc"));
        assertEquals("ncols 40", grid.get(0));
        assertEquals("nrows 40", grid.get(1));
        assertEquals(6 + 40, grid.size(), "header and 40 rows");
        assertTrue(Files.exists(dir.resolve("terrain-dem.prj")), "projection file");
    }

    @Test
    void aPictureTooLargeIsRefusedWithItsOption() {
        CliHarness r = CliHarness.run("terrain", "mars2020", "--out", dir.toString(), "--width-m", "100000",
                "--pixel-m", "1");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--width-m"), r.err());
    }
}
