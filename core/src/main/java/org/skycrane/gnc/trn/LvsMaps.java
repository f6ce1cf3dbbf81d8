package org.skycrane.gnc.trn;

import java.util.Objects;

/**
 * The Lander Vision System's onboard maps, made before flight from orbital images: the coarse
 * and fine orthoimages (Mars 2020: 12 and 6 m/px). The safe-targets map, the third, is
 * {@link SafeTargetsMap}.
 *
 * @param coarse      the coarse map
 * @param fine        the fine map
 */
public record LvsMaps(OrbitalMap coarse, OrbitalMap fine) {

    public LvsMaps {
        Objects.requireNonNull(coarse);
        Objects.requireNonNull(fine);
    }
}
