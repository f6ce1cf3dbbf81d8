package org.skycrane.mars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What every {@link Atmosphere} must satisfy: density positive and falling with altitude over the
 * EDL range, a positive speed of sound, the ideal-gas law, and a density slope consistent with the
 * density itself. Each implementation extends this with its own instance.
 */
abstract class AtmosphereContractTest {

    abstract Atmosphere atmosphere();

    @Test
    void densityIsPositiveAndFallsWithAltitude() {
        double previous = Double.POSITIVE_INFINITY;
        for (double h = -4000; h <= 140000; h += 250) {
            double rho = atmosphere().at(h).density();
            assertTrue(rho > 0, "density positive at " + h + " m");
            assertTrue(rho < previous, "density falls with altitude at " + h + " m");
            previous = rho;
        }
    }

    @Test
    void logDensitySlopeMatchesTheDensityItself() {
        for (double h = 500; h <= 120000; h += 3700) {
            double d = 1.0;
            double numeric = (Math.log(atmosphere().at(h + d).density()) - Math.log(atmosphere().at(h - d).density())) / (2 * d);
            assertEquals(numeric, atmosphere().at(h).logDensitySlope(), 1e-7,
                    "d ln ρ/dh (1/m) at " + h + " m, against central differences");
        }
    }

    @Test
    void pressureFollowsTheIdealGasLawAndSoundSpeedIsPositive() {
        for (double h = 0; h <= 120000; h += 10000) {
            AtmosphereSample s = atmosphere().at(h);
            assertTrue(s.speedOfSound() > 100 && s.speedOfSound() < 300, "Mars speed of sound (m/s) at " + h);
            assertEquals(s.density() * Gas.MARS_CO2.specificGasConstant() * s.temperature(), s.pressure(),
                    1e-9 * s.pressure(), "p = ρ R T (Pa)");
        }
    }
}

class ExponentialAtmosphereTest extends AtmosphereContractTest {

    private final ExponentialAtmosphere model = new ExponentialAtmosphere(0.02, 11100, 210, Gas.MARS_CO2);

    @Override
    Atmosphere atmosphere() {
        return model;
    }

    @Test
    void densityFallsByEAtOneScaleHeight() {
        assertEquals(0.02 / Math.E, model.at(11100).density(), 1e-15, "ρ(H) = ρ₀/e (kg/m³), definition");
    }
}

class TabulatedAtmosphereTest extends AtmosphereContractTest {

    private final Atmosphere model = MarsGram.atmosphere("mars-gram-lat20n", -1, Gas.MARS_CO2);

    @Override
    Atmosphere atmosphere() {
        return model;
    }

    /**
     * Below the areoid (the temperature table starts at 0 km; Jezero lies at −2.6 km) the temperature
     * continues with the table's lowest lapse rate, (224.2 − 227.5) K per km in the Mars-GRAM mean
     * profile, the speed of sound as √T with it, and the pressure stays ρ R T: not the 0 km values held.
     */
    @Test
    void belowTheAreoidTheTemperatureFollowsTheLapseRate() {
        AtmosphereSample zero = model.at(0);
        AtmosphereSample jezero = model.at(-2640);
        double expected = 227.5 + 2.640 * (227.5 - 224.2);
        assertEquals(expected, jezero.temperature(), 1e-9, "temperature at -2640 m (K), linear lapse");
        assertEquals(zero.speedOfSound() * Math.sqrt(expected / zero.temperature()), jezero.speedOfSound(), 1e-9,
                "speed of sound (m/s), a ∝ √T");
        assertEquals(jezero.density() * Gas.MARS_CO2.specificGasConstant() * expected, jezero.pressure(),
                1e-9 * jezero.pressure(), "p = ρ R T (Pa)");
    }

    /** Mars-GRAM LAT20N profile as distributed with AMAT [Mars-GRAM / AMAT], S: mean density DENSAV at 0, 10, 20, 40, 60, 100 km. */
    @Test
    void meanProfileReproducesThePublishedTableAtItsNodes() {
        double[][] published = {{0, 1.358e-2}, {10e3, 5.906e-3}, {20e3, 2.210e-3}, {40e3, 2.151e-4},
            {60e3, 1.559e-5}, {100e3, 7.115e-8}};
        for (double[] row : published) {
            assertEquals(row[1], model.at(row[0]).density(), 0.001 * row[1],
                    "density (kg/m³) at " + row[0] + " m; the table rounds to 4 figures");
        }
    }

    /** Mars-GRAM mean profile as distributed with AMAT [Mars-GRAM / AMAT], S: temperature 198.2 K at 10 km, 131.0 K at 50 km. */
    @Test
    void temperatureComesFromTheMeanProfile() {
        assertEquals(198.2, model.at(10e3).temperature(), 0.05, "temperature (K) at 10 km");
        assertEquals(131.0, model.at(50e3).temperature(), 0.05, "temperature (K) at 50 km");
        assertEquals(159.3, model.at(140e3).temperature(), 1e-9, "held at the 125 km value above the table (K)");
    }

    @Test
    void interpolationBetweenNodesIsSmoothAndMonotone() {
        // between nodes the monotone cubic in ln ρ lies between its neighbours
        for (double h = 0; h < 120e3; h += 1000) {
            double lo = model.at(h + 1000).density();
            double hi = model.at(h).density();
            double mid = model.at(h + 500).density();
            assertTrue(mid < hi && mid > lo, "density at " + (h + 500) + " m lies between its nodes");
        }
    }
}
