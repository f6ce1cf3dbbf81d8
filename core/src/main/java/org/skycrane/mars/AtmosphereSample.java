package org.skycrane.mars;

/**
 * The atmosphere at one point.
 *
 * @param density          kg/m³
 * @param pressure         Pa
 * @param temperature      K
 * @param speedOfSound     m/s
 * @param logDensitySlope  d(ln ρ)/dh (1/m), equal to −1/(density scale height); used to place peaks
 */
public record AtmosphereSample(double density, double pressure, double temperature, double speedOfSound,
                               double logDensitySlope) {
}
