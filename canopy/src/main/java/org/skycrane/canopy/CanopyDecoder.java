package org.skycrane.canopy;

import static org.skycrane.canopy.CanopyPattern.GROUPS;
import static org.skycrane.canopy.CanopyPattern.GROUP_BITS;
import static org.skycrane.canopy.CanopyPattern.SEGMENTS;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the message and location from a canopy pattern at any rotation. Each inner ring is read
 * clockwise from the first white segment after its long red run (its filler: 127 then 1023 groups,
 * at least 17 red segments in a row; no letter has more than 4), so a word may wrap past segment 0.
 * The outer band is read from the angle where the innermost ring starts. The inverse of
 * {@link CanopyEncoder}.
 */
public final class CanopyDecoder {

    /** Shortest red run that can end a word: the 7 red of the 127 group plus one 1023 group. */
    static final int MIN_FILLER_RUN = 7 + GROUP_BITS;

    private CanopyDecoder() {
    }

    /**
     * The code on {@code pattern}.
     *
     * @throws CanopyException (field {@code ring N}, N = 1 innermost … 4 outer) saying why the pattern
     *         is not a valid code
     */
    public static CanopyCode decode(CanopyPattern pattern) {
        List<String> words = new ArrayList<>();
        int innermostStart = 0;
        for (int ring = 0; ring < Message.MAX_WORDS; ring++) {
            int start = ringStart(pattern, ring);
            if (ring == 0) {
                innermostStart = start;
            }
            String word = word(pattern, ring, start);
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            throw problem(1, "no inner ring holds a word (every ring is filler only)");
        }
        return new CanopyCode(new Message(words), location(pattern, innermostStart));
    }

    /** The segment after the longest run of red in {@code ring}: where its word starts. */
    static int ringStart(CanopyPattern pattern, int ring) {
        int firstWhite = -1;
        for (int i = 0; i < SEGMENTS && firstWhite < 0; i++) {
            if (!pattern.isRed(ring, i)) {
                firstWhite = i;
            }
        }
        if (firstWhite < 0) {
            throw problem(ring + 1, "all " + SEGMENTS + " segments are red; a word ring has white segments");
        }
        int longest = 0;
        int longestEnd = -1;
        int run = 0;
        for (int k = 1; k <= SEGMENTS; k++) {   // start just after a white segment so no run is cut at the seam
            int i = firstWhite + k;
            if (pattern.isRed(ring, i)) {
                run++;
            } else {
                if (run > longest) {
                    longest = run;
                    longestEnd = i;
                }
                run = 0;
            }
        }
        if (longest < MIN_FILLER_RUN) {
            throw problem(ring + 1, "no filler: the longest red run is " + longest + " segments, but a word ring"
                    + " ends with at least " + MIN_FILLER_RUN + " red in a row (group 127 then 1023)");
        }
        return Math.floorMod(longestEnd, SEGMENTS);
    }

    private static String word(CanopyPattern pattern, int ring, int start) {
        StringBuilder word = new StringBuilder();
        int group = 0;
        for (; group < GROUPS; group++) {
            int value = pattern.group(ring, start + group * GROUP_BITS);
            if (value == CanopyEncoder.END_OF_WORD) {
                break;
            }
            if (value < 1 || value > 26) {
                throw problem(ring + 1, "group " + (group + 1) + " of the word (value " + value + ", "
                        + bits(value) + ") is neither a letter (1-26) nor the end of the word (127)");
            }
            word.append((char) ('A' + value - 1));
        }
        if (group == GROUPS) {
            throw problem(ring + 1, "the word " + word + " has no end-of-word group (127)");
        }
        for (group++; group < GROUPS; group++) {
            int value = pattern.group(ring, start + group * GROUP_BITS);
            if (value != CanopyEncoder.FILL) {
                throw problem(ring + 1, "group " + (group + 1) + " after the word " + word + " is " + bits(value)
                        + " (" + value + "); the filler after the word is all red (1023)");
            }
        }
        return word.toString();
    }

    private static Location location(CanopyPattern pattern, int start) {
        int ring = CanopyPattern.RINGS - 1;
        int[] v = new int[GROUPS];
        for (int group = 0; group < GROUPS; group++) {
            v[group] = pattern.group(ring, start + group * GROUP_BITS);
        }
        try {
            Dms latitude = new Dms(v[0], v[1], v[2], hemisphere(v[3], "NS", "latitude"));
            Dms longitude = new Dms(v[4], v[5], v[6], hemisphere(v[7], "EW", "longitude"));
            return new Location(latitude, longitude);
        } catch (CanopyException e) {
            throw problem(ring + 1, "read from the innermost ring's first letter, the values " + values(v)
                    + " are not a location: " + e.getMessage().replaceFirst("^location: ", ""));
        }
    }

    private static char hemisphere(int value, String allowed, String name) {
        char letter = value >= 1 && value <= 26 ? (char) ('A' + value - 1) : '?';
        if (allowed.indexOf(letter) < 0) {
            throw Dms.problem(name + " hemisphere must be " + allowed.charAt(0) + " (" + letterValue(allowed, 0)
                    + ") or " + allowed.charAt(1) + " (" + letterValue(allowed, 1) + "), got " + value);
        }
        return letter;
    }

    private static int letterValue(String letters, int index) {
        return CanopyEncoder.letterValue(letters.charAt(index));
    }

    private static String values(int[] v) {
        StringBuilder text = new StringBuilder();
        for (int value : v) {
            text.append(text.length() == 0 ? "" : ",").append(value);
        }
        return text.toString();
    }

    private static String bits(int value) {
        String binary = Integer.toBinaryString(value);
        return "0".repeat(GROUP_BITS - binary.length()) + binary;
    }

    private static CanopyException problem(int ring, String what) {
        return new CanopyException(null, 0, "ring " + ring, what);
    }
}
