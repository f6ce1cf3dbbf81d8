package org.skycrane.gnc.nav;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * An absolute horizontal position measurement, such as terrain-relative navigation's map match.
 *
 * @param time     since entry interface (s)
 * @param position measured Mars-fixed position (m); only its horizontal part is used
 * @param sigma    1σ error per horizontal axis (m)
 */
public record PositionFix(double time, Vector3D position, double sigma) {
}
