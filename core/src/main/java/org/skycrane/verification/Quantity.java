package org.skycrane.verification;

import java.util.function.ToDoubleFunction;

/**
 * A compared quantity: NASA's column, Skycrane's value, and the floor below which a difference is
 * not taken as a disagreement even when NASA's own tools agree more closely than that.
 *
 * <p>Floors: 1 cm in altitude and 1 mm/s in velocity (the rule of the comparison); for latitude and
 * longitude the angle of 1 cm at the equatorial radius; for the speed of sound, a speed, 1 mm/s.
 * The density floor is 3 × 10⁻⁵ of the density: drag removes about 29 m/s from the 30-s vacuum
 * fall in these cases (293 m/s in case 1, 263 m/s in case 6), so a density, hence drag, difference of
 * that size changes the velocity by at most about 0.9 mm/s, inside the velocity floor. Mach and dynamic pressure get the differences those floors
 * imply: δM = (δV + M δa) / a and δq = q δρ/ρ + ρ V δV.
 */
public enum Quantity {

    ALTITUDE("altitudeMsl", "geodetic altitude", "m", "altitude_m", TrajectorySample::altitude, false),
    LATITUDE("latitude", "geodetic latitude", "rad", "latitude_rad", TrajectorySample::latitude, false),
    LONGITUDE("longitude", "longitude", "rad", "longitude_rad", TrajectorySample::longitude, false),
    VELOCITY_NORTH("feVelocity_X", "north velocity", "m/s", "velocity_north_m_s", TrajectorySample::velocityNorth, false),
    VELOCITY_EAST("feVelocity_Y", "east velocity", "m/s", "velocity_east_m_s", TrajectorySample::velocityEast, false),
    VELOCITY_DOWN("feVelocity_Z", "down velocity", "m/s", "velocity_down_m_s", TrajectorySample::velocityDown, false),
    DENSITY("airDensity", "density", "kg/m³", "density_kg_m3", TrajectorySample::density, true),
    SPEED_OF_SOUND("speedOfSound", "speed of sound", "m/s", "speed_of_sound_m_s", TrajectorySample::speedOfSound, true),
    MACH("mach", "Mach", "", "mach", TrajectorySample::mach, true),
    DYNAMIC_PRESSURE("dynamicPressure", "dynamic pressure", "Pa", "dynamic_pressure_pa", TrajectorySample::dynamicPressure, true);

    /** Altitude floor (m). */
    public static final double ALTITUDE_FLOOR = 0.01;
    /** Velocity and speed-of-sound floor (m/s). */
    public static final double VELOCITY_FLOOR = 1e-3;
    /** Relative density floor. */
    public static final double RELATIVE_DENSITY_FLOOR = 3e-5;

    private final String column;
    private final String label;
    private final String unit;
    private final String key;
    private final ToDoubleFunction<TrajectorySample> value;
    private final boolean airData;

    Quantity(String column, String label, String unit, String key, ToDoubleFunction<TrajectorySample> value,
             boolean airData) {
        this.column = column;
        this.label = label;
        this.unit = unit;
        this.key = key;
        this.value = value;
        this.airData = airData;
    }

    /** NASA's column, unit removed (see {@link ToolHistory}). */
    public String column() {
        return column;
    }

    /** Words for a table. */
    public String label() {
        return label;
    }

    /** SI unit, empty for Mach. */
    public String unit() {
        return unit;
    }

    /** JSON key, with its unit. */
    public String key() {
        return key;
    }

    /** Whether the quantity is air data (depends on the atmosphere even without drag). */
    public boolean airData() {
        return airData;
    }

    /** Skycrane's value in a sample. */
    public double of(TrajectorySample sample) {
        return value.applyAsDouble(sample);
    }

    /** The floor at {@code sample} of {@code checkCase} (see the class comment), in this quantity's unit. */
    public double floor(TrajectorySample sample, CheckCase checkCase) {
        return switch (this) {
            case ALTITUDE -> ALTITUDE_FLOOR;
            case LATITUDE, LONGITUDE -> ALTITUDE_FLOOR / checkCase.shape().equatorialRadius();
            case VELOCITY_NORTH, VELOCITY_EAST, VELOCITY_DOWN, SPEED_OF_SOUND -> VELOCITY_FLOOR;
            case DENSITY -> RELATIVE_DENSITY_FLOOR * sample.density();
            case MACH -> (VELOCITY_FLOOR + sample.mach() * VELOCITY_FLOOR) / sample.speedOfSound();
            case DYNAMIC_PRESSURE -> RELATIVE_DENSITY_FLOOR * sample.dynamicPressure()
                    + sample.density() * sample.airspeed() * VELOCITY_FLOOR;
        };
    }
}
