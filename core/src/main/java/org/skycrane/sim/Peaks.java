package org.skycrane.sim;

/**
 * Largest values along the flight of the entry vehicle and its stages.
 *
 * @param decelerationEarthG sensed deceleration (Earth g)
 * @param heatRate           stagnation-point convective heat rate (W/m²)
 * @param heatLoad           integrated stagnation heat load (J/m²)
 * @param dynamicPressure    Pa
 * @param parachuteLoad      parachute drag force (N)
 * @param parachuteInflationG the entry vehicle's sensed (non-gravitational) acceleration while the
 *                           parachute inflates, from line stretch until its overshoot has decayed
 *                           (Earth g, 9.80665 m/s²)
 */
public record Peaks(double decelerationEarthG, double heatRate, double heatLoad, double dynamicPressure,
                    double parachuteLoad, double parachuteInflationG) {

    /** Nothing flown. */
    public static final Peaks NONE = new Peaks(0, 0, 0, 0, 0, 0);
}
