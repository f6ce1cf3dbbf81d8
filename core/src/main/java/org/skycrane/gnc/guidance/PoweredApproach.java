package org.skycrane.gnc.guidance;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.gnc.nav.NavState;
import org.skycrane.mars.Planet;
import org.skycrane.vehicle.Engines;

/**
 * The powered approach, by polynomial (Apollo lunar-descent "E") guidance: the total acceleration is
 * quadratic in time, with the aim position r_T, velocity v_T and a zero final acceleration met at
 * time-to-go τ = 0; solving the boundary conditions gives the command at the present instant
 * (Klumpp, "Apollo Lunar Descent Guidance", MIT CSDL R-695, 1971):
 * <pre>a = −6 (v_T + v)/τ + 12 (r_T − r)/τ²</pre>
 * The aim is the start of the constant-velocity leg: a point {@code aimHeight} above the landing aim
 * point, descending straight down at {@code aimSpeed}. τ is chosen once, at ignition, as the shortest
 * for which the planned profile keeps the thrust within {@code plannedThrottle} of the maximum and the
 * tilt within {@code maxTilt}, stays above the aim height, and never speeds the stage up (the
 * acceleration never has a component along the velocity), so the approach decelerates from ignition
 * on; τ then counts down. Within {@code terminalTime} of the aim the law hands over to velocity hold,
 * since its gains grow as 1/τ².
 */
public final class PoweredApproach {

    private final Planet planet;
    private final double groundRadius;
    private final Engines engines;
    private final double aimHeight;
    private final double aimSpeed;
    private final double plannedThrottle;
    private final double maxTilt;
    private final double terminalTime;
    private final VelocityHold hold;

    private Vector3D aimPosition;
    private Vector3D aimVelocity;
    private double endTime = Double.NaN;

    /**
     * @param planet          for gravity and the rotating-frame terms
     * @param groundRadius    radius of the ground at the landing aim (m)
     * @param engines         for thrust limits
     * @param aimHeight       height of the aim point above the ground (m)
     * @param aimSpeed        descent speed at the aim point (m/s, positive down)
     * @param plannedThrottle fraction of maximum thrust the planned profile may use
     * @param maxTilt         largest angle between thrust and local vertical (rad)
     * @param terminalTime    time-to-go below which velocity hold takes over (s)
     * @param hold            the velocity-hold law used at the end
     */
    public PoweredApproach(Planet planet, double groundRadius, Engines engines, double aimHeight, double aimSpeed,
                           double plannedThrottle, double maxTilt, double terminalTime, VelocityHold hold) {
        this.planet = planet;
        this.groundRadius = groundRadius;
        this.engines = engines;
        this.aimHeight = aimHeight;
        this.aimSpeed = aimSpeed;
        this.plannedThrottle = plannedThrottle;
        this.maxTilt = maxTilt;
        this.terminalTime = terminalTime;
        this.hold = hold;
    }

    /**
     * Plans the approach from {@code nav} with believed mass {@code mass} (kg) to the point above
     * {@code landing} (Mars-fixed, any radius; only its direction is used).
     */
    public void start(NavState nav, double mass, Vector3D landing) {
        Vector3D up = landing.normalize();
        aimPosition = up.scalarMultiply(groundRadius + aimHeight);
        aimVelocity = up.scalarMultiply(-aimSpeed);
        endTime = nav.time() + chooseTimeToGo(nav, mass);
    }

    /** Position of the aim point (m, Mars-fixed); null before {@link #start}. */
    public Vector3D aimPosition() {
        return aimPosition;
    }

    /** Time-to-go (s) at {@code time}. */
    public double timeToGo(double time) {
        return endTime - time;
    }

    /** Thrust to command now (N, Mars-fixed) for a believed mass {@code mass} (kg). */
    public Vector3D thrust(NavState nav, double mass) {
        double tau = timeToGo(nav.time());
        if (!(tau > terminalTime)) {
            return hold.thrust(nav, mass, aimVelocity, aimPosition);
        }
        Vector3D r = nav.position();
        Vector3D v = nav.velocity();
        Vector3D a = aimVelocity.add(v).scalarMultiply(-6 / tau)
                .add(aimPosition.subtract(r).scalarMultiply(12 / (tau * tau)));
        Vector3D thrustAcceleration = a.subtract(planet.gravity(r)).subtract(planet.frameAcceleration(r, v));
        return limit(thrustAcceleration.scalarMultiply(mass), r.normalize());
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

    /** Shortest feasible time-to-go for the planned profile from {@code nav} with mass {@code mass} (kg) (s). */
    double chooseTimeToGo(NavState nav, double mass) {
        Vector3D r0 = nav.position();
        Vector3D v0 = nav.velocity();
        Vector3D g = planet.gravity(aimPosition).add(planet.frameAcceleration(aimPosition, Vector3D.ZERO));
        Vector3D up = aimPosition.normalize();
        double maxAcceleration = plannedThrottle * engines.maxNetThrust() / mass;
        double height = r0.getNorm() - groundRadius;
        double vz = Vector3D.dotProduct(v0, up);
        double fallback = 2 * Math.max(height - aimHeight, 1.0) / Math.max(-vz + aimSpeed, 1.0);
        for (double tau = Math.max(2 * terminalTime, 4.0); tau <= 240.0; tau += 0.25) {
            if (feasible(r0, v0, g, up, tau, maxAcceleration)) {
                return tau;
            }
        }
        return fallback;
    }

    private boolean feasible(Vector3D r0, Vector3D v0, Vector3D g, Vector3D up, double tau, double maxAcceleration) {
        // Total acceleration a(u) = p0 + p1 u + p2 u², u the time from now (final acceleration zero).
        Vector3D b1 = aimVelocity.subtract(v0);
        Vector3D b2 = aimPosition.subtract(r0).subtract(v0.scalarMultiply(tau));
        Vector3D c1 = b1.scalarMultiply(18 / (tau * tau)).subtract(b2.scalarMultiply(24 / (tau * tau * tau)));
        Vector3D c2 = b1.scalarMultiply(-24 / (tau * tau * tau)).add(b2.scalarMultiply(36 / (tau * tau * tau * tau)));
        // a(u) = c1 (τ − u) + c2 (τ − u)² expanded in u
        Vector3D p0 = c1.scalarMultiply(tau).add(c2.scalarMultiply(tau * tau));
        Vector3D p1 = c1.scalarMultiply(-1).subtract(c2.scalarMultiply(2 * tau));
        Vector3D p2 = c2;
        double aimRadius = aimPosition.getNorm();
        int samples = 24;
        for (int i = 0; i <= samples; i++) {
            double u = tau * i / samples;
            Vector3D a = p0.add(p1.scalarMultiply(u)).add(p2.scalarMultiply(u * u));
            Vector3D thrust = a.subtract(g);
            double vertical = Vector3D.dotProduct(thrust, up);
            if (thrust.getNorm() > maxAcceleration || vertical <= 0) {
                return false;
            }
            double horizontal = thrust.subtract(up.scalarMultiply(vertical)).getNorm();
            if (horizontal > vertical * Math.tan(maxTilt)) {
                return false;
            }
            Vector3D v = v0.add(p0.scalarMultiply(u)).add(p1.scalarMultiply(u * u / 2)).add(p2.scalarMultiply(u * u * u / 3));
            if (Vector3D.dotProduct(a, v) > 0) {
                return false; // the stage would speed up
            }
            Vector3D r = r0.add(v0.scalarMultiply(u)).add(p0.scalarMultiply(u * u / 2))
                    .add(p1.scalarMultiply(u * u * u / 6)).add(p2.scalarMultiply(u * u * u * u / 12));
            if (Vector3D.dotProduct(r, up) < aimRadius - 0.5) {
                return false;
            }
        }
        return true;
    }
}
