package org.skycrane.gnc.guidance;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.gnc.nav.NavState;

/**
 * The two legs between the powered approach and the sky crane, as MSL and Mars 2020 flew them: a
 * constant-velocity leg straight down at {@code speed}, then a constant-deceleration leg that brings
 * the descent rate from {@code speed} to the sky crane's {@code finalSpeed} exactly at
 * {@code finalHeight}: along it the wanted descent rate is u(h) = √(w² + 2 a (h − h_f)), a fixed
 * deceleration a, flown by velocity hold with the profile's own acceleration as feed-forward,
 * du/dt = (du/dh)(dh/dt) = a |ḣ| / u (equal to a on the profile, and no braking when the stage is
 * already slower than it). Both hold the position over the aim point.
 *
 * @param hold         velocity hold
 * @param groundRadius radius of the ground (m)
 * @param speed        constant-velocity descent rate (m/s, positive down)
 * @param deceleration deceleration of the last leg (m/s²)
 * @param finalSpeed   descent rate at its end (m/s)
 * @param finalHeight  height of its end (m)
 */
public record TerminalDescent(VelocityHold hold, double groundRadius, double speed, double deceleration,
                              double finalSpeed, double finalHeight) {

    /** Thrust (N) on the constant-velocity leg over {@code aim} for believed mass {@code mass} (kg). */
    public Vector3D constantVelocity(NavState nav, double mass, Vector3D aim) {
        return hold.thrust(nav, mass, nav.position().normalize().scalarMultiply(-speed), aim);
    }

    /** Thrust (N) on the constant-deceleration leg over {@code aim} for believed mass {@code mass} (kg). */
    public Vector3D constantDeceleration(NavState nav, double mass, Vector3D aim) {
        Vector3D up = nav.position().normalize();
        double height = nav.heightAbove(groundRadius);
        double rate = Math.sqrt(finalSpeed * finalSpeed + 2 * deceleration * Math.max(0, height - finalHeight));
        double descent = Math.max(0, -Vector3D.dotProduct(nav.velocity(), up));
        return hold.thrust(nav, mass, up.scalarMultiply(-rate), up.scalarMultiply(deceleration * descent / rate), aim);
    }
}
