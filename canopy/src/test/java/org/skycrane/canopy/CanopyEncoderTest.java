package org.skycrane.canopy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CanopyEncoderTest {

    @Test
    void dareMightyThingsAtJplIsTheFlownCanopy() {
        CanopyPattern encoded = CanopyEncoder.encode(Message.parse("DARE MIGHTY THINGS"), Location.JPL);
        assertEquals(CanopyText.format(Fixtures.mars2020()), CanopyText.format(encoded),
                "the pattern transcribed from photographs of the Mars 2020 canopy (mars2020-canopy.md)");
    }

    @Test
    void wordsStartAtZeroFortyAndTwentyLikeTheFlownCanopy() {
        CanopyPattern pattern = CanopyEncoder.encode(Message.parse("A B C"), Location.JPL);
        assertEquals(1, pattern.group(0, 0), "A on ring 1 at segment 0");
        assertEquals(2, pattern.group(1, 40), "B on ring 2 at segment 40 (published offset of MIGHTY)");
        assertEquals(3, pattern.group(2, 20), "C on ring 3 at segment 20 (published offset of THINGS)");
        assertEquals(CanopyEncoder.END_OF_WORD, pattern.group(1, 50), "end of word after B");
        assertEquals(CanopyEncoder.FILL, pattern.group(1, 30), "the fill wraps to just before B");
    }

    @Test
    void unusedRingsHoldOnlyTheirFiller() {
        CanopyPattern pattern = CanopyEncoder.encode(Message.parse("GO"), Location.JPL);
        assertEquals(CanopyEncoder.END_OF_WORD, pattern.group(1, 40), "ring 2: end of an empty word");
        assertEquals(CanopyEncoder.END_OF_WORD, pattern.group(2, 20), "ring 3: end of an empty word");
        for (int g = 1; g < CanopyPattern.GROUPS; g++) {
            assertEquals(CanopyEncoder.FILL, pattern.group(2, 20 + 10 * g), "ring 3 group " + g);
        }
    }

    @Test
    void theOuterRingHoldsHemispheresAsLetterValues() {
        Location south = Location.parse("18°26'41\"S 77°27'3\"E");
        CanopyPattern pattern = CanopyEncoder.encode(Message.parse("X"), south);
        int[] expected = {18, 26, 41, 19, 77, 27, 3, 5};   // S is the 19th letter, E the 5th
        for (int g = 0; g < expected.length; g++) {
            assertEquals(expected[g], pattern.group(3, 10 * g), "outer ring group " + g);
        }
    }
}
