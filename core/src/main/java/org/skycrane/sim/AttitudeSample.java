package org.skycrane.sim;

import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * The flying stack's true attitude and net engine thrust at one output time, from
 * {@link org.skycrane.dynamics.BodyAttitude}: what a camera fixed to the vehicle sees by. Recorded only
 * with the trajectory.
 *
 * @param time     since entry interface (s)
 * @param attitude body to Mars-fixed (body x along the heat-shield axis, down in descent)
 * @param thrust   net thrust delivered by the descent engines, Mars-fixed (N); zero when they are off
 */
public record AttitudeSample(double time, Rotation attitude, Vector3D thrust) {
}
