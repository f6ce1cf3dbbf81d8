package org.skycrane.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.skycrane.mars.Planet;

/**
 * The planet block of a scenario file.
 *
 * @param gm              μ (m³/s²); 0 switches gravity off for analytic cases
 * @param referenceRadius reference radius of J2 (m)
 * @param j2              second zonal harmonic
 * @param rotationRate    spin rate (rad/s); 0 for a non-rotating planet
 */
public record PlanetSpec(@JsonProperty("gm_m3_per_s2") Double gm,
                         @JsonProperty("reference_radius_m") Double referenceRadius,
                         @JsonProperty("j2") Double j2,
                         @JsonProperty("rotation_rate_rad_per_s") Double rotationRate) {

    public PlanetSpec {
        Check.nonNegative("gm_m3_per_s2", gm, "m3/s2");
        Check.positive("reference_radius_m", referenceRadius, "m");
        Check.finite("j2", j2);
        Check.finite("rotation_rate_rad_per_s", rotationRate);
    }

    /** The planet model. */
    public Planet planet() {
        return new Planet(gm, referenceRadius, j2, rotationRate);
    }
}
