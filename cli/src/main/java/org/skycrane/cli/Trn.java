package org.skycrane.cli;

import java.util.List;
import org.skycrane.InputException;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.Vision;
import org.skycrane.vision.RenderedVision;

/** The {@code --trn MODE} option and the renderer image mode needs. */
final class Trn {

    private static final List<String> MODES = List.of("none", "model", "images");

    private Trn() {
    }

    /** The scenario flown in {@code mode} (null: as written). */
    static Scenario withMode(Scenario s, String mode) {
        if (mode == null) {
            return s;
        }
        if (!MODES.contains(mode)) {
            throw new InputException(mode, 0, "--trn", "must be none, model or images");
        }
        if (!mode.equals("none") && s.navigation().filter() == null) {
            throw new InputException(mode, 0, "--trn", "terrain-relative navigation needs the scenario's navigation "
                    + "filter (navigation.filter)");
        }
        if (!mode.equals("none") && s.trn().startHeight() == null) {
            throw new InputException(mode, 0, "--trn", s.name() + " has no trn: block to fly (see docs/trn.md)");
        }
        return s.withTrnMode(mode);
    }

    /** The renderer's maps and camera when the scenario flies images, else null. */
    static Vision vision(Scenario s) {
        return s.trn().mode().equals("images") ? new RenderedVision() : null;
    }
}
