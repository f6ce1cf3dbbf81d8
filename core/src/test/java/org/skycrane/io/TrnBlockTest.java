package org.skycrane.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skycrane.InputException;

/** The {@code trn:} block's bad values name the file, the line and the field. */
class TrnBlockTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mode: sometimes|trn.mode",
        "start_height_m: 500.0|trn.start_height_m",
        "max_images: 1|trn.max_images",
        "max_divert_m: -5.0|trn.max_divert_m",
        "hazard_threshold: 2.0|trn.hazard_threshold",
        "camera_pixels: 4096|trn.camera_pixels",
        "orbital_sun_elevation_deg: 95.0|trn.orbital_sun_elevation_deg",
        "model_sigma_m: 0.0|trn.model_sigma_m",
        "model_scatter_east_m: -1.0|trn.model_scatter_east_m",
        "model_scatter_north_m: -0.5|trn.model_scatter_north_m",
        "model_bias_east_m: -2000.0|trn.model_bias_east_m",
        "model_bias_north_m: 5000.0|trn.model_bias_north_m",
        "model_failure_probability: 1.5|trn.model_failure_probability",
        // the descent images' Sun is the ephemeris's at the landing, not a scenario value: refused as unknown
        "landing_sun_elevation_deg: 31.0|trn.landing_sun_elevation_deg",
        "landing_sun_azimuth_deg: 261.0|trn.landing_sun_azimuth_deg"})
    void aBadValueNamesItsField(String line, String field) {
        String text = "base: mars2020\nname: bad\ntrn:\n  " + line + "\n";
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.parse(text, "bad.yaml"));
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.source()).isEqualTo("bad.yaml");
    }

    @Test
    void thePresetFliesTheModelAndMslFliesNone() {
        assertThat(ScenarioReader.read("mars2020").trn().mode()).isEqualTo("model");
        assertThat(ScenarioReader.read("msl").trn().enabled()).isFalse();
    }
}
