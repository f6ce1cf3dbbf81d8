package org.skycrane.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.skycrane.mars.Atmosphere;
import org.skycrane.mars.ExponentialAtmosphere;
import org.skycrane.mars.Gas;
import org.skycrane.mars.MarsGram;
import org.skycrane.mars.ScaledDensity;

/**
 * The atmosphere block: a built-in Mars-GRAM table or an exponential model.
 *
 * @param model             TABLE or EXPONENTIAL
 * @param profileSet        TABLE: {@code mars-gram-lat20n} or {@code mars-gram-lat00n}
 * @param profile           TABLE: −1 for the mean density, else a perturbed profile 0–199
 * @param surfaceDensity    EXPONENTIAL: ρ₀ (kg/m³)
 * @param scaleHeight       EXPONENTIAL: H (m)
 * @param temperature       EXPONENTIAL: isothermal temperature (K)
 * @param gasConstant       specific gas constant (J/(kg·K)); default Mars CO₂ mix
 * @param heatCapacityRatio γ; default 1.29
 * @param densityScale      factor on density at every altitude (default 1), e.g. 1.15 for 15 % denser
 */
public record AtmosphereSpec(@JsonProperty("model") Model model,
                             @JsonProperty("profile_set") String profileSet,
                             @JsonProperty("profile") Integer profile,
                             @JsonProperty("surface_density_kg_per_m3") Double surfaceDensity,
                             @JsonProperty("scale_height_m") Double scaleHeight,
                             @JsonProperty("temperature_k") Double temperature,
                             @JsonProperty("gas_constant_j_per_kg_k") Double gasConstant,
                             @JsonProperty("heat_capacity_ratio") Double heatCapacityRatio,
                             @JsonProperty("density_scale") Double densityScale) {

    /** Which atmosphere model. */
    public enum Model { TABLE, EXPONENTIAL }

    public AtmosphereSpec {
        Check.required("model", model);
        if (model == Model.TABLE) {
            Check.required("profile_set", profileSet);
            if (!MarsGram.PROFILE_SETS.contains(profileSet)) {
                throw new FieldException("profile_set", "unknown profile set '" + profileSet + "', expected one of "
                        + MarsGram.PROFILE_SETS);
            }
            if (profile != null && (profile < -1 || profile > 199)) {
                throw new FieldException("profile", "must be -1 (mean) or 0 to 199, got " + profile);
            }
        } else {
            Check.positive("surface_density_kg_per_m3", surfaceDensity, "kg/m3");
            Check.positive("scale_height_m", scaleHeight, "m");
            Check.positive("temperature_k", temperature, "K");
        }
        if (gasConstant != null) {
            Check.positive("gas_constant_j_per_kg_k", gasConstant, "J/(kg K)");
        }
        if (densityScale != null) {
            Check.positive("density_scale", densityScale, null);
        }
        if (heatCapacityRatio != null && !(heatCapacityRatio > 1)) {
            throw new FieldException("heat_capacity_ratio", "must be > 1, got " + heatCapacityRatio);
        }
    }

    /** The gas. */
    public Gas gas() {
        return new Gas(gasConstant != null ? gasConstant : Gas.MARS_CO2.specificGasConstant(),
                heatCapacityRatio != null ? heatCapacityRatio : Gas.MARS_CO2.heatCapacityRatio());
    }

    /** The atmosphere model; {@code profileOverride} ≥ 0 picks a perturbed table profile instead. */
    public Atmosphere atmosphere(int profileOverride) {
        Atmosphere base;
        if (model == Model.EXPONENTIAL) {
            base = new ExponentialAtmosphere(surfaceDensity, scaleHeight, temperature, gas());
        } else {
            int p = profileOverride >= 0 ? profileOverride : (profile == null ? -1 : profile);
            base = MarsGram.atmosphere(profileSet, p, gas());
        }
        double scale = densityScale == null ? 1.0 : densityScale;
        return scale == 1.0 ? base : new ScaledDensity(base, scale);
    }
}
