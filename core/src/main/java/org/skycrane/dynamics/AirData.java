package org.skycrane.dynamics;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.mars.AtmosphereSample;

/**
 * The air around the vehicle: what the aerodynamic forces need, computed once per evaluation.
 *
 * @param altitude        above the areoid (m)
 * @param atmosphere      density, temperature, speed of sound there
 * @param airVelocity     velocity relative to the local air, Mars-fixed axes (m/s)
 * @param airspeed        |airVelocity| (m/s)
 * @param mach            airspeed / speed of sound
 * @param dynamicPressure ½ ρ V² (Pa)
 * @param up              local vertical unit vector
 */
public record AirData(double altitude, AtmosphereSample atmosphere, Vector3D airVelocity, double airspeed,
                      double mach, double dynamicPressure, Vector3D up) {
}
