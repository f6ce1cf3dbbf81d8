package org.skycrane.mars;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/** Mars atmosphere as a function of altitude above the areoid of the landing site. */
public interface Atmosphere {

    /** Conditions at {@code altitude} (m above the areoid). */
    AtmosphereSample at(double altitude);

    /**
     * Wind in the Mars-fixed frame (m/s) at {@code position} (m from the centre of Mars) and
     * {@code altitude} (m). The atmosphere co-rotates with Mars unless an implementation says otherwise.
     */
    default Vector3D wind(Vector3D position, double altitude) {
        return Vector3D.ZERO;
    }
}
