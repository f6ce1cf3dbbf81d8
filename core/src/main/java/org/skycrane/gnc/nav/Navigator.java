package org.skycrane.gnc.nav;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * Turns what the vehicle's sensors could know into a navigated state. Implementations range from
 * perfect knowledge to an inertial navigation filter; the simulator hands in the truth it has and
 * receives what flight software may see.
 */
public interface Navigator {

    /**
     * @param time     since entry interface (s)
     * @param position true position, Mars-fixed (m)
     * @param velocity true planet-relative velocity (m/s)
     * @param mass     true mass the engines carry (kg)
     * @param sensedAcceleration true non-gravitational acceleration (m/s²), what a perfect IMU reads
     */
    NavState navigate(double time, Vector3D position, Vector3D velocity, double mass, Vector3D sensedAcceleration);
}
