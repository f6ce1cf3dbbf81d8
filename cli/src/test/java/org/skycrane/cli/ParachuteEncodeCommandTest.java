package org.skycrane.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParachuteEncodeCommandTest {

    private static final String MESSAGE = "DARE MIGHTY THINGS";
    private static final String JPL = "34°11'58\"N 118°10'31\"W";

    @TempDir
    Path dir;

    @Test
    void withoutFilesItPrintsFourLinesOfEightyRedsAndWhites() {
        var run = CliHarness.run("parachute", "encode", "--message", MESSAGE, "--location", JPL);
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals(4, lines.length, "rings");
        for (String line : lines) {
            assertThat(line).hasSize(80).matches("[RW]+");
        }
        // the published decode: D = 0000000100 starts the innermost ring, 34 = 0000100010 the outer one
        assertThat(lines[0]).startsWith("WWWWWWWRWW");
        assertThat(lines[3]).startsWith("WWWWRWWWRW");
    }

    @Test
    void theLocationMayBeWrittenLoosely() {
        var strict = CliHarness.run("parachute", "encode", "--message", MESSAGE, "--location", JPL);
        var loose = CliHarness.run("parachute", "encode", "--message", "dare mighty things", "--location",
                "34d 11′ 58″ n 118d 10′ 31″ w");
        assertEquals(0, loose.exitCode(), loose.err());
        assertEquals(strict.out(), loose.out());
    }

    @Test
    void itWritesTheTextSvgAndPngFiles() throws IOException {
        Path text = dir.resolve("canopy.txt");
        Path svg = dir.resolve("canopy.svg");
        Path png = dir.resolve("canopy.png");
        var run = CliHarness.run("parachute", "encode", "--message", MESSAGE, "--location", JPL, "--text", text.toString(),
                "--svg", svg.toString(), "--png", png.toString(), "--size", "300");
        assertEquals(0, run.exitCode(), run.err());
        assertThat(run.out()).contains("wrote " + text).contains("wrote " + svg).contains("wrote " + png);
        String printed = CliHarness.run("parachute", "encode", "--message", MESSAGE, "--location", JPL).out();
        assertEquals(printed, Files.readString(text, StandardCharsets.UTF_8));
        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).startsWith("<svg").contains("</svg>");
        BufferedImage picture = ImageIO.read(png.toFile());
        assertEquals(300, picture.getWidth(), "PNG width (px), as asked by --size");
    }

    @Test
    void fourWordsAreBadInputNamingTheLimit() {
        var run = CliHarness.run("parachute", "encode", "--message", "DARE MIGHTY THINGS TODAY", "--location", JPL);
        assertEquals(Main.EXIT_BAD_INPUT, run.exitCode(), "exit code");
        assertThat(run.err()).startsWith("error: message:").contains("at most 3").doesNotContain("Exception");
    }

    @Test
    void aLongWordOrADigitIsBadInput() {
        assertThat(CliHarness.run("parachute", "encode", "--message", "SUPERSONIC", "--location", JPL).err())
                .contains("\"SUPERSONIC\" has 10 letters").contains("at most 6");
        var digit = CliHarness.run("parachute", "encode", "--message", "MARS 2020", "--location", JPL);
        assertEquals(Main.EXIT_BAD_INPUT, digit.exitCode(), "exit code");
        assertThat(digit.err()).contains("'2'").contains("A-Z");
    }

    @Test
    void aLocationOutOfRangeOrUnreadableIsBadInput() {
        var far = CliHarness.run("parachute", "encode", "--message", MESSAGE, "--location", "95°N 10°E");
        assertEquals(Main.EXIT_BAD_INPUT, far.exitCode(), "exit code");
        assertThat(far.err()).startsWith("error: location:").contains("at most 90°");
        var unreadable = CliHarness.run("parachute", "encode", "--message", MESSAGE, "--location", "Pasadena");
        assertEquals(Main.EXIT_BAD_INPUT, unreadable.exitCode(), "exit code");
        assertThat(unreadable.err()).contains("\"Pasadena\"");
    }

    @Test
    void aMissingMessageIsAUsageError() {
        var run = CliHarness.run("parachute", "encode", "--location", JPL);
        assertEquals(Main.EXIT_BAD_INPUT, run.exitCode(), "exit code");
        assertThat(run.err()).contains("--message");
    }

    @Test
    void aFileThatCannotBeWrittenIsNamed() {
        Path nowhere = dir.resolve("no-such-dir").resolve("canopy.svg");
        var run = CliHarness.run("parachute", "encode", "--message", MESSAGE, "--location", JPL, "--svg", nowhere.toString());
        assertEquals(Main.EXIT_BAD_INPUT, run.exitCode(), "exit code");
        assertThat(run.err()).startsWith("error: " + nowhere + ": cannot write");
    }

    @Test
    void aSillyPictureSizeIsRefused() {
        var run = CliHarness.run("parachute", "encode", "--message", MESSAGE, "--location", JPL, "--png",
                dir.resolve("x.png").toString(), "--size", "4");
        assertEquals(Main.EXIT_BAD_INPUT, run.exitCode(), "exit code");
        assertThat(run.err()).contains("--size").contains("16 to 8192 px");
    }
}
