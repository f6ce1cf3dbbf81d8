package org.skycrane.vehicle;

/**
 * What the entry attitude-control system (the backshell's RCS thrusters) can do about the velocity
 * vector.
 *
 * @param maxBankRate         rad/s
 * @param maxBankAcceleration rad/s²
 */
public record AttitudeLimits(double maxBankRate, double maxBankAcceleration) {
}
