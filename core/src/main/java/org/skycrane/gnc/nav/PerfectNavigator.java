package org.skycrane.gnc.nav;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/** Navigation that knows the truth exactly: the baseline until a filter with sensor errors exists. */
public final class PerfectNavigator implements Navigator {

    @Override
    public NavState navigate(double time, Vector3D position, Vector3D velocity, double mass,
                             Vector3D sensedAcceleration) {
        return new NavState(time, position, velocity, mass, sensedAcceleration);
    }
}
