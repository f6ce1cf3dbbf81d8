package org.skycrane.gnc.trn;

import java.util.Objects;

/**
 * What terrain-relative navigation carries onboard, made before flight from orbital data: the coarse
 * and fine orthoimages (Mars 2020: 12 and 6 m/px) and the safe-targets map (10 m cells).
 *
 * @param coarse      the coarse map
 * @param fine        the fine map
 * @param safeTargets the hazard of each landing cell
 */
public record LvsMaps(OrbitalMap coarse, OrbitalMap fine, SafeTargetsMap safeTargets) {

    public LvsMaps {
        Objects.requireNonNull(coarse);
        Objects.requireNonNull(fine);
        Objects.requireNonNull(safeTargets);
    }
}
