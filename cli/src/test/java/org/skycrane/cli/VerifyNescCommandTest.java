package org.skycrane.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code skycrane verify nesc}: table, JSON and plots, exit codes. */
class VerifyNescCommandTest {

    @TempDir
    Path dir;

    /** Case 6 (NASA/TM-2015-218675) flown by Skycrane's dynamics passes against NASA's family: exit 0. */
    @Test
    void caseSixPassesAndWritesJsonAndPlot() throws Exception {
        CliHarness r = CliHarness.run("verify", "nesc", "--case", "6", "--out", dir.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(0);
        assertThat(r.out()).contains("geodetic altitude").contains("down velocity").contains("all cases pass")
                .doesNotContain("FAIL");
        String json = Files.readString(dir.resolve("nesc.json"));
        assertThat(json).contains("\"passed\" : true").contains("\"case\" : 6").contains("altitude_m")
                .contains("\"series\"");
        var image = ImageIO.read(dir.resolve("nesc-case-6.png").toFile());
        assertThat(image.getWidth()).isGreaterThan(image.getHeight());
    }

    /** A case Skycrane does not ship is bad input: one line naming the flag, exit 2. */
    @Test
    void unknownCaseIsBadInput() {
        CliHarness r = CliHarness.run("verify", "nesc", "--case", "2", "--out", dir.toString());
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("--case").contains("1, 4, 5, 6, 7 and 8").doesNotContain("Exception");
        assertThat(Files.exists(dir.resolve("nesc.json"))).isFalse();
    }
}
