package org.skycrane.canopy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CanopyPatternTest {

    @Test
    void groupsReadTenSegmentsMostSignificantFirst() {
        CanopyPattern flown = Fixtures.mars2020();
        // published decode: D = 4 at segment 0 of ring 1, 34 at segment 0 of the outer ring
        assertEquals(4, flown.group(0, 0), "ring 1 group at segment 0 (D)");
        assertEquals(34, flown.group(3, 0), "outer ring group at segment 0 (latitude degrees)");
        assertEquals(13, flown.group(1, 40), "ring 2 group at segment 40 (M)");
    }

    @Test
    void groupsWrapPastSegmentZero() {
        CanopyPattern turned = Fixtures.mars2020().rotated(75);
        assertEquals(4, turned.group(0, 75), "D now starts 75 segments on and wraps to segment 4");
    }

    @Test
    void rotatingMovesEverySegmentClockwiseAndEightyIsAFullTurn() {
        CanopyPattern flown = Fixtures.mars2020();
        CanopyPattern turned = flown.rotated(3);
        for (int ring = 0; ring < CanopyPattern.RINGS; ring++) {
            for (int i = 0; i < CanopyPattern.SEGMENTS; i++) {
                assertEquals(flown.isRed(ring, i), turned.isRed(ring, i + 3), "ring " + ring + " segment " + i);
            }
        }
        assertEquals(flown, flown.rotated(80));
        assertEquals(flown, flown.rotated(-7).rotated(7));
        assertThat(turned).isNotEqualTo(flown);
    }

    @Test
    void thePatternIsACopyOfTheArray() {
        boolean[][] bits = new boolean[4][80];
        CanopyPattern pattern = CanopyPattern.of(bits);
        bits[0][0] = true;
        pattern.toArray()[1][1] = true;
        assertThat(pattern.isRed(0, 0)).isFalse();
        assertThat(pattern.isRed(1, 1)).isFalse();
        assertEquals(CanopyPattern.of(new boolean[4][80]).hashCode(), pattern.hashCode());
    }

    @Test
    void onlyFourRingsOfEightySegmentsAreAccepted() {
        assertThatThrownBy(() -> CanopyPattern.of(new boolean[3][80])).hasMessageContaining("4 rings");
        assertThatThrownBy(() -> CanopyPattern.of(new boolean[][] {new boolean[80], new boolean[80],
            new boolean[79], new boolean[80]})).hasMessageContaining("ring 3 must have 80 segments");
    }

    @Test
    void itPrintsAsText() {
        assertEquals(Fixtures.mars2020Text(), Fixtures.mars2020().toString());
    }
}
