package org.skycrane.sensors;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.gnc.nav.NavState;

/** A navigation solution equal to the truth. */
public final class PerfectNavigation implements NavigationModel {

    @Override
    public NavState navigate(double time, Vector3D position, Vector3D velocity, Vector3D sensedAcceleration) {
        return new NavState(time, position, velocity, sensedAcceleration);
    }
}
