package org.skycrane.gnc.nav;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * What the inertial measurement unit reports for one navigation cycle: the increments the navigation
 * computer sums from the unit's 400 Hz output over the cycle, in body axes at the cycle's start.
 *
 * @param time               end of the cycle, since entry interface (s)
 * @param interval           length of the cycle (s)
 * @param deltaVelocity      ∫ f dt, the sensed (non-gravitational) velocity change (m/s)
 * @param deltaDisplacement  ∫∫ f dt², the sensed displacement over the cycle, from rest (m)
 * @param deltaAngle         the body's rotation over the cycle, as a rotation vector (rad)
 */
public record ImuSample(double time, double interval, Vector3D deltaVelocity, Vector3D deltaDisplacement,
                        Vector3D deltaAngle) {
}
