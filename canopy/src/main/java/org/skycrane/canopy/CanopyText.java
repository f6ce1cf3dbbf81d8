package org.skycrane.canopy;

import static org.skycrane.canopy.CanopyPattern.RINGS;
import static org.skycrane.canopy.CanopyPattern.SEGMENTS;

import java.util.Objects;

/**
 * A canopy pattern as text: 4 lines of 80 characters, innermost ring first, {@code R} for a red
 * segment and {@code W} for a white one, segments in clockwise order. The reader also takes
 * {@code 1}/{@code 0} and lower case, ignores spaces and tabs inside a line (to group the bits by 10),
 * blank lines and lines starting with {@code #}.
 */
public final class CanopyText {

    private CanopyText() {
    }

    /** Four lines of R and W, each ending with a line feed. */
    public static String format(CanopyPattern pattern) {
        StringBuilder text = new StringBuilder((SEGMENTS + 1) * RINGS);
        for (int ring = 0; ring < RINGS; ring++) {
            for (int i = 0; i < SEGMENTS; i++) {
                text.append(pattern.isRed(ring, i) ? 'R' : 'W');
            }
            text.append('\n');
        }
        return text.toString();
    }

    /**
     * Reads a pattern.
     *
     * @param text   the whole text
     * @param source where it came from (a file name), for error messages
     * @throws CanopyException naming the source and line of a wrong character, a wrong line length or a
     *         wrong number of lines
     */
    public static CanopyPattern parse(String text, String source) {
        Objects.requireNonNull(text, "text");
        boolean[][] red = new boolean[RINGS][SEGMENTS];
        String[] lines = text.split("\\R", -1);
        int ring = 0;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            int lineNumber = n + 1;
            if (ring == RINGS) {
                throw new CanopyException(source, lineNumber, null,
                        "more than " + RINGS + " ring lines; a canopy has " + RINGS + " rings (innermost first)");
            }
            int segment = 0;
            for (int column = 0; column < line.length(); column++) {
                char c = line.charAt(column);
                if (c == ' ' || c == '\t') {
                    continue;
                }
                boolean isRed;
                switch (c) {
                    case 'R', 'r', '1' -> isRed = true;
                    case 'W', 'w', '0' -> isRed = false;
                    default -> throw new CanopyException(source, lineNumber, null, "unknown character '" + c
                            + "' in column " + (column + 1) + "; use R or 1 for red, W or 0 for white");
                }
                if (segment < SEGMENTS) {
                    red[ring][segment] = isRed;
                }
                segment++;
            }
            if (segment != SEGMENTS) {
                throw new CanopyException(source, lineNumber, null, "ring " + (ring + 1) + " has " + segment
                        + " segments; every ring has " + SEGMENTS);
            }
            ring++;
        }
        if (ring != RINGS) {
            throw new CanopyException(source, 0, null, "has " + ring + " ring line" + (ring == 1 ? "" : "s")
                    + "; a canopy pattern has " + RINGS + " lines of " + SEGMENTS + " segments, innermost ring first");
        }
        return CanopyPattern.of(red);
    }
}
