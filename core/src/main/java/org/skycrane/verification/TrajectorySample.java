package org.skycrane.verification;

/**
 * The quantities a check case compares, at one time.
 *
 * @param time            s
 * @param altitude        geodetic altitude above the case's ellipsoid or sphere (m)
 * @param latitude        geodetic latitude (rad)
 * @param longitude       east longitude (rad)
 * @param velocityNorth   velocity relative to the rotating planet, local north (m/s)
 * @param velocityEast    the same, local east (m/s)
 * @param velocityDown    the same, along the inward ellipsoid normal (m/s)
 * @param density         kg/m³
 * @param speedOfSound    m/s
 * @param mach            air-relative speed over the speed of sound
 * @param dynamicPressure ½ ρ V² on the air-relative speed (Pa)
 */
public record TrajectorySample(double time, double altitude, double latitude, double longitude, double velocityNorth,
                               double velocityEast, double velocityDown, double density, double speedOfSound,
                               double mach, double dynamicPressure) {

    /** Air-relative speed M · a (m/s). */
    public double airspeed() {
        return mach * speedOfSound;
    }
}
