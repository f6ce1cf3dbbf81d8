package org.skycrane.dynamics;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.skycrane.mars.Environment;
import org.skycrane.mars.Geodesy;
import org.skycrane.vehicle.Stack;
import org.skycrane.vehicle.Vehicle;

/**
 * Translational (3-DOF) motion of one flying body in the Mars-fixed rotating frame:
 * r̈ = g(r) + F/m − 2ω×ṙ − ω×(ω×r), ṁ from the engines, and the stagnation heat load Q̇ = q̇ as an
 * eighth state so it is integrated to the integrator's accuracy. The only class that sees the
 * integrator's {@code double[]}. Immutable: the actuation is held for one arc (zero-order hold of
 * the commands behind it).
 */
public final class EquationsOfMotion implements OrdinaryDifferentialEquation {

    /** Number of integrated variables: position (3), velocity (3), mass, heat load. */
    public static final int DIMENSION = 8;

    private final Environment environment;
    private final Force[] forces;
    private final Actuation actuation;
    private final SuttonGraves heating;

    /**
     * @param environment planet, atmosphere and datums
     * @param forces      non-gravitational forces acting on this body
     * @param actuation   what the actuators deliver over the arc
     * @param heating     stagnation heating model (the capsule's nose)
     */
    public EquationsOfMotion(Environment environment, List<Force> forces, Actuation actuation, SuttonGraves heating) {
        this.environment = environment;
        this.forces = forces.toArray(new Force[0]);
        this.actuation = actuation;
        this.heating = heating;
    }

    /** The forces on a stack: what its attached hardware does in the air and with its engines. */
    public static List<Force> forces(Vehicle vehicle, Stack stack) {
        List<Force> forces = new ArrayList<>(2);
        if (stack.backshell()) {
            forces.add(new CapsuleAerodynamics(vehicle.capsule(), vehicle.capsule().liftToDrag() * stack.liftFraction()));
            if (stack.canopy() != null) {
                forces.add(new ParachuteDrag(vehicle.parachute(), stack.canopy()));
            } else if (vehicle.capsule().rcsPropellantRate() > 0) {
                forces.add(new RcsPropellant(vehicle.capsule().rcsPropellantRate()));
            }
        } else {
            forces.add(new BodyDrag(vehicle.descentStage().dragArea()));
            forces.add(new EngineThrust(vehicle.descentStage().engines(), stack.dryMass(vehicle)));
        }
        return List.copyOf(forces);
    }

    /** What the actuators deliver over this arc. */
    public Actuation actuation() {
        return actuation;
    }

    @Override
    public int getDimension() {
        return DIMENSION;
    }

    @Override
    public double[] computeDerivatives(double t, double[] y) {
        FlightState state = FlightState.fromArray(t, y);
        AirData air = air(state);
        double fx = 0;
        double fy = 0;
        double fz = 0;
        double massRate = 0;
        for (Force f : forces) {
            Vector3D force = f.force(state, air, actuation);
            fx += force.getX();
            fy += force.getY();
            fz += force.getZ();
            massRate += f.massRate(state, air, actuation);
        }
        Vector3D g = environment.planet().gravity(state.position());
        Vector3D frame = environment.planet().frameAcceleration(state.position(), state.velocity());
        double m = state.mass();
        double heat = heating.heatRate(air.atmosphere().density(), air.airspeed());
        return new double[] {y[3], y[4], y[5], g.getX() + frame.getX() + fx / m, g.getY() + frame.getY() + fy / m,
            g.getZ() + frame.getZ() + fz / m, massRate, heat};
    }

    /** Air data at a state: altitude, atmosphere, air-relative velocity, Mach and dynamic pressure. */
    public AirData air(FlightState state) {
        Vector3D r = state.position();
        double radius = r.getNorm();
        double altitude = environment.altitude(r);
        double airAltitude = environment.atmosphereOnEllipsoid() == (environment.ellipsoid() != null) ? altitude
                : environment.atmosphereAltitude(r);
        var sample = environment.atmosphere().at(airAltitude);
        Vector3D airVelocity = state.velocity().subtract(environment.atmosphere().wind(r, airAltitude));
        double airspeed = airVelocity.getNorm();
        return new AirData(altitude, sample, airVelocity, airspeed, airspeed / sample.speedOfSound(),
                0.5 * sample.density() * airspeed * airspeed, r.scalarMultiply(1.0 / radius));
    }

    /** Total non-gravitational force at a state (N). */
    public Vector3D nonGravitationalForce(FlightState state) {
        AirData air = air(state);
        Vector3D force = Vector3D.ZERO;
        for (Force f : forces) {
            force = force.add(f.force(state, air, actuation));
        }
        return force;
    }

    /** Force of one kind at a state (N), e.g. the parachute's, or zero when that kind does not act. */
    public Vector3D forceOf(Class<? extends Force> kind, FlightState state) {
        AirData air = air(state);
        Vector3D force = Vector3D.ZERO;
        for (Force f : forces) {
            if (kind.isInstance(f)) {
                force = force.add(f.force(state, air, actuation));
            }
        }
        return force;
    }

    /** Everything derived from a state. */
    public FlightConditions conditions(FlightState state) {
        return conditions(state, true);
    }

    /**
     * Everything derived from a state; without {@code sensing} the sensed acceleration is NaN, which
     * saves evaluating every force again where nothing reads it (trigger functions inside root finding).
     */
    public FlightConditions conditions(FlightState state, boolean sensing) {
        AirData air = air(state);
        Vector3D r = state.position();
        Vector3D v = state.velocity();
        double speed = v.getNorm();
        double radial = Vector3D.dotProduct(v, air.up());
        double gamma = speed > 0 ? Math.asin(Math.max(-1, Math.min(1, radial / speed))) : 0;
        double heading = Math.atan2(Vector3D.dotProduct(v, Geodesy.east(r)), Vector3D.dotProduct(v, Geodesy.north(r)));
        double sensed = sensing ? nonGravitationalForce(state).getNorm() / state.mass() : Double.NaN;
        return new FlightConditions(state.time(), r, v, state.mass(), air.altitude(),
                environment.heightAboveGround(r), Geodesy.latitude(r), Geodesy.longitude(r), speed, gamma,
                heading, air.mach(), air.dynamicPressure(), air.atmosphere().density(), sensed,
                heating.heatRate(air.atmosphere().density(), air.airspeed()), state.heatLoad());
    }

    /**
     * Rate of change of the sensed acceleration's magnitude (m/s³) along the trajectory, by a central
     * difference of ±{@code h} seconds along the state derivative: exact to O(h²) for any force model
     * (Mach-dependent C_D, winds, lift), so the peak of the deceleration an accelerometer feels is
     * located on that, not on a proxy such as ρV².
     */
    public double sensedAccelerationRate(double t, double[] y, double[] dy, double h) {
        double[] ahead = new double[DIMENSION];
        double[] behind = new double[DIMENSION];
        for (int i = 0; i < DIMENSION; i++) {
            ahead[i] = y[i] + h * dy[i];
            behind[i] = y[i] - h * dy[i];
        }
        FlightState a = FlightState.fromArray(t + h, ahead);
        FlightState b = FlightState.fromArray(t - h, behind);
        return (nonGravitationalForce(a).getNorm() / a.mass() - nonGravitationalForce(b).getNorm() / b.mass()) / (2 * h);
    }

    /** The integrator's array for a state. */
    public static double[] pack(FlightState state) {
        return state.toArray();
    }

    /** The state for an integrator array at time {@code t}. */
    public static FlightState unpack(double t, double[] y) {
        return FlightState.fromArray(t, y);
    }
}
