package org.skycrane.sensors;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.gnc.nav.NavState;

/**
 * How the flight software's navigation solution differs from the truth, modelled on the truth side
 * without individual sensors: the simulator hands in the true motion and receives the solution the
 * flight software gets.
 */
public interface NavigationModel {

    /**
     * @param time               since entry interface (s)
     * @param position           true position, Mars-fixed (m)
     * @param velocity           true planet-relative velocity (m/s)
     * @param sensedAcceleration true non-gravitational acceleration (m/s²), what a perfect IMU reads
     */
    NavState navigate(double time, Vector3D position, Vector3D velocity, Vector3D sensedAcceleration);
}
