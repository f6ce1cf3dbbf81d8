package org.skycrane.dynamics;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/** One contribution to the non-gravitational force on the flying stack. */
public interface Force {

    /** Force in the Mars-fixed frame (N). */
    Vector3D force(FlightState state, AirData air, Actuation actuation);

    /** Mass flow (kg/s, negative when burning); zero for everything but engines. */
    default double massRate(FlightState state, AirData air, Actuation actuation) {
        return 0.0;
    }
}
