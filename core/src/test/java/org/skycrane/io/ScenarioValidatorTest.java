package org.skycrane.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skycrane.InputException;
import org.skycrane.scenario.FieldException;
import org.skycrane.scenario.Scenario;
import org.skycrane.scenario.ScenarioValidator;

/** Validators contributed by other modules run on every scenario read and report like any bad field. */
class ScenarioValidatorTest {

    /** Rejects a message with the letter Q, as a stand-in for a rule core does not know. */
    private static final ScenarioValidator NO_Q = s -> {
        String message = s.vehicle().parachute().message();
        if (message != null && message.contains("Q")) {
            throw new FieldException("vehicle.parachute.message", "no Q allowed, got \"" + message + "\"");
        }
    };

    @Test
    void aFailingValidatorNamesTheFileTheLineAndTheField() {
        String text = "base: mars2020\nname: quiet\nvehicle:\n  parachute:\n    message: QUIET\n";
        assertThatThrownBy(() -> ScenarioReader.parse(text, "q.yaml", List.of(NO_Q)))
                .isInstanceOf(InputException.class)
                .hasMessage("q.yaml:5: vehicle.parachute.message: no Q allowed, got \"QUIET\"")
                .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(5))
                .satisfies(e -> assertThat(((InputException) e).field()).isEqualTo("vehicle.parachute.message"));
    }

    @Test
    void aFieldThatComesFromTheBaseIsFoundInTheBase() {
        ScenarioValidator noDare = s -> {
            throw new FieldException("vehicle.parachute.message", "rejected");
        };
        InputException e = catchInput(() -> ScenarioReader.parse("base: mars2020\nname: x\n", "x.yaml", List.of(noDare)));
        assertThat(e.source()).isEqualTo("mars2020 (built-in)");
        assertThat(e.line()).isEqualTo(lineOf(ScenarioReader.presetText("mars2020"), "    message:"));
    }

    @Test
    void everyValidatorSeesTheScenarioInOrderAndTheScenarioIsReturned() {
        List<String> seen = new ArrayList<>();
        Scenario s = ScenarioReader.read("mars2020", List.of(x -> seen.add("first " + x.name()),
                x -> seen.add("second " + x.name()), NO_Q));
        assertThat(seen).containsExactly("first mars2020", "second mars2020");
        assertThat(s).isEqualTo(ScenarioReader.read("mars2020"));
    }

    @Test
    void withoutValidatorsCoreKeepsOnlyItsOwnRuleThatMessageAndLocationComeTogether() {
        Scenario s = ScenarioReader.parse("base: mars2020\nvehicle:\n  parachute:\n    message: QUIET\n", "q.yaml");
        assertThat(s.vehicle().parachute().message()).isEqualTo("QUIET");
        assertThatThrownBy(() -> ScenarioReader.parse("base: mars2020\nvehicle:\n  parachute:\n    location: null\n",
                "half.yaml")).isInstanceOf(InputException.class)
                .hasMessageContaining("half.yaml:4: vehicle.parachute.location: missing");
    }

    private static InputException catchInput(Runnable read) {
        try {
            read.run();
        } catch (InputException e) {
            return e;
        }
        throw new AssertionError("no InputException");
    }

    private static int lineOf(String text, String prefix) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starting with " + prefix);
    }
}
