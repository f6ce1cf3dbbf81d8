package org.skycrane.canopy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DmsTest {

    @Test
    void westAndSouthAreNegativeDecimalDegrees() {
        // 118 + 10/60 + 31/3600 = 118.175277… by hand
        assertEquals(-118.17527777777778, new Dms(118, 10, 31, 'W').signedDegrees(), 1e-12, "longitude (deg)");
        assertEquals(34.19944444444444, new Dms(34, 11, 58, 'N').signedDegrees(), 1e-12, "latitude (deg)");
        assertEquals(-0.5, new Dms(0, 30, 0, 'S').signedDegrees(), 0, "latitude (deg)");
    }

    @Test
    void radiansAreTheSignedDegreesConverted() {
        assertEquals(-Math.PI / 2, new Dms(90, 0, 0, 'S').radians(), 1e-15, "latitude (rad): the south pole");
    }

    @Test
    void itPrintsLikeTheCanopyLabel() {
        assertEquals("34°11'58\"N", new Dms(34, 11, 58, 'N').toString());
    }

    @Test
    void minutesAndSecondsAboveFiftyNineAreRejected() {
        assertThatThrownBy(() -> new Dms(10, 60, 0, 'N')).isInstanceOf(CanopyException.class)
                .hasMessageContaining("minutes must be 0 to 59");
        assertThatThrownBy(() -> new Dms(10, 0, 75, 'N')).isInstanceOf(CanopyException.class)
                .hasMessageContaining("seconds must be 0 to 59");
    }

    @Test
    void negativeDegreesAndUnknownHemispheresAreRejected() {
        assertThatThrownBy(() -> new Dms(-3, 0, 0, 'N')).isInstanceOf(CanopyException.class)
                .hasMessageContaining("hemisphere letter for the sign");
        assertThatThrownBy(() -> new Dms(3, 0, 0, 'X')).isInstanceOf(CanopyException.class)
                .hasMessageContaining("N, S, E or W");
    }
}
