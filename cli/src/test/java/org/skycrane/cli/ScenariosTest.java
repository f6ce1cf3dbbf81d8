package org.skycrane.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skycrane.canopy.CanopyCode;
import org.skycrane.io.ScenarioReader;

/** Every command that reads a scenario checks its canopy code through the one reading path, {@link Scenarios}. */
class ScenariosTest {

    /** 95° of latitude: the canopy's rule (at most 90°), which core does not know. */
    private static final String BAD_LOCATION = "base: mars2020\nvehicle:\n  parachute:\n    location: \"95°0'0\\\"N 1°0'0\\\"E\"\n";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"run", "replay", "montecarlo", "parachute encode --scenario"})
    void aLocationTheCanopyCannotCarryIsBadInputWithItsLine(String command) throws IOException {
        Path file = dir.resolve("far.yaml");
        Files.writeString(file, BAD_LOCATION);
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add(file.toString());
        if (command.equals("run") || command.equals("montecarlo")) {
            args.addAll(List.of("--out", dir.resolve("out").toString()));
        }
        var r = CliHarness.run(args.toArray(String[]::new));
        assertEquals(2, r.exitCode(), "exit code for bad input; stderr: " + r.err());
        assertThat(r.err().strip()).isEqualTo("error: " + file + ":4: vehicle.parachute.location: latitude must be at "
                + "most 90°, got 95°0'0\"N");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mars2020", "msl"})
    void thePresetsPassAndMars2020CarriesTheFlownCode(String preset) {
        var code = Scenarios.canopy(Scenarios.read(preset));
        assertEquals(preset.equals("mars2020"), code.isPresent(), "only the Mars 2020 parachute carried a code");
        code.ifPresent(c -> assertEquals(CanopyCode.MARS_2020, c));
        assertEquals(ScenarioReader.read(preset), Scenarios.read(preset), "the validators change nothing they accept");
    }
}
