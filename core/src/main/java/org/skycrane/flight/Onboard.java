package org.skycrane.flight;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * What the flight software believes at one instant: its navigated state seen through its onboard
 * models (the nominal atmosphere and winds, its own map of the ground). Navigated triggers and
 * every guidance decision read this, never the truth. Onboard, the Mach number and dynamic pressure
 * come from the navigated planet-relative velocity less the onboard wind, with the onboard
 * atmosphere's density and speed of sound at the navigated altitude.
 *
 * @param time              since entry interface (s)
 * @param position          navigated, Mars-fixed (m)
 * @param velocity          navigated, planet-relative (m/s)
 * @param altitude          above the onboard datum (m)
 * @param heightAboveGround above the onboard ground model (m)
 * @param mach              onboard Mach number
 * @param dynamicPressure   onboard ½ ρ V_air² (Pa)
 */
public record Onboard(double time, Vector3D position, Vector3D velocity, double altitude, double heightAboveGround,
                      double mach, double dynamicPressure) {

    /** Navigated planet-relative speed (m/s). */
    public double speed() {
        return velocity.getNorm();
    }

    /** Navigated vertical speed, positive up (m/s). */
    public double verticalSpeed() {
        return Vector3D.dotProduct(velocity, position) / position.getNorm();
    }
}
