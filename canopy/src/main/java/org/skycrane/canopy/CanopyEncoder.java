package org.skycrane.canopy;

import static org.skycrane.canopy.CanopyPattern.GROUPS;
import static org.skycrane.canopy.CanopyPattern.GROUP_BITS;
import static org.skycrane.canopy.CanopyPattern.RINGS;
import static org.skycrane.canopy.CanopyPattern.SEGMENTS;

import java.util.List;

/**
 * Writes a message and a location on a canopy the way the Mars 2020 parachute does: the rules below
 * are the public decode of NASA's photographs of the deployed canopy (for example the transcription in
 * the GitHub repository cbuckowitz/mars2020-parachute-message), whose result, "Dare Mighty Things" and
 * JPL's coordinates, its designer Ian Clark confirmed (Associated Press, 2021-02-23):
 * <ul>
 * <li>letter value A = 1 … Z = 26 in a 10-bit group, most significant bit first, so every letter group
 * starts with three white segments;</li>
 * <li>each inner ring holds one word, then a 127 group (3 white, 7 red) and 1023 groups (all red) to
 * the end of the ring; an unused ring holds the filler alone;</li>
 * <li>the words start at segment 0 (ring 1), 40 (ring 2) and 20 (ring 3), as flown;</li>
 * <li>the outer band holds latitude degrees, minutes, seconds, N or S (as the letter value 14 or 19),
 * longitude degrees, minutes, seconds, E or W (5 or 23), from segment 0.</li>
 * </ul>
 */
public final class CanopyEncoder {

    /** Value of the group that ends a word: 0001111111. */
    public static final int END_OF_WORD = 0b0001111111;
    /** Value of the groups that fill a ring after its word: 1111111111. */
    public static final int FILL = 0b1111111111;
    /** Segment where each inner ring's word starts, as on the Mars 2020 canopy. */
    public static final List<Integer> WORD_STARTS = List.of(0, 40, 20);

    private CanopyEncoder() {
    }

    /** The pattern of {@code message} and {@code location}, segment 0 at the innermost ring's first letter. */
    public static CanopyPattern encode(Message message, Location location) {
        boolean[][] red = new boolean[RINGS][SEGMENTS];
        for (int ring = 0; ring < Message.MAX_WORDS; ring++) {
            String word = ring < message.words().size() ? message.words().get(ring) : "";
            int start = WORD_STARTS.get(ring);
            int group = 0;
            for (; group < word.length(); group++) {
                put(red[ring], start + group * GROUP_BITS, letterValue(word.charAt(group)));
            }
            put(red[ring], start + group++ * GROUP_BITS, END_OF_WORD);
            for (; group < GROUPS; group++) {
                put(red[ring], start + group * GROUP_BITS, FILL);
            }
        }
        int[] values = {
            location.latitude().degrees(), location.latitude().minutes(), location.latitude().seconds(),
            letterValue(location.latitude().hemisphere()),
            location.longitude().degrees(), location.longitude().minutes(), location.longitude().seconds(),
            letterValue(location.longitude().hemisphere()),
        };
        for (int group = 0; group < GROUPS; group++) {
            put(red[RINGS - 1], group * GROUP_BITS, values[group]);
        }
        return CanopyPattern.of(red);
    }

    /** A = 1 … Z = 26. */
    static int letterValue(char letter) {
        return letter - 'A' + 1;
    }

    private static void put(boolean[] ring, int start, int value) {
        for (int i = 0; i < GROUP_BITS; i++) {
            ring[Math.floorMod(start + i, SEGMENTS)] = (value >> (GROUP_BITS - 1 - i) & 1) == 1;
        }
    }
}
