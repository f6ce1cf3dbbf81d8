package org.skycrane.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.skycrane.earth.MarsTime;
import org.skycrane.earth.SunDirection;
import org.skycrane.io.ScenarioReader;
import org.skycrane.scenario.Scenario;

/**
 * The descent images' Sun is the earth module's at the landing's place and instant. Reference:
 * Perseverance touched down at E+410 s (2021-02-18 20:43:38 UTC spacecraft event time), at 15:53 local
 * mean solar time (NASA JPL landing press kit, 2021). The earth module reproduces that LMST; the true
 * solar time is 38 min earlier (Mars's equation of time at Ls 5°, Allison and McEwen 2000), so the
 * Sun stands at 39.6° elevation, azimuth 257° (pinned from the earth module, whose sub-solar point is
 * checked against Mars24 within 1°), not at the 31° a mean-time hour angle would give.
 */
class LandingSunTest {

    @Test
    void theLcamImagesAreLitByTheSunOfTheMars2020Landing() {
        Scenario s = ScenarioReader.read("../examples/mars2020-jezero.yaml");
        var site = s.environment().terrain().frame();
        LandingSun sun = new LandingSun(s.mission().entryInterface(), site);
        double landing = 410;
        MarsTime time = MarsTime.at(s.mission().entryInterface().plusSeconds(410));
        assertThat(time.lmstHours(site.longitude())).isEqualTo(15 + 53 / 60.0, within(3 / 60.0));
        assertThat(Math.toDegrees(sun.elevation(landing))).isEqualTo(39.6, within(0.5));
        assertThat(Math.toDegrees(sun.azimuth(landing))).isEqualTo(257.4, within(0.5));
        SunDirection direct = SunDirection.at(s.mission().entryInterface().plusSeconds(410));
        assertThat(sun.elevation(landing)).isEqualTo(direct.elevation(site.latitude(), site.longitude()), within(1e-12));
        // it moves with the capture instant: over the 10 s of imaging by a few hundredths of a degree
        assertThat(Math.toDegrees(Math.abs(sun.elevation(landing) - sun.elevation(landing - 10))))
                .isBetween(0.01, 0.1);
    }
}
