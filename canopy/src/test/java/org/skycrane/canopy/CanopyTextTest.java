package org.skycrane.canopy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CanopyTextTest {

    @Test
    void formatWritesFourLinesOfEightyRedsAndWhites() {
        String text = CanopyText.format(CanopyCode.MARS_2020.encode());
        String[] lines = text.split("\n");
        assertEquals(4, lines.length, "lines");
        for (String line : lines) {
            assertThat(line).hasSize(80).matches("[RW]+");
        }
        assertThat(lines[0]).startsWith("WWWWWWWRWW");   // D = 0000000100
    }

    @Test
    void parseReadsWhatFormatWrites() {
        CanopyPattern pattern = RandomCodes.code(new SplittableRandom(5)).encode();
        assertEquals(pattern, CanopyText.parse(CanopyText.format(pattern), "x.txt"));
    }

    @Test
    void onesAndZerosLowerCaseSpacesCommentsAndWindowsLineEndsAreAccepted() {
        String text = Fixtures.mars2020Text();
        String loose = "# the flown canopy\r\n\r\n" + text.replace('R', '1').replace('W', '0')
                .replaceAll("(.{10})", "$1 ").replace("\n", "\r\n");
        assertEquals(Fixtures.mars2020(), CanopyText.parse(loose, "loose.txt"));
        assertEquals(Fixtures.mars2020(), CanopyText.parse(text.toLowerCase(Locale.ROOT), "lower.txt"));
    }

    @Test
    void threeLinesAreNotACanopy() {
        String text = Fixtures.mars2020Text();
        String three = text.substring(0, text.lastIndexOf('\n', text.length() - 2) + 1);
        assertThatThrownBy(() -> CanopyText.parse(three, "three.txt"))
                .isInstanceOf(CanopyException.class)
                .hasMessageStartingWith("three.txt: has 3 ring lines")
                .hasMessageContaining("4 lines of 80");
    }

    @Test
    void aFifthLineIsNamed() {
        assertThatThrownBy(() -> CanopyText.parse(Fixtures.mars2020Text() + "\n" + "W".repeat(80), "five.txt"))
                .isInstanceOf(CanopyException.class)
                .satisfies(e -> assertEquals(6, ((CanopyException) e).line(), "line of the extra ring"))
                .hasMessageStartingWith("five.txt:6: more than 4 ring lines");
    }

    @Test
    void aLineOfTheWrongLengthIsNamedWithItsLength() {
        String[] lines = Fixtures.mars2020Text().split("\n");
        lines[1] = lines[1].substring(1);
        assertThatThrownBy(() -> CanopyText.parse(String.join("\n", lines), "short.txt"))
                .hasMessageStartingWith("short.txt:2: ring 2 has 79 segments; every ring has 80");
        lines[1] = lines[1] + "WW";
        assertThatThrownBy(() -> CanopyText.parse(String.join("\n", lines), "long.txt"))
                .hasMessageStartingWith("long.txt:2: ring 2 has 81 segments");
    }

    @Test
    void anUnknownCharacterIsNamedWithLineAndColumn() {
        String[] lines = Fixtures.mars2020Text().split("\n");
        lines[2] = lines[2].substring(0, 9) + "X" + lines[2].substring(10);
        assertThatThrownBy(() -> CanopyText.parse(String.join("\n", lines), "bad.txt"))
                .isInstanceOf(CanopyException.class)
                .hasMessageStartingWith("bad.txt:3: unknown character 'X' in column 10");
    }
}
