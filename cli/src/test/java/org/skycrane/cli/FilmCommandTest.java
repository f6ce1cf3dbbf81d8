package org.skycrane.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code skycrane film}: bad options are refused with one line and exit 2, before anything is flown. */
class FilmCommandTest {

    private static void assertBadInput(CliHarness r, String... fragments) {
        assertEquals(2, r.exitCode(), "exit code for bad input; stderr: " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        for (String f : fragments) {
            assertTrue(r.err().contains(f), "'" + f + "' in: " + r.err());
        }
    }

    @Test
    void anUnknownCameraIsNamedWithTheCamerasThereAre() {
        assertBadInput(CliHarness.run("film", "mars2020", "--camera", "mastcam"), "--camera", "mastcam", "puc1",
                "lcam");
    }

    @Test
    void aBadImageSizeIsRefused() {
        assertBadInput(CliHarness.run("film", "mars2020", "--size", "641x480"), "--size", "641x480");
        assertBadInput(CliHarness.run("film", "mars2020", "--size", "big"), "--size");
    }

    @Test
    void aBadFrameRateIsRefused() {
        assertBadInput(CliHarness.run("film", "mars2020", "--fps", "0"), "--fps");
        assertBadInput(CliHarness.run("film", "mars2020", "--film-fps", "500"), "--film-fps");
    }

    @Test
    void aGroundTooFineForTheGridIsRefused() {
        // 16 km at 1.5 m would be 10,667 postings a side, beyond the film's 8,192
        assertBadInput(CliHarness.run("film", "mars2020", "--ground-posting", "1.5"), "--ground-posting", "8192");
    }

    @Test
    void aSeedWithoutACaseIsRefused() {
        assertBadInput(CliHarness.run("film", "mars2020", "--seed", "7"), "--seed", "--case");
    }

    @Test
    void aMissingScenarioIsNamed() {
        assertBadInput(CliHarness.run("film", "no-such-scenario.yaml"), "no-such-scenario.yaml");
    }
}
