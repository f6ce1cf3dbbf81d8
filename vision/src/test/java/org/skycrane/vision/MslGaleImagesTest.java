package org.skycrane.vision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.skycrane.flight.EdlEvent;
import org.skycrane.io.ScenarioReader;
import org.skycrane.sim.Outcome;
import org.skycrane.sim.Result;
import org.skycrane.sim.Simulation;
import org.skycrane.sim.TrnReport;

/**
 * Any scenario may fly any TRN mode (issue "Terrain-relative navigation", item 4): MSL over the
 * synthetic Gale of {@code examples/msl-gale-trn-images.yaml} in images mode flies, the LVS makes a
 * solution from rendered images of Gale lit by the Sun of Curiosity's landing, within Mars 2020's ~40 m
 * (Johnson et al., AIAA SciTech 2022), and Safe Target Selection picks a target below its hazard
 * threshold.
 */
class MslGaleImagesTest {

    @Test
    void mslOverGaleFliesTheLvsInImagesMode() {
        var scenario = ScenarioReader.read("../examples/msl-gale-trn-images.yaml");
        assertThat(scenario.trn().mode()).isEqualTo("images");
        Result r = Simulation.run(scenario, false, new RenderedVision());
        TrnReport trn = r.trn();
        assertThat(trn).isNotNull();
        assertThat(trn.failure()).isNull();
        assertThat(trn.fused()).isGreaterThanOrEqualTo(scenario.trn().images());
        assertThat(trn.positionError()).isLessThan(40);
        assertThat(r.timeline().records().stream().map(e -> e.event()))
                .contains(EdlEvent.LVS_START, EdlEvent.LVS_SOLUTION, EdlEvent.SAFE_TARGET_SELECTED);
        assertThat(r.outcome()).isEqualTo(Outcome.LANDED);
        assertThat(trn.safeTarget()).isNotNull();
        assertThat(trn.hazard()).isLessThan(scenario.trn().hazardThreshold());
    }
}
