package org.skycrane.canopy;

import java.util.Arrays;
import java.util.Objects;

/**
 * The colours of a canopy seen from below: 4 concentric rings (0 = innermost, 3 = outer band) of 80
 * segments, red = 1 and white = 0, segment numbers increasing clockwise. Segment 0 has no physical
 * meaning; a pattern written by {@link CanopyEncoder} starts at the innermost ring's first letter, a
 * pattern read from a picture starts anywhere. Immutable.
 */
public final class CanopyPattern {

    /** Concentric rings: three for words, the outer one for the location. */
    public static final int RINGS = 4;
    /** Segments (gores) per ring on the Mars 2020 parachute. */
    public static final int SEGMENTS = 80;
    /** Bits per value (character or number), read most significant first. */
    public static final int GROUP_BITS = 10;
    /** Values per ring. */
    public static final int GROUPS = SEGMENTS / GROUP_BITS;

    private final boolean[][] red;

    private CanopyPattern(boolean[][] red) {
        this.red = red;
    }

    /**
     * A pattern from its bits, {@code red[ring][segment]}; the array is copied.
     *
     * @throws IllegalArgumentException unless the array is 4 × 80
     */
    public static CanopyPattern of(boolean[][] red) {
        Objects.requireNonNull(red, "red");
        if (red.length != RINGS) {
            throw new IllegalArgumentException("a canopy has " + RINGS + " rings, got " + red.length);
        }
        boolean[][] copy = new boolean[RINGS][];
        for (int ring = 0; ring < RINGS; ring++) {
            if (red[ring].length != SEGMENTS) {
                throw new IllegalArgumentException("ring " + (ring + 1) + " must have " + SEGMENTS
                        + " segments, got " + red[ring].length);
            }
            copy[ring] = red[ring].clone();
        }
        return new CanopyPattern(copy);
    }

    /** The canopy that carries {@code message} and {@code location}, laid out like the Mars 2020 one. */
    public static CanopyPattern encode(Message message, Location location) {
        return CanopyEncoder.encode(message, location);
    }

    /**
     * Whether a segment is red.
     *
     * @param ring    0 (innermost) to 3 (outer band)
     * @param segment any integer, taken modulo 80
     */
    public boolean isRed(int ring, int segment) {
        return red[ring][Math.floorMod(segment, SEGMENTS)];
    }

    /** The 10-bit value of the segments {@code start} to {@code start + 9} of {@code ring}, first one most significant. */
    public int group(int ring, int start) {
        int value = 0;
        for (int i = 0; i < GROUP_BITS; i++) {
            value = value << 1 | (isRed(ring, start + i) ? 1 : 0);
        }
        return value;
    }

    /**
     * The same canopy turned clockwise by {@code segments} gores (every ring together): what was at
     * segment i is now at segment i + {@code segments}.
     */
    public CanopyPattern rotated(int segments) {
        boolean[][] turned = new boolean[RINGS][SEGMENTS];
        for (int ring = 0; ring < RINGS; ring++) {
            for (int i = 0; i < SEGMENTS; i++) {
                turned[ring][Math.floorMod(i + segments, SEGMENTS)] = red[ring][i];
            }
        }
        return new CanopyPattern(turned);
    }

    /** The bits, {@code [ring][segment]}, as a fresh array. */
    public boolean[][] toArray() {
        boolean[][] copy = new boolean[RINGS][];
        for (int ring = 0; ring < RINGS; ring++) {
            copy[ring] = red[ring].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CanopyPattern that && Arrays.deepEquals(red, that.red);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(red);
    }

    /** The text form of {@link CanopyText#format}: 4 lines of R and W. */
    @Override
    public String toString() {
        return CanopyText.format(this);
    }
}
