package org.skycrane.gnc.nav;

/**
 * One beam's measurement.
 *
 * @param beam     index of the beam in the sensor's {@link RadarGeometry}
 * @param range    slant range along the beam (m)
 * @param velocity velocity along the beam toward what it hit, positive when closing (m/s)
 */
public record RadarReturn(int beam, double range, double velocity) {
}
