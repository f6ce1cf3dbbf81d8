package org.skycrane.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.skycrane.InputException;

/** The header's units become SI; bad input names file, line and column. */
class NasaCsvTest {

    @Test
    void convertsEachColumnByTheUnitInItsName() {
        ToolHistory h = NasaCsv.read("t.csv", "sim_x", new StringReader(
                "time,altitudeMsl_ft,feVelocity_ft_s_Z,latitude_deg,airDensity_slug_ft3,ambientPressure_lbf_ft2,"
                        + "ambientTemperature_dgR,mach,aero_bodyForce_lbf_X\n"
                        + "0.5,1000.0,10.0,90.0,1.0,1.0,9.0,0.5,2.0\n"));
        assertEquals(0.5, h.time(0), 0);
        assertEquals(304.8, h.value("altitudeMsl", 0), 1e-12, "ft -> m");
        assertEquals(3.048, h.value("feVelocity_Z", 0), 1e-12, "ft/s -> m/s");
        assertEquals(Math.PI / 2, h.value("latitude", 0), 1e-15, "deg -> rad");
        assertEquals(14.5939 / Math.pow(0.3048, 3), h.value("airDensity", 0), 1e-9, "slug/ft³ -> kg/m³ (515.38)");
        assertEquals(14.5939 * 0.3048 / (0.3048 * 0.3048), h.value("ambientPressure", 0), 1e-12, "lbf/ft² -> Pa (47.88)");
        assertEquals(5.0, h.value("ambientTemperature", 0), 1e-12, "°R -> K");
        assertEquals(0.5, h.value("mach", 0), 0, "Mach has no unit");
        assertEquals(2 * 14.5939 * 0.3048, h.value("aero_bodyForce_X", 0), 1e-12, "lbf -> N");
    }

    @Test
    void badInputNamesFileLineAndColumn() {
        InputException unit = assertThrows(InputException.class,
                () -> NasaCsv.read("a.csv", "s", new StringReader("time,altitude_furlong\n0,1\n")));
        assertEquals("a.csv", unit.source());
        assertEquals(1, unit.line());
        assertEquals("altitude_furlong", unit.field());
        InputException number = assertThrows(InputException.class,
                () -> NasaCsv.read("b.csv", "s", new StringReader("time,altitudeMsl_ft\n0,1\n0.1,abc\n")));
        assertEquals(3, number.line());
        assertEquals("altitudeMsl_ft", number.field());
        InputException fields = assertThrows(InputException.class,
                () -> NasaCsv.read("c.csv", "s", new StringReader("time,altitudeMsl_ft\n0,1,2\n")));
        assertEquals(2, fields.line());
    }
}
