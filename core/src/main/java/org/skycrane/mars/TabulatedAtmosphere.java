package org.skycrane.mars;

import org.skycrane.math.UniformSpline;

/**
 * Atmosphere from tables on a uniform altitude grid: density interpolated as a monotone cubic in
 * ln ρ (so it is smooth and exactly exponential between nodes of constant scale height),
 * temperature and speed of sound as monotone cubics. Pressure follows from the ideal-gas law so the
 * three stay consistent.
 *
 * <p>Outside its table: density continues exponentially with the end scale height; below the
 * temperature table (the Mars-GRAM mean profile starts at the areoid, while Jezero lies 2.6 km and
 * Gale 4.4 km below it) the temperature continues with the lapse rate of the table's lowest interval,
 * and the speed of sound with it as √(γ R T) (a ∝ √T at a fixed gas); above the table both are held
 * (isothermal).
 */
public final class TabulatedAtmosphere implements Atmosphere {

    private final UniformSpline logDensity;
    private final UniformSpline temperature;
    private final UniformSpline speedOfSound;
    private final Gas gas;

    /**
     * @param densityGrid      altitude grid of the density samples (m)
     * @param density          density at each grid altitude (kg/m³), all positive
     * @param temperatureGrid  altitude grid of the temperature and speed-of-sound samples (m)
     * @param temperatures     K
     * @param speedsOfSound    m/s
     * @param gas              for the pressure from ρ R T
     */
    public TabulatedAtmosphere(Grid densityGrid, double[] density, Grid temperatureGrid, double[] temperatures,
                               double[] speedsOfSound, Gas gas) {
        double[] logRho = new double[density.length];
        for (int i = 0; i < density.length; i++) {
            if (!(density[i] > 0)) {
                throw new IllegalArgumentException("tabulated density must be positive, got " + density[i]
                        + " at " + (densityGrid.start() + i * densityGrid.step()) + " m");
            }
            logRho[i] = Math.log(density[i]);
        }
        this.logDensity = new UniformSpline(densityGrid.start(), densityGrid.step(), logRho);
        this.temperature = new UniformSpline(temperatureGrid.start(), temperatureGrid.step(), temperatures);
        this.speedOfSound = new UniformSpline(temperatureGrid.start(), temperatureGrid.step(), speedsOfSound);
        this.gas = gas;
    }

    /**
     * A uniform altitude grid.
     *
     * @param start first altitude (m)
     * @param step  spacing (m)
     */
    public record Grid(double start, double step) {
    }

    @Override
    public AtmosphereSample at(double altitude) {
        double lnRho = logDensity.value(altitude);
        double density = Math.exp(lnRho);
        double t;
        double a;
        if (altitude < temperature.start()) {
            double t0 = temperature.value(temperature.start());
            t = temperature.value(altitude);
            a = speedOfSound.value(temperature.start()) * Math.sqrt(t / t0);
        } else {
            double clamped = Math.min(temperature.end(), altitude);
            t = temperature.value(clamped);
            a = speedOfSound.value(clamped);
        }
        return new AtmosphereSample(density, density * gas.specificGasConstant() * t, t, a,
                logDensity.derivative(altitude));
    }
}
