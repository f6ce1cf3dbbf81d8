package org.skycrane.canopy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CanopyDecoderTest {

    private static final int RANDOM_CODES = 500;

    @Test
    void theFlownCanopyReadsDareMightyThingsAtJplAtEveryRotation() {
        CanopyPattern flown = Fixtures.mars2020();
        for (int turn = 0; turn < CanopyPattern.SEGMENTS; turn++) {
            CanopyCode code = CanopyDecoder.decode(flown.rotated(turn));
            // published decode (mars2020-canopy.md): DARE MIGHTY THINGS, 34°11'58" N 118°10'31" W
            assertEquals("DARE MIGHTY THINGS", code.message().toString(), "message, turned " + turn);
            assertEquals("34°11'58\"N 118°10'31\"W", code.location().toString(), "location, turned " + turn);
        }
    }

    @Test
    void randomCodesSurviveEncodingAndDecodingAtEveryRotation() {
        SplittableRandom random = new SplittableRandom(20210218);   // landing date as seed
        for (int n = 0; n < RANDOM_CODES; n++) {
            CanopyCode code = RandomCodes.code(random);
            CanopyPattern pattern = code.encode();
            for (int turn = 0; turn < CanopyPattern.SEGMENTS; turn++) {
                assertEquals(code, CanopyDecoder.decode(pattern.rotated(turn)), "code " + n + " turned " + turn);
            }
        }
    }

    @Test
    void longestWordsAndExtremeLocationsRoundTrip() {
        CanopyCode code = new CanopyCode(Message.parse("ZZZZZZ OOOOOO AAAAAA"),
                Location.parse("90°S 180°W"));
        assertEquals(code, CanopyDecoder.decode(code.encode().rotated(33)));
    }

    @Test
    void aRingWithoutRedSaysItHasNoFiller() {
        boolean[][] bits = CanopyCode.MARS_2020.encode().toArray();
        bits[1] = new boolean[80];
        assertThatThrownBy(() -> CanopyDecoder.decode(CanopyPattern.of(bits)))
                .isInstanceOf(CanopyException.class)
                .hasMessageContaining("ring 2").hasMessageContaining("longest red run is 0");
    }

    @Test
    void anAllRedRingIsRejected() {
        boolean[][] bits = CanopyCode.MARS_2020.encode().toArray();
        Arrays.fill(bits[2], true);
        assertThatThrownBy(() -> CanopyDecoder.decode(CanopyPattern.of(bits)))
                .hasMessageContaining("ring 3").hasMessageContaining("all 80 segments are red");
    }

    @Test
    void aGroupThatIsNoLetterIsNamed() {
        boolean[][] bits = CanopyCode.MARS_2020.encode().toArray();
        bits[0][12] = true;   // A (0000000001) becomes 0010000001 = 129
        assertThatThrownBy(() -> CanopyDecoder.decode(CanopyPattern.of(bits)))
                .hasMessageContaining("ring 1").hasMessageContaining("group 2")
                .hasMessageContaining("129").hasMessageContaining("neither a letter");
    }

    @Test
    void aBrokenFillerIsNamed() {
        boolean[][] bits = CanopyCode.MARS_2020.encode().toArray();
        bits[0][65] = false;   // a white segment inside DARE's filler splits the long red run
        assertThatThrownBy(() -> CanopyDecoder.decode(CanopyPattern.of(bits)))
                .isInstanceOf(CanopyException.class).hasMessageContaining("ring 1");
    }

    @Test
    void anImpossibleLocationIsExplained() {
        Location jpl = Location.JPL;
        CanopyPattern pattern = CanopyCode.MARS_2020.encode();
        boolean[][] bits = pattern.toArray();
        bits[3][10] = true;   // minutes 11 -> 523
        assertThatThrownBy(() -> CanopyDecoder.decode(CanopyPattern.of(bits)))
                .hasMessageContaining("ring 4").hasMessageContaining("34,523,58,14,118,10,31,23")
                .hasMessageContaining("minutes must be 0 to 59");
        boolean[][] hemisphere = pattern.toArray();
        hemisphere[3][79] = false;   // W (23) -> V (22)
        assertThatThrownBy(() -> CanopyDecoder.decode(CanopyPattern.of(hemisphere)))
                .hasMessageContaining("longitude hemisphere must be E (5) or W (23), got 22");
        assertThat(jpl.toString()).isEqualTo("34°11'58\"N 118°10'31\"W");
    }

    @Test
    void aCanopyOfFillerOnlyHasNoMessage() {
        CanopyPattern one = CanopyEncoder.encode(Message.parse("X"), Location.JPL);
        boolean[][] bits = one.toArray();
        // ring 1 becomes filler only: end of word at segment 0, then all red
        for (int i = 0; i < 80; i++) {
            bits[0][i] = i >= 3;
        }
        assertThatThrownBy(() -> CanopyDecoder.decode(CanopyPattern.of(bits)))
                .hasMessageContaining("no inner ring holds a word");
    }

    @Test
    void emptyRingsAreSkipped() {
        CanopyPattern pattern = CanopyEncoder.encode(Message.parse("A B"), Location.JPL);
        boolean[][] bits = pattern.toArray();
        boolean[][] twoOnly = CanopyEncoder.encode(Message.parse("B"), Location.JPL).toArray();
        bits[1] = twoOnly[1];   // ring 2 = filler only
        bits[2] = pattern.toArray()[1];   // ring 3 carries B
        assertEquals("A B", CanopyDecoder.decode(CanopyPattern.of(bits)).message().toString());
    }
}
