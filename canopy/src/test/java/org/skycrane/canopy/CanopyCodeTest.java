package org.skycrane.canopy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CanopyCodeTest {

    @Test
    void theMars2020CodeEncodesToTheFlownCanopy() {
        assertEquals(Fixtures.mars2020(), CanopyCode.MARS_2020.encode(), "mars2020-canopy.txt");
        assertEquals("DARE MIGHTY THINGS", CanopyCode.MARS_2020.message().toString());
    }

    @Test
    void bothPartsAreRequired() {
        assertThatThrownBy(() -> new CanopyCode(null, Location.JPL)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new CanopyCode(Message.parse("GO"), null)).isInstanceOf(NullPointerException.class);
    }
}
