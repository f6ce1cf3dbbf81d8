package org.skycrane.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.skycrane.mars.Atmosphere;
import org.skycrane.mars.ExponentialAtmosphere;
import org.skycrane.mars.Gas;
import org.skycrane.mars.MarsGram;
import org.skycrane.mars.ScaledDensity;
import org.skycrane.mars.WindProfile;

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
 * @param wind              optional wind profile: east and north components against altitude
 */
public record AtmosphereSpec(@JsonProperty("model") Model model,
                             @JsonProperty("profile_set") String profileSet,
                             @JsonProperty("profile") Integer profile,
                             @JsonProperty("surface_density_kg_per_m3") Double surfaceDensity,
                             @JsonProperty("scale_height_m") Double scaleHeight,
                             @JsonProperty("temperature_k") Double temperature,
                             @JsonProperty("gas_constant_j_per_kg_k") Double gasConstant,
                             @JsonProperty("heat_capacity_ratio") Double heatCapacityRatio,
                             @JsonProperty("density_scale") Double densityScale,
                             @JsonProperty("wind") List<WindPoint> wind) {

    /** Which atmosphere model. */
    /**
     * Which atmosphere model: a Mars-GRAM table, an exponential, or a named standard ({@code us1976}:
     * the U.S. Standard Atmosphere, 1976, for Earth cases; its gas is the standard's air).
     */
    public enum Model { TABLE, EXPONENTIAL, US1976 }

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
        } else if (model == Model.EXPONENTIAL) {
            Check.positiveUpTo("surface_density_kg_per_m3", surfaceDensity, 1000, "kg/m3", "a gas denser than "
                    + "water is not an atmosphere; Mars's is about 0.02 kg/m3 at the surface");
            // No lower bound: a metre-scale height is unphysical but is how tests drive the integrator to a
            // numerical failure, which must stay a result (NUMERICAL_FAILURE), not an error.
            Check.positiveUpTo("scale_height_m", scaleHeight, 100_000, "m", "Mars's scale height is about 11 km");
            Check.positiveUpTo("temperature_k", temperature, 5000, "K", "Mars's atmosphere is 130 to 300 K");
        }
        if (gasConstant != null) {
            Check.positive("gas_constant_j_per_kg_k", gasConstant, "J/(kg K)");
        }
        if (densityScale != null) {
            Check.range("density_scale", densityScale, 0.01, 100, null, "a factor on the modelled density; Mars's "
                    + "seasons and dust storms change it by tens of percent");
        }
        if (heatCapacityRatio != null && !(heatCapacityRatio > 1)) {
            throw new FieldException("heat_capacity_ratio", "must be > 1, got " + heatCapacityRatio);
        }
        if (wind != null) {
            wind = checkWind("wind", wind);
        }
    }

    /** A wind profile: not empty, altitudes increasing. */
    static List<WindPoint> checkWind(String field, List<WindPoint> wind) {
        List<WindPoint> list = Check.nonEmpty(field, wind);
        for (int i = 1; i < list.size(); i++) {
            if (!(list.get(i).altitude() > list.get(i - 1).altitude())) {
                throw new FieldException(field, "altitude_m values must increase, got "
                        + Check.format(list.get(i - 1).altitude()) + " then " + Check.format(list.get(i).altitude()));
            }
        }
        return list;
    }

    /** One point of the wind profile: wind blowing toward east and north (m/s) at an altitude (m). */
    public record WindPoint(@JsonProperty("altitude_m") Double altitude, @JsonProperty("east_mps") Double east,
                            @JsonProperty("north_mps") Double north) {
        public WindPoint {
            Check.range("altitude_m", altitude, -10_000, 300_000, "m", "from below the deepest basin to above the "
                    + "entry interface");
            String why = "Mars winds reach about 100 m/s aloft and tens of m/s near the ground";
            Check.range("east_mps", east, -200, 200, "m/s", why);
            Check.range("north_mps", north, -200, 200, "m/s", why);
        }
    }

    /** The gas. */
    public Gas gas() {
        return new Gas(gasConstant != null ? gasConstant : Gas.MARS_CO2.specificGasConstant(),
                heatCapacityRatio != null ? heatCapacityRatio : Gas.MARS_CO2.heatCapacityRatio());
    }

    /** The atmosphere model; {@code profileOverride} ≥ 0 picks a perturbed table profile instead. */
    public Atmosphere atmosphere(int profileOverride) {
        return atmosphere(profileOverride, 1.0, 1.0, 0.0);
    }

    /**
     * The atmosphere of one dispersed case: perturbed table profile {@code profileOverride} (≥ 0)
     * or the scenario's, density times {@code densityFactor}, and the wind profile (if any) scaled by
     * {@code windScale} and turned by {@code windRotation} (rad, clockwise from north).
     */
    public Atmosphere atmosphere(int profileOverride, double densityFactor, double windScale, double windRotation) {
        return atmosphere(profileOverride, densityFactor, wind, windScale, windRotation);
    }

    /** As {@link #atmosphere(int, double, double, double)} with the wind profile {@code windPoints} (null: calm). */
    public Atmosphere atmosphere(int profileOverride, double densityFactor, List<WindPoint> windPoints,
                                 double windScale, double windRotation) {
        Atmosphere base;
        if (model == Model.US1976) {
            base = new org.skycrane.mars.StandardAtmosphere1976();
        } else if (model == Model.EXPONENTIAL) {
            base = new ExponentialAtmosphere(surfaceDensity, scaleHeight, temperature, gas());
        } else {
            int p = profileOverride >= 0 ? profileOverride : (profile == null ? -1 : profile);
            base = MarsGram.atmosphere(profileSet, p, gas());
        }
        double scale = (densityScale == null ? 1.0 : densityScale) * densityFactor;
        Atmosphere air = scale == 1.0 ? base : new ScaledDensity(base, scale);
        if (windPoints == null) {
            return air;
        }
        var wind = windPoints;
        double[] h = new double[wind.size()];
        double[] e = new double[h.length];
        double[] n = new double[h.length];
        for (int i = 0; i < h.length; i++) {
            h[i] = wind.get(i).altitude();
            e[i] = wind.get(i).east();
            n[i] = wind.get(i).north();
        }
        WindProfile profile = new WindProfile(air, h, e, n);
        return windScale == 1.0 && windRotation == 0.0 ? profile : profile.dispersed(windScale, windRotation);
    }
}
