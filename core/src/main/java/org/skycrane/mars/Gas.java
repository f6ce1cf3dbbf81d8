package org.skycrane.mars;

/**
 * Thermodynamic properties of an ideal atmospheric gas. Planet-dependent physics is data here, not
 * a static constant (the lesson of air-only codes).
 *
 * @param specificGasConstant R = R_universal / molar mass (J/(kg·K))
 * @param heatCapacityRatio   γ = c_p / c_v
 */
public record Gas(double specificGasConstant, double heatCapacityRatio) {

    /**
     * Mars atmosphere, molar mass 43.41 g/mol (CRC reference atmosphere, as quoted by
     * Holstein-Rathlou et al. 2016) → R = 8.314462618 / 0.04341 = 191.54 J/(kg·K); γ = 1.29, the
     * value for CO₂ near 200 K.
     */
    public static final Gas MARS_CO2 = new Gas(8.314462618 / 0.04341, 1.29);

    public Gas {
        if (!(specificGasConstant > 0) || !(heatCapacityRatio > 1)) {
            throw new IllegalArgumentException("gas needs R > 0 and gamma > 1");
        }
    }

    /** Speed of sound √(γ R T) at temperature {@code temperature} (K), in m/s. */
    public double speedOfSound(double temperature) {
        return Math.sqrt(heatCapacityRatio * specificGasConstant * temperature);
    }
}
