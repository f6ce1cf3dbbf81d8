package org.skycrane.terrain;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * Local east-north-up unit vectors at a map point, in Mars-fixed axes.
 *
 * @param east  horizontal, toward increasing map east
 * @param north horizontal, up × east
 * @param up    radial
 */
public record LocalAxes(Vector3D east, Vector3D north, Vector3D up) {

    /** Mars-fixed vector of local components (east, north, up). */
    public Vector3D toMarsFixed(double e, double n, double u) {
        return new Vector3D(e, east, n, north, u, up);
    }

    /** Mars-fixed vector of a local east-north-up vector. */
    public Vector3D toMarsFixed(Vector3D local) {
        return toMarsFixed(local.getX(), local.getY(), local.getZ());
    }
}
