package org.skycrane.sim;

/**
 * Largest values along the flight of the entry vehicle and its stages.
 *
 * @param decelerationEarthG sensed deceleration (Earth g)
 * @param heatRate           stagnation-point convective heat rate (W/m²)
 * @param heatLoad           integrated stagnation heat load (J/m²)
 * @param dynamicPressure    Pa
 * @param parachuteLoad      parachute drag force (N)
 */
public record Peaks(double decelerationEarthG, double heatRate, double heatLoad, double dynamicPressure,
                    double parachuteLoad) {
}
