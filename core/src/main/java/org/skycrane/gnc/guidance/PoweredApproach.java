package org.skycrane.gnc.guidance;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.gnc.nav.NavState;
import org.skycrane.mars.Planet;
import org.skycrane.vehicle.Engines;

/**
 * The powered approach, from ignition to the start of the constant-velocity leg (a point
 * {@code aimHeight} above the landing aim, descending straight down at {@code aimSpeed}), in two
 * channels over the same time:
 * <ul>
 * <li>vertically, a constant deceleration chosen at ignition, a = (v₀² − v_T²) / (2 (h₀ − h_T)), which
 *     brakes the descent from the first instant (no speed-up after ignition) and takes
 *     τ = (v₀ − v_T)/a; it is flown as a velocity profile against height, u(h) = √(v_T² + 2 a (h − h_T)),
 *     with the profile's own acceleration as feed-forward;</li>
 * <li>horizontally, the divert to the landing aim by polynomial (Apollo lunar-descent "E")
 *     guidance: a quadratic acceleration that meets the aim's position with zero horizontal velocity
 *     and zero acceleration at time-to-go 0, a = −6 v/τ + 12 (r_T − r)/τ² (Klumpp, "Apollo Lunar Descent
 *     Guidance", MIT CSDL R-695, 1971), handed over to velocity hold within {@code terminalTime} of
 *     the end, where its gains grow as 1/τ².</li>
 * </ul>
 * The divert adds horizontal speed only as fast as the braking takes speed out of the descent, so the
 * stage never speeds up after ignition. The thrust is then limited to the tilt and throttle the
 * flight software knows.
 */
public final class PoweredApproach {

    private final Planet planet;
    private final double groundRadius;
    private final Engines engines;
    private final double aimHeight;
    private final double aimSpeed;
    private final double maxTilt;
    private final double terminalTime;
    private final VelocityHold hold;

    private Vector3D aimPosition;
    private Vector3D aimVelocity;
    private double deceleration = Double.NaN;
    private double endTime = Double.NaN;

    /**
     * @param planet       for gravity and the rotating-frame terms
     * @param groundRadius radius of the ground at the landing aim (m)
     * @param engines      for thrust limits
     * @param aimHeight    height of the aim point above the ground (m)
     * @param aimSpeed     descent speed at the aim point (m/s, positive down)
     * @param maxTilt      largest angle between thrust and local vertical (rad)
     * @param terminalTime time-to-go below which the divert hands over to velocity hold (s)
     * @param hold         the velocity-hold law of the divert's end and of the vertical channel
     */
    public PoweredApproach(Planet planet, double groundRadius, Engines engines, double aimHeight, double aimSpeed,
                           double maxTilt, double terminalTime, VelocityHold hold) {
        this.planet = planet;
        this.groundRadius = groundRadius;
        this.engines = engines;
        this.aimHeight = aimHeight;
        this.aimSpeed = aimSpeed;
        this.maxTilt = maxTilt;
        this.terminalTime = terminalTime;
        this.hold = hold;
    }

    /** Plans the approach from {@code nav} to the point above {@code landing} (Mars-fixed; its direction is used). */
    public void start(NavState nav, Vector3D landing) {
        Vector3D up = landing.normalize();
        aimPosition = up.scalarMultiply(groundRadius + aimHeight);
        aimVelocity = up.scalarMultiply(-aimSpeed);
        double height = Math.max(nav.heightAbove(groundRadius) - aimHeight, 1.0);
        double descent = Math.max(-nav.verticalSpeed(), aimSpeed);
        deceleration = Math.max((descent * descent - aimSpeed * aimSpeed) / (2 * height), 1e-3);
        endTime = nav.time() + Math.max((descent - aimSpeed) / deceleration, 2 * terminalTime);
    }

    /** Position of the aim point (m, Mars-fixed); null before {@link #start}. */
    public Vector3D aimPosition() {
        return aimPosition;
    }

    /** The planned constant deceleration of the descent (m/s²). */
    public double deceleration() {
        return deceleration;
    }

    /** Time-to-go (s) at {@code time}. */
    public double timeToGo(double time) {
        return endTime - time;
    }

    /** Thrust to command now (N, Mars-fixed) for a believed mass {@code mass} (kg). */
    public Vector3D thrust(NavState nav, double mass) {
        double tau = timeToGo(nav.time());
        Vector3D r = nav.position();
        Vector3D v = nav.velocity();
        Vector3D up = r.normalize();
        // vertical: the constant-deceleration profile of the descent rate against height
        double height = nav.heightAbove(groundRadius);
        double rate = Math.sqrt(aimSpeed * aimSpeed + 2 * deceleration * Math.max(0, height - aimHeight));
        double vertical = Vector3D.dotProduct(v, up);
        double descent = Math.max(0, -vertical);
        double az = hold.velocityGain() * (-rate - vertical) + deceleration * descent / rate;
        // horizontal: the divert to the aim, E-guidance then velocity hold
        Vector3D vh = v.subtract(up.scalarMultiply(vertical));
        Vector3D offset = aimPosition.subtract(r);
        Vector3D toAim = offset.subtract(up.scalarMultiply(Vector3D.dotProduct(offset, up)));
        Vector3D ah = tau > terminalTime
                ? vh.scalarMultiply(-6 / tau).add(toAim.scalarMultiply(12 / (tau * tau)))
                : vh.scalarMultiply(-hold.velocityGain()).add(toAim.scalarMultiply(hold.positionGain()));
        // never speed the stage up: the divert may add horizontal speed only as fast as the braking
        // takes it out of the descent, d|v|/dt = (v_h · a_h − |v_z| a_z) / |v| ≤ 0
        double speedH = vh.getNorm();
        if (speedH > 1e-6) {
            Vector3D along = vh.scalarMultiply(1 / speedH);
            double gain = Vector3D.dotProduct(ah, along);
            double allowed = Math.max(0, descent * az) / speedH;
            if (gain > allowed) {
                ah = ah.subtract(along.scalarMultiply(gain - allowed));
            }
        }
        Vector3D a = up.scalarMultiply(az).add(ah);
        Vector3D thrustAcceleration = a.subtract(planet.gravity(r)).subtract(planet.frameAcceleration(r, v));
        return limit(thrustAcceleration.scalarMultiply(mass), up);
    }

    /** Applies the tilt limit and the throttle range the flight software knows. */
    Vector3D limit(Vector3D thrust, Vector3D up) {
        double vertical = Vector3D.dotProduct(thrust, up);
        Vector3D horizontal = thrust.subtract(up.scalarMultiply(vertical));
        if (vertical <= 0) {
            return up.scalarMultiply(engines.minNetThrust());
        }
        double maxHorizontal = vertical * Math.tan(maxTilt);
        if (horizontal.getNorm() > maxHorizontal) {
            horizontal = horizontal.scalarMultiply(maxHorizontal / horizontal.getNorm());
        }
        Vector3D limited = up.scalarMultiply(vertical).add(horizontal);
        double magnitude = limited.getNorm();
        double clipped = Math.max(engines.minNetThrust(), Math.min(engines.maxNetThrust(), magnitude));
        return limited.scalarMultiply(clipped / magnitude);
    }
}
