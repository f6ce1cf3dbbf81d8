package org.skycrane.dynamics;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * Quantities derived from a {@link FlightState}: what tables, triggers and outputs read. Computed by
 * {@link EquationsOfMotion#conditions}, never stored in the state.
 *
 * @param time               since entry interface (s)
 * @param position           Mars-fixed (m)
 * @param velocity           planet-relative (m/s)
 * @param mass               kg
 * @param altitude           above the areoid (m)
 * @param heightAboveGround  above the landing-site surface (m)
 * @param latitude           planetocentric (rad)
 * @param longitude          east, in [−π, π) (rad)
 * @param speed              planet-relative speed (m/s)
 * @param flightPathAngle    planet-relative, positive up (rad)
 * @param heading            azimuth of the planet-relative velocity from north toward east (rad)
 * @param mach               airspeed over speed of sound
 * @param dynamicPressure    ½ ρ V² (Pa)
 * @param density            kg/m³
 * @param sensedAcceleration magnitude of the non-gravitational acceleration an accelerometer feels (m/s²)
 * @param heatRate           stagnation-point convective heat rate (W/m²)
 * @param heatLoad           integrated heat load (J/m²)
 */
public record FlightConditions(double time, Vector3D position, Vector3D velocity, double mass, double altitude,
                               double heightAboveGround, double latitude, double longitude, double speed,
                               double flightPathAngle, double heading, double mach, double dynamicPressure,
                               double density, double sensedAcceleration, double heatRate, double heatLoad) {

    /** Standard Earth gravity for "g" loads (m/s²). */
    public static final double EARTH_G = 9.80665;

    /** Sensed deceleration in Earth g. */
    public double decelerationEarthG() {
        return sensedAcceleration / EARTH_G;
    }

    /** Vertical speed, positive up (m/s). */
    public double verticalSpeed() {
        return speed * Math.sin(flightPathAngle);
    }

    /** Horizontal speed (m/s). */
    public double horizontalSpeed() {
        return speed * Math.abs(Math.cos(flightPathAngle));
    }
}
