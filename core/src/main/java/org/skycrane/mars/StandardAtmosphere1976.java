package org.skycrane.mars;

/**
 * The U.S. Standard Atmosphere, 1976 (NOAA, NASA and USAF; NOAA-S/T 76-1562, NASA-TM-X-74335,
 * Washington, October 1976), below 86 km geometric altitude: seven layers in geopotential altitude
 * H, in each of which the molecular-scale temperature T_M is linear in H (Part 1, Table 4: base
 * heights 0, 11, 20, 32, 47, 51, 71 km′, gradients −6.5, 0, +1.0, +2.8, 0, −2.8, −2.0 K/km′; the
 * last layer ends at 84.852 km′, 86 km geometric), pressure from the hydrostatic equation integrated
 * in each layer, density from the ideal-gas law and the speed of sound from √(γ R* T_M / M₀).
 *
 * <p>Constants of the standard (Part 1): sea-level T₀ = 288.15 K and P₀ = 101,325 Pa,
 * g₀ = 9.80665 m/s², R* = 8.31432 J/(mol·K), M₀ = 28.9644 g/mol, γ = 1.40, and the Earth radius
 * r₀ = 6,356,766 m that turns geometric altitude Z into geopotential altitude H = r₀ Z / (r₀ + Z).
 * Between 80 and 86 km the kinetic temperature is T_M times the molecular-weight ratio M/M₀ of Part 1,
 * Table 8 (interpolated linearly, as the standard says); density and the speed of sound depend on
 * T_M only.
 *
 * <p>Input is geometric altitude above the planet's reference ellipsoid or sphere, the datum of the
 * check cases that use this model. The model is defined from −5 km′ to 86 km; outside it
 * {@link #at(double)} throws rather than extrapolate.
 */
public final class StandardAtmosphere1976 implements Atmosphere {

    /** Air of the standard: R = R* / M₀ = 8314.32 / 28.9644 J/(kg·K), γ = 1.40. */
    public static final Gas AIR = new Gas(8314.32 / 28.9644, 1.40);

    /** Earth radius r₀ of the geopotential-altitude conversion (m). */
    public static final double EARTH_RADIUS = 6_356_766.0;
    /** Standard gravity g₀ (m/s²). */
    public static final double G0 = 9.80665;
    /** Lowest geopotential altitude of the standard (m′). */
    public static final double MIN_GEOPOTENTIAL_ALTITUDE = -5000.0;
    /** Highest geometric altitude of the lower-atmosphere model (m). */
    public static final double MAX_ALTITUDE = 86_000.0;

    private static final double T0 = 288.15;
    private static final double P0 = 101_325.0;
    private static final double[] BASE = {0, 11_000, 20_000, 32_000, 47_000, 51_000, 71_000};
    private static final double[] GRADIENT = {-6.5e-3, 0, 1.0e-3, 2.8e-3, 0, -2.8e-3, -2.0e-3};
    /** g₀ M₀ / R* (K/m′). */
    private static final double G0_M_OVER_R = G0 / AIR.specificGasConstant();
    /** Part 1, Table 8: M/M₀ at geometric altitudes 80.0, 80.5, ... 86.0 km. */
    private static final double[] MOLECULAR_WEIGHT_RATIO = {1.000000, 0.999996, 0.999989, 0.999971, 0.999941,
        0.999909, 0.999870, 0.999829, 0.999786, 0.999741, 0.999694, 0.999641, 0.999579};

    private final double[] baseTemperature = new double[BASE.length];
    private final double[] basePressure = new double[BASE.length];

    /** The standard; its layer-base temperatures and pressures follow from the sea-level values. */
    public StandardAtmosphere1976() {
        baseTemperature[0] = T0;
        basePressure[0] = P0;
        for (int b = 1; b < BASE.length; b++) {
            baseTemperature[b] = temperatureIn(b - 1, BASE[b]);
            basePressure[b] = pressureIn(b - 1, BASE[b]);
        }
    }

    /** Geopotential altitude H = r₀ Z / (r₀ + Z) (m′) of geometric altitude Z (m). */
    public static double geopotentialAltitude(double geometricAltitude) {
        return EARTH_RADIUS * geometricAltitude / (EARTH_RADIUS + geometricAltitude);
    }

    /** Geometric altitude Z = r₀ H / (r₀ − H) (m) of geopotential altitude H (m′). */
    public static double geometricAltitude(double geopotentialAltitude) {
        return EARTH_RADIUS * geopotentialAltitude / (EARTH_RADIUS - geopotentialAltitude);
    }

    /**
     * Conditions at geometric altitude {@code altitude} (m); temperature is the kinetic temperature.
     *
     * @throws IllegalArgumentException below −5 km′ geopotential or above 86 km geometric altitude
     */
    @Override
    public AtmosphereSample at(double altitude) {
        double h = geopotentialAltitude(altitude);
        if (!(h >= MIN_GEOPOTENTIAL_ALTITUDE - 1e-6) || !(altitude <= MAX_ALTITUDE)) {
            throw new IllegalArgumentException("the US 1976 standard atmosphere is defined from "
                    + geometricAltitude(MIN_GEOPOTENTIAL_ALTITUDE) + " m to " + MAX_ALTITUDE
                    + " m geometric altitude, got " + altitude + " m");
        }
        int b = layer(h);
        double molecularTemperature = temperatureIn(b, h);
        double pressure = pressureIn(b, h);
        double density = pressure / (AIR.specificGasConstant() * molecularTemperature);
        double dLnRhoDh = -(G0_M_OVER_R + GRADIENT[b]) / molecularTemperature;
        double dhDz = EARTH_RADIUS / (EARTH_RADIUS + altitude);
        return new AtmosphereSample(density, pressure, molecularTemperature * molecularWeightRatio(altitude),
                AIR.speedOfSound(molecularTemperature), dLnRhoDh * dhDz * dhDz);
    }

    private static int layer(double h) {
        int b = 0;
        while (b + 1 < BASE.length && h >= BASE[b + 1]) {
            b++;
        }
        return b;
    }

    private double temperatureIn(int b, double h) {
        return baseTemperature[b] + GRADIENT[b] * (h - BASE[b]);
    }

    /** Part 1, eqs. for P in a layer: power law where the gradient is non-zero, exponential where it is zero. */
    private double pressureIn(int b, double h) {
        double tb = baseTemperature[b];
        if (GRADIENT[b] == 0) {
            return basePressure[b] * Math.exp(-G0_M_OVER_R * (h - BASE[b]) / tb);
        }
        return basePressure[b] * Math.pow(tb / temperatureIn(b, h), G0_M_OVER_R / GRADIENT[b]);
    }

    private static double molecularWeightRatio(double altitude) {
        if (altitude <= 80_000) {
            return 1.0;
        }
        double x = (altitude - 80_000) / 500;
        int i = Math.min((int) x, MOLECULAR_WEIGHT_RATIO.length - 2);
        double f = x - i;
        return MOLECULAR_WEIGHT_RATIO[i] * (1 - f) + MOLECULAR_WEIGHT_RATIO[i + 1] * f;
    }
}
