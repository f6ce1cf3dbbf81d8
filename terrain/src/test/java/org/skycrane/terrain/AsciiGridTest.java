package org.skycrane.terrain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsciiGridTest {

    /** Header per the Esri format, first data row the northernmost, values at cell centres, .prj with the datum radius. */
    @Test
    void writesHeaderRowsNorthToSouthAndProjection(@TempDir Path dir) throws Exception {
        SiteFrame frame = TerrainSpec.jezero().frame();
        AsciiGrid.write(frame, (e, n) -> n, -20, -10, 5, 8, 4, dir.resolve("dem"));
        List<String> lines = Files.readAllLines(dir.resolve("dem.asc"));
        assertEquals("ncols 8", lines.get(0));
        assertEquals("nrows 4", lines.get(1));
        assertEquals("xllcorner -20.000", lines.get(2));
        assertEquals("yllcorner -10.000", lines.get(3));
        assertEquals(10, lines.size(), "6 header lines + 4 rows");
        String[] top = lines.get(6).split(" ");
        assertEquals(8, top.length, "values per row");
        assertEquals(7.5, Double.parseDouble(top[0]), 1e-9, "northernmost row centre (m)");
        assertEquals(-7.5, Double.parseDouble(lines.get(9).split(" ")[0]), 1e-9, "southernmost row centre (m)");
        String prj = Files.readString(dir.resolve("dem.prj"));
        assertTrue(prj.contains("3393477.000") && prj.contains("Azimuthal_Equidistant")
                && prj.contains("Latitude_Of_Origin\",18.4447"), prj);
    }
}
