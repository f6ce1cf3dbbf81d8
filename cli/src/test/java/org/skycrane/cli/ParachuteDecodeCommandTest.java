package org.skycrane.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skycrane.canopy.CanopyCode;
import org.skycrane.canopy.CanopyRenderer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ParachuteDecodeCommandTest {

    private static final String JPL = "34°11'58\"N 118°10'31\"W";

    @TempDir
    Path dir;

    private Path encoded(String name, String message, String location) {
        Path file = dir.resolve(name);
        var run = CliHarness.run("parachute", "encode", "--message", message, "--location", location, "--text", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String[] lines(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).split("\n");
    }

    @Test
    void aTextPatternPrintsTheMessageThenTheLocation() {
        var run = CliHarness.run("parachute", "decode", encoded("c.txt", "DARE MIGHTY THINGS", JPL).toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("DARE MIGHTY THINGS\n" + JPL + "\n", run.out());
    }

    @Test
    void anyRotationOnesAndZerosAndLowerCaseAreAccepted() throws IOException {
        String[] rings = lines(encoded("c.txt", "GO FOR PDI", "18°26'41\"N 77°27'3\"E"));
        StringBuilder turned = new StringBuilder();
        for (String ring : rings) {
            String rotated = ring.substring(33) + ring.substring(0, 33);   // the same turn for every ring
            turned.append(rotated.replace('R', '1').replace('W', '0')).append('\n');
        }
        var run = CliHarness.run("parachute", "decode", write("turned.txt", turned.toString()).toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("GO FOR PDI\n18°26'41\"N 77°27'3\"E\n", run.out());
        String lower = String.join("\n", rings).toLowerCase(Locale.ROOT);
        assertEquals(0, CliHarness.run("parachute", "decode", write("lower.txt", lower).toString()).exitCode());
    }

    @Test
    void jsonGivesSignedDecimalDegrees() {
        var run = CliHarness.run("parachute", "decode", encoded("c.txt", "DARE MIGHTY THINGS", JPL).toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertEquals("DARE MIGHTY THINGS", json.get("message").asString());
        assertEquals(JPL, json.get("location").get("text").asString());
        // 34 + 11/60 + 58/3600 and -(118 + 10/60 + 31/3600), rounded to 1e-6 degree
        assertEquals(34.199444, json.get("location").get("lat_deg").asDouble(), 1e-12, "latitude (deg)");
        assertEquals(-118.175278, json.get("location").get("lon_deg").asDouble(), 1e-12, "longitude (deg), west < 0");
    }

    @Test
    void southAndEastHaveTheirSigns() {
        var run = CliHarness.run("parachute", "decode", encoded("c.txt", "JEZERO", "18°26'41\"S 77°27'3\"E").toString(),
                "--json");
        JsonNode location = JsonMapper.builder().build().readTree(run.out()).get("location");
        assertThat(location.get("lat_deg").asDouble()).isNegative();
        assertThat(location.get("lon_deg").asDouble()).isPositive();
    }

    @Test
    void aPngFromEncodeDecodes() {
        Path png = dir.resolve("c.png");
        CliHarness.run("parachute", "encode", "--message", "DARE MIGHTY THINGS", "--location", JPL, "--png", png.toString(),
                "--size", "600");
        var run = CliHarness.run("parachute", "decode", png.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("DARE MIGHTY THINGS\n" + JPL + "\n", run.out());
    }

    @Test
    void aJpegDecodes() throws IOException {
        BufferedImage picture = CanopyRenderer.image(CanopyCode.MARS_2020.encode().rotated(17), 600);
        Path jpeg = dir.resolve("canopy.jpg");
        ImageIO.write(picture, "jpeg", jpeg.toFile());
        var run = CliHarness.run("parachute", "decode", jpeg.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertThat(run.out()).startsWith("DARE MIGHTY THINGS\n");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("missing.txt");
        var run = CliHarness.run("parachute", "decode", missing.toString());
        assertEquals(Main.EXIT_BAD_INPUT, run.exitCode(), "exit code");
        assertEquals("error: " + missing + ": no such file\n", run.err());
    }

    @Test
    void aDirectoryIsNamed() {
        var run = CliHarness.run("parachute", "decode", dir.toString());
        assertEquals(Main.EXIT_BAD_INPUT, run.exitCode(), "exit code");
        assertThat(run.err()).startsWith("error: " + dir + ": is a directory");
    }

    @Test
    void theWrongNumberOfLinesIsNamedWithTheFile() throws IOException {
        String[] rings = lines(encoded("c.txt", "GO", JPL));
        Path three = write("three.txt", rings[0] + "\n" + rings[1] + "\n" + rings[2] + "\n");
        var run = CliHarness.run("parachute", "decode", three.toString());
        assertEquals(Main.EXIT_BAD_INPUT, run.exitCode(), "exit code");
        assertThat(run.err()).startsWith("error: " + three + ": has 3 ring lines");
        Path five = write("five.txt", String.join("\n", rings) + "\n" + rings[0] + "\n");
        assertThat(CliHarness.run("parachute", "decode", five.toString()).err())
                .startsWith("error: " + five + ":5: more than 4 ring lines");
    }

    @Test
    void aLineOfTheWrongLengthIsNamedWithFileAndLine() throws IOException {
        String[] rings = lines(encoded("c.txt", "GO", JPL));
        rings[2] = rings[2].substring(0, 79);
        Path shortLine = write("short.txt", String.join("\n", rings));
        var run = CliHarness.run("parachute", "decode", shortLine.toString());
        assertEquals(Main.EXIT_BAD_INPUT, run.exitCode(), "exit code");
        assertThat(run.err()).startsWith("error: " + shortLine + ":3: ring 3 has 79 segments");
    }

    @Test
    void anUnknownCharacterIsNamedWithFileLineAndColumn() throws IOException {
        String[] rings = lines(encoded("c.txt", "GO", JPL));
        rings[1] = "X" + rings[1].substring(1);
        Path bad = write("bad.txt", String.join("\n", rings));
        var run = CliHarness.run("parachute", "decode", bad.toString());
        assertEquals(Main.EXIT_BAD_INPUT, run.exitCode(), "exit code");
        assertThat(run.err()).startsWith("error: " + bad + ":2: unknown character 'X' in column 1");
    }

    @Test
    void aPatternThatIsNoCodeSaysWhyAndNamesTheFile() throws IOException {
        Path noise = write("noise.txt", ("RW".repeat(40) + "\n").repeat(4));
        var run = CliHarness.run("parachute", "decode", noise.toString());
        assertEquals(Main.EXIT_BAD_INPUT, run.exitCode(), "exit code");
        assertThat(run.err()).startsWith("error: " + noise + ": ring 1: no filler").doesNotContain("Exception");
    }

    @Test
    void aPictureWithoutACanopyIsNamed() throws IOException {
        Path black = dir.resolve("night.png");
        ImageIO.write(new BufferedImage(120, 90, BufferedImage.TYPE_INT_RGB), "png", black.toFile());
        var run = CliHarness.run("parachute", "decode", black.toString());
        assertEquals(Main.EXIT_BAD_INPUT, run.exitCode(), "exit code");
        assertThat(run.err()).startsWith("error: " + black + ": no canopy found");
    }

    @Test
    void aBrokenPictureIsNamed() throws IOException {
        Path broken = Files.write(dir.resolve("broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        var run = CliHarness.run("parachute", "decode", broken.toString());
        assertEquals(Main.EXIT_BAD_INPUT, run.exitCode(), "exit code");
        assertThat(run.err()).startsWith("error: " + broken + ":");
    }

    @Test
    void binaryDataThatIsNeitherPictureNorTextIsNamed() throws IOException {
        Path binary = Files.write(dir.resolve("data.bin"), new byte[] {0, (byte) 0xff, (byte) 0xfe, 7});
        var run = CliHarness.run("parachute", "decode", binary.toString());
        assertEquals(Main.EXIT_BAD_INPUT, run.exitCode(), "exit code");
        assertThat(run.err()).startsWith("error: " + binary + ": neither a picture");
    }
}
