package org.skycrane.dynamics;

import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.RotationConvention;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.hipparchus.util.FastMath;
import org.skycrane.vehicle.Stack;

/**
 * The flying stack's attitude on the truth side, for the sensors (and cameras) that are fixed to its
 * body while the dynamics stay translational. Body x is the heat-shield axis, pointing forward
 * (down in descent), where the radar's nadir beam looks; y and z complete a right-handed frame.
 *
 * <ul>
 *   <li><b>Entry</b>: x at the trim angle of attack from the relative wind, in the plane of the lift
 *       vector, which the flown bank angle turns about the wind: x = cos α ŵ − sin α L̂, y = ŵ × L̂;
 *       α scales with the lift still flown (zero after the balance masses for straight-up flight).</li>
 *   <li><b>Parachute and free fall</b>: x along the relative wind, swinging as a pendulum under the
 *       canopy ({@link #SWING_AMPLITUDE} at the period of a pendulum of {@link #SWING_LENGTH}) in the
 *       vertical plane that holds the wind.</li>
 *   <li><b>Powered flight</b>: x opposite the net thrust (the engines push along −x).</li>
 * </ul>
 * Roll about x outside entry is carried from the previous attitude (parallel transport), so it never jumps.
 */
public final class BodyAttitude {

    /**
     * Trim angle of attack of the capsule with all its lift (rad): 16°, the Mars Science Laboratory's
     * hypersonic trim (Edquist et al., "Aerothermodynamic design of the Mars Science Laboratory heatshield",
     * AIAA 2009-4075; L/D 0.24 at α ≈ 16°). Mars 2020 flew the same aeroshell.
     */
    public static final double TRIM_ANGLE = FastMath.toRadians(16);
    /** Amplitude of the backshell's swing under the parachute (rad): 5°, ASSUMED. */
    public static final double SWING_AMPLITUDE = FastMath.toRadians(5);
    /** Pendulum length of the swing (m): 45 m, ASSUMED of the order of the suspension-line length. */
    public static final double SWING_LENGTH = 45;

    private BodyAttitude() {
    }

    /**
     * The body-to-Mars-fixed attitude at {@code state}.
     *
     * @param state     the true state
     * @param air       its air data
     * @param stack     what is attached
     * @param actuation what the actuators deliver
     * @param previous  the attitude at the previous call (for the roll), or null at the start
     * @param gravity   local gravity magnitude (m/s²), for the pendulum's period
     */
    public static Rotation of(FlightState state, AirData air, Stack stack, Actuation actuation, Rotation previous,
                              double gravity) {
        Vector3D up = air.up();
        Vector3D wind = air.airspeed() > 1e-6 ? air.airVelocity().normalize() : up.negate();
        if (stack.backshell()) {
            if (stack.canopy() == null) {
                Vector3D liftUp = up.subtract(wind.scalarMultiply(Vector3D.dotProduct(up, wind)));
                if (liftUp.getNorm() < 1e-9) {
                    liftUp = perpendicular(wind);
                }
                liftUp = liftUp.normalize();
                Vector3D right = Vector3D.crossProduct(wind, liftUp);
                double bank = actuation.bank().angle(state.time());
                Vector3D lift = new Vector3D(FastMath.cos(bank), liftUp, FastMath.sin(bank), right);
                double alpha = TRIM_ANGLE * stack.liftFraction();
                Vector3D x = new Vector3D(FastMath.cos(alpha), wind, -FastMath.sin(alpha), lift);
                return frame(x, Vector3D.crossProduct(wind, lift));
            }
            Vector3D axis = Vector3D.crossProduct(wind, up);
            axis = axis.getNorm() < 1e-9 ? perpendicular(wind) : axis.normalize();
            double period = 2 * Math.PI * Math.sqrt(SWING_LENGTH / gravity);
            double swing = SWING_AMPLITUDE * FastMath.sin(2 * Math.PI * state.time() / period);
            Vector3D x = new Rotation(axis, swing, RotationConvention
                    .VECTOR_OPERATOR).applyTo(wind);
            return carried(x, previous);
        }
        Vector3D thrust = actuation.thrust();
        Vector3D x = thrust.getNorm() > 1e-6 ? thrust.normalize().negate() : wind;
        return carried(x, previous);
    }

    /** Body x axis of an attitude, Mars-fixed. */
    public static Vector3D axis(Rotation attitude) {
        return attitude.applyTo(Vector3D.PLUS_I);
    }

    private static Rotation carried(Vector3D x, Rotation previous) {
        Vector3D y = previous != null ? previous.applyTo(Vector3D.PLUS_J) : perpendicular(x);
        y = y.subtract(x.scalarMultiply(Vector3D.dotProduct(x, y)));
        if (y.getNorm() < 1e-6) {
            y = perpendicular(x);
        }
        return frame(x, y);
    }

    /** The rotation taking body x, y to the given Mars-fixed directions (y made orthogonal to x). */
    private static Rotation frame(Vector3D x, Vector3D y) {
        Vector3D xn = x.normalize();
        Vector3D yn = y.subtract(xn.scalarMultiply(Vector3D.dotProduct(xn, y))).normalize();
        return new Rotation(Vector3D.PLUS_I, Vector3D.PLUS_J, xn, yn);
    }

    private static Vector3D perpendicular(Vector3D v) {
        Vector3D seed = Math.abs(v.getX()) < 0.9 ? Vector3D.PLUS_I : Vector3D.PLUS_J;
        return Vector3D.crossProduct(v, seed).normalize();
    }
}
