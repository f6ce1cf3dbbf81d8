package org.skycrane.gnc.nav;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * How the onboard map's coordinates relate to Mars-fixed positions: (east, north) on the datum
 * sphere about the map's centre, and height above that sphere.
 */
public interface MapProjection {

    /** {east, north, height} (m) of a Mars-fixed position (m). */
    double[] toMap(Vector3D marsFixed);

    /** The Mars-fixed position (m) of map coordinates and height (m). */
    Vector3D toMarsFixed(double east, double north, double height);

    /** Local {east, north, up} unit vectors, Mars-fixed, at map coordinates (m). */
    Vector3D[] axes(double east, double north);
}
