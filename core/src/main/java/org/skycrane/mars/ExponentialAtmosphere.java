package org.skycrane.mars;

/**
 * Isothermal exponential atmosphere, ρ(h) = ρ₀ exp(−h / H). The textbook model behind the
 * Allen–Eggers closed form and most entry-guidance papers.
 *
 * @param surfaceDensity ρ₀ at altitude 0 (kg/m³)
 * @param scaleHeight    H (m)
 * @param temperature    isothermal temperature (K)
 * @param gas            gas properties, for pressure and speed of sound
 */
public record ExponentialAtmosphere(double surfaceDensity, double scaleHeight, double temperature, Gas gas)
        implements Atmosphere {

    public ExponentialAtmosphere {
        if (!(surfaceDensity > 0) || !(scaleHeight > 0) || !(temperature > 0)) {
            throw new IllegalArgumentException("exponential atmosphere needs positive density, scale height and temperature");
        }
    }

    @Override
    public AtmosphereSample at(double altitude) {
        double density = surfaceDensity * Math.exp(-altitude / scaleHeight);
        return new AtmosphereSample(density, density * gas.specificGasConstant() * temperature, temperature,
                gas.speedOfSound(temperature), -1.0 / scaleHeight);
    }
}
