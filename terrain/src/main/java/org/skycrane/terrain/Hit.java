package org.skycrane.terrain;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * Where a ray meets the ground.
 *
 * @param range  distance from the ray's origin (m)
 * @param point  Mars-fixed position of the hit (m)
 * @param normal upward unit surface normal at the hit, Mars-fixed axes
 * @param map    the hit in map coordinates (m); its height is the surface height above the datum
 */
public record Hit(double range, Vector3D point, Vector3D normal, MapPoint map) {}
