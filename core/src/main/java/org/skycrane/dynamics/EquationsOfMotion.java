package org.skycrane.dynamics;

import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.skycrane.mars.Environment;
import org.skycrane.mars.Geodesy;
import org.skycrane.vehicle.Commands;

/**
 * Translational (3-DOF) motion of one flying body in the Mars-fixed rotating frame:
 * r̈ = g(r) + F/m − 2ω×ṙ − ω×(ω×r), ṁ from the engines, and the stagnation heat load Q̇ = q̇ as an
 * eighth state so it is integrated to the integrator's accuracy. The only class that sees the
 * integrator's {@code double[]}. Immutable: commands are held for one arc (zero-order hold).
 */
public final class EquationsOfMotion implements OrdinaryDifferentialEquation {

    /** Number of integrated variables: position (3), velocity (3), mass, heat load. */
    public static final int DIMENSION = 8;

    private final Environment environment;
    private final List<Force> forces;
    private final Commands commands;
    private final SuttonGraves heating;

    /**
     * @param environment planet, atmosphere and datums
     * @param forces      non-gravitational forces acting on this body
     * @param commands    actuator commands held over the arc
     * @param heating     stagnation heating model (the capsule's nose)
     */
    public EquationsOfMotion(Environment environment, List<Force> forces, Commands commands, SuttonGraves heating) {
        this.environment = environment;
        this.forces = List.copyOf(forces);
        this.commands = commands;
        this.heating = heating;
    }

    /** The same body with other commands. */
    public EquationsOfMotion withCommands(Commands newCommands) {
        return new EquationsOfMotion(environment, forces, newCommands, heating);
    }

    public Environment environment() {
        return environment;
    }

    public List<Force> forces() {
        return forces;
    }

    public Commands commands() {
        return commands;
    }

    @Override
    public int getDimension() {
        return DIMENSION;
    }

    @Override
    public double[] computeDerivatives(double t, double[] y) {
        FlightState state = FlightState.fromArray(t, y);
        AirData air = air(state);
        Vector3D force = Vector3D.ZERO;
        double massRate = 0;
        for (Force f : forces) {
            force = force.add(f.force(state, air, commands));
            massRate += f.massRate(state, air, commands);
        }
        Vector3D a = environment.planet().gravity(state.position())
                .add(environment.planet().frameAcceleration(state.position(), state.velocity()))
                .add(force.scalarMultiply(1.0 / state.mass()));
        double heat = heating.heatRate(air.atmosphere().density(), air.airspeed());
        return new double[] {y[3], y[4], y[5], a.getX(), a.getY(), a.getZ(), massRate, heat};
    }

    /** Air data at a state: altitude, atmosphere, air-relative velocity, Mach and dynamic pressure. */
    public AirData air(FlightState state) {
        Vector3D r = state.position();
        double radius = r.getNorm();
        double altitude = environment.altitude(radius);
        var sample = environment.atmosphere().at(altitude);
        Vector3D airVelocity = state.velocity().subtract(environment.atmosphere().wind(r, altitude));
        double airspeed = airVelocity.getNorm();
        return new AirData(altitude, sample, airVelocity, airspeed, airspeed / sample.speedOfSound(),
                0.5 * sample.density() * airspeed * airspeed, r.scalarMultiply(1.0 / radius));
    }

    /** Total non-gravitational force at a state (N). */
    public Vector3D nonGravitationalForce(FlightState state) {
        AirData air = air(state);
        Vector3D force = Vector3D.ZERO;
        for (Force f : forces) {
            force = force.add(f.force(state, air, commands));
        }
        return force;
    }

    /** Force of one kind at a state (N), e.g. the parachute's, or zero when that kind does not act. */
    public Vector3D forceOf(Class<? extends Force> kind, FlightState state) {
        AirData air = air(state);
        Vector3D force = Vector3D.ZERO;
        for (Force f : forces) {
            if (kind.isInstance(f)) {
                force = force.add(f.force(state, air, commands));
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
        double radius = r.getNorm();
        return new FlightConditions(state.time(), r, v, state.mass(), air.altitude(),
                environment.heightAboveGround(radius), Geodesy.latitude(r), Geodesy.longitude(r), speed, gamma,
                heading, air.mach(), air.dynamicPressure(), air.atmosphere().density(), sensed,
                heating.heatRate(air.atmosphere().density(), air.airspeed()), state.heatLoad());
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
