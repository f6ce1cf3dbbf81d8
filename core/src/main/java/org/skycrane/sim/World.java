package org.skycrane.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.dynamics.Actuation;
import org.skycrane.dynamics.EngineThrust;
import org.skycrane.dynamics.EquationsOfMotion;
import org.skycrane.dynamics.FlightConditions;
import org.skycrane.dynamics.FlightState;
import org.skycrane.dynamics.Force;
import org.skycrane.dynamics.NumericalFailure;
import org.skycrane.dynamics.ParachuteDrag;
import org.skycrane.dynamics.SuttonGraves;
import org.skycrane.gnc.nav.NavState;
import org.skycrane.mars.Environment;
import org.skycrane.mars.Geodesy;
import org.skycrane.sensors.NavigationModel;
import org.skycrane.sensors.PerfectNavigation;
import org.skycrane.terrain.Footprint;
import org.skycrane.terrain.HazardMap;
import org.skycrane.terrain.MapPoint;
import org.skycrane.terrain.Terrain;
import org.skycrane.vehicle.Body;
import org.skycrane.vehicle.Effect;
import org.skycrane.vehicle.Stack;
import org.skycrane.vehicle.Vehicle;

/**
 * The truth of one flight while it is flown: the state, the vehicle stack and its forces, what the
 * actuators deliver, and the hardware that has left the stack. Confined to the thread flying it.
 */
final class World {

    private final Environment environment;
    private final Vehicle vehicle;
    private final NavigationModel navigation;
    private final Avionics avionics;
    private final SuttonGraves heating;
    private final List<Separated> separated = new ArrayList<>();
    private final List<Landed> landed = new ArrayList<>();

    private FlightState state;
    private Stack stack;
    private List<Force> forces;
    private EquationsOfMotion eom;
    private Touchdown touchdown;
    private Vector3D roverPosition;
    private String mishap;
    private int failedEngines;
    private boolean parachuteFailed;

    World(Truth truth, NavigationModel navigation, Avionics avionics) {
        this.environment = truth.environment();
        this.vehicle = truth.vehicle();
        this.navigation = navigation;
        this.avionics = avionics;
        this.heating = new SuttonGraves(SuttonGraves.K_MARS, vehicle.capsule().noseRadius());
        this.state = truth.entry();
        this.stack = Stack.atEntry(vehicle);
        this.forces = forces(stack);
        actuate(Actuation.NONE);
    }

    /** The forces on {@code s}, with the hardware that has failed giving nothing. */
    private List<Force> forces(Stack s) {
        List<Force> all = EquationsOfMotion.forces(vehicle, s);
        if (failedEngines == 0 && !parachuteFailed) {
            return all;
        }
        List<Force> out = new ArrayList<>(all.size());
        for (Force f : all) {
            if (f instanceof EngineThrust e) {
                out.add(new EngineThrust(e.engines(), e.dryMass(), failedEngines));
            } else if (!(parachuteFailed && f instanceof ParachuteDrag)) {
                out.add(f);
            }
        }
        return out;
    }

    /** Engine {@code k} (1-based) fails now: it gives no thrust from here on (a fault). */
    void failEngine(int k) {
        failedEngines |= 1 << (k - 1);
        forces = forces(stack);
        actuate(eom.actuation());
    }

    /**
     * The parachute fails now (a fault): its canopy gives no drag from here on, so a failure at or
     * before line stretch is a canopy that never inflates.
     */
    void failParachute() {
        parachuteFailed = true;
        forces = forces(stack);
        actuate(eom.actuation());
    }

    /**
     * What each engine's chamber-pressure transducer reads, as a fraction of full thrust: the engine's
     * share of the net thrust delivered, zero for an engine that is off or has failed. A measurement the
     * flight software may read.
     */
    double[] chamberPressures(FlightState s) {
        var engines = vehicle.descentStage().engines();
        double[] p = new double[engines.count()];
        var actuation = eom.actuation();
        int off = actuation.enginesOff();
        int lit = engines.count() - Integer.bitCount(off);
        double wanted = actuation.thrust().getNorm();
        double perEngine = lit == 0 ? 0 : new EngineThrust(engines, stack.dryMass(vehicle)).delivered(wanted, s.mass(),
                off) / lit / (engines.maxThrust() * Math.cos(engines.cantAngle()));
        for (int k = 0; k < p.length; k++) {
            boolean on = k >= 31 || ((off | failedEngines) & (1 << k)) == 0;
            p[k] = on ? perEngine : 0;
        }
        return p;
    }

    FlightState state() {
        return state;
    }

    void moveTo(FlightState next) {
        state = next;
    }

    Stack stack() {
        return stack;
    }

    EquationsOfMotion dynamics() {
        return eom;
    }

    Environment environment() {
        return environment;
    }

    Vehicle vehicle() {
        return vehicle;
    }

    Touchdown touchdown() {
        return touchdown;
    }


    /** Holds {@code actuation} from now on. */
    void actuate(Actuation actuation) {
        eom = new EquationsOfMotion(environment, forces, actuation, heating);
    }

    /** The true flight conditions at {@code s}. */
    FlightConditions conditions(FlightState s, boolean sensing) {
        return eom.conditions(s, sensing);
    }

    /** The flight's avionics, or null when it flies without a navigation filter. */
    Avionics avionics() {
        return avionics;
    }

    /**
     * The navigation solution the flight software gets at {@code s}: with {@code sensing}, a tick of
     * the flight software (the sensors measure, the filter updates); without, between ticks.
     */
    NavState navigate(FlightState s, boolean sensing) {
        if (avionics != null) {
            NavState nav = sensing ? avionics.tick(s, eom.air(s), stack, eom.actuation(),
                    () -> environment.heightAboveGround(s.position())) : avionics.between(s);
            if (navigation instanceof PerfectNavigation) {
                return nav;
            }
            NavState offset = navigation.navigate(nav.time(), nav.position(), nav.velocity(), nav.sensedAcceleration());
            return new NavState(offset.time(), offset.position(), offset.velocity(), offset.sensedAcceleration(),
                    nav.heightAboveGround(), nav.cycleAcceleration());
        }
        Vector3D sensed = sensing ? eom.nonGravitationalForce(s).scalarMultiply(1.0 / s.mass()) : Vector3D.NaN;
        return navigation.navigate(s.time(), s.position(), s.velocity(), sensed);
    }

    /** Propellant left in the descent stage at {@code s} (kg): the mass above the attached hardware's. */
    double propellant(FlightState s) {
        return s.mass() - stack.dryMass(vehicle);
    }

    /** Applies an event's effect now: the stack changes, what it no longer holds leaves with its mass. */
    void apply(Effect effect) {
        Stack before = stack;
        Stack after = effect.apply(before, state.time(), eom.air(state).airspeed());
        if (after.rover() == Stack.Rover.ON_GROUND && before.rover() == Stack.Rover.HANGING) {
            touchdown(before);
        }
        if (before.balanceMasses() > after.balanceMasses()) {
            separated.add(new Separated("balance_masses", state, vehicle.balanceMass()));
        }
        if (before.heatShield() && !after.heatShield()) {
            separated.add(new Separated("heat_shield", state, vehicle.heatShield()));
            if (avionics != null) {
                try {
                    avionics.heatShieldSeparated(Ballistic.fly(environment, vehicle.heatShield(), state, heating,
                            state.time() + 600, 0.5), vehicle.capsule().diameter() / 2);
                } catch (NumericalFailure | MathIllegalStateException e) {
                    // a heat shield that cannot be flown is not seen by the radar; the flight goes on
                }
            }
        }
        if (before.backshell() && !after.backshell()) {
            separated.add(new Separated("backshell", state, new Body(vehicle.backshell().mass()
                    + vehicle.parachute().mass(), vehicle.backshell().dragArea())));
        }
        if (before.rover() == Stack.Rover.HANGING && after.rover() == Stack.Rover.RELEASED) {
            // cut loose in the air: the rover falls on its own (drag area of the stage and rover, ASSUMED)
            separated.add(new Separated("rover", state, new Body(vehicle.roverMass(),
                    vehicle.descentStage().dragArea())));
            mishap = String.format(Locale.ROOT, "the bridles were cut with the rover %.1f m above the ground",
                    eom.conditions(state, false).heightAboveGround() - before.payout(vehicle.bridles(), state.time()));
        }
        state = state.withMass(state.mass() - (before.dryMass(vehicle) - after.dryMass(vehicle)));
        stack = after;
        forces = forces(after);
        actuate(eom.actuation());
    }

    private void touchdown(Stack hanging) {
        Vector3D up = state.position().normalize();
        double vertical = Vector3D.dotProduct(state.velocity(), up) - hanging.payoutRate(vehicle.bridles(), state.time());
        double horizontal = state.velocity().subtract(up.scalarMultiply(Vector3D.dotProduct(state.velocity(), up)))
                .getNorm();
        Terrain ground = environment.terrain();
        MapPoint under = ground.frame().toMap(state.position());
        roverPosition = ground.frame().toMarsFixed(under.east(), under.north(), ground.height(under.east(),
                under.north()));
        Footprint footprint = new HazardMap(ground, Touchdown.HAZARDS).at(under.east(), under.north());
        touchdown = new Touchdown(state.time(), Math.max(0, -vertical), horizontal, Geodesy.latitude(state.position()),
                Geodesy.longitude(state.position()), state.mass() - hanging.dryMass(vehicle), footprint.slope(),
                footprint.rockHeight(), footprint.safe());
    }

    /** What went wrong on the way down that is not yet a crash of the flying stack (null if nothing). */
    String mishap() {
        return mishap;
    }

    /** Why the flight ends when the flying stack reaches the ground. */
    String crash(String phase) {
        double speed = state.velocity().getNorm();
        if (stack.rover() == Stack.Rover.ON_GROUND) {
            return String.format(Locale.ROOT, "the descent stage came down on the landed rover at %.1f m/s before the "
                    + "bridles were cut", speed);
        }
        return String.format(Locale.ROOT, "the vehicle hit the ground at %.1f m/s in %s with the rover aboard", speed,
                phase);
    }

    /** The flying stack's own impact: the descent stage after the flyaway, or a crash. */
    void stageImpact() {
        landed.add(new Landed("descent_stage", state));
    }

    /**
     * Where everything came down, in time order, with distances from the rover (NaN when the rover
     * did not reach the ground), and the tracks of the jettisoned bodies.
     *
     * @param impacts the impacts
     * @param tracks  each jettisoned body's track, by name (sampled only when asked)
     */
    record Landings(List<Impact> impacts, Map<String, Ballistic.Track> tracks) {
    }

    /**
     * Flies each jettisoned body ballistically to the ground, sampling its track every {@code step}
     * seconds (none when 0).
     */
    Landings landings(double step) {
        Map<String, Ballistic.Track> tracks = new HashMap<>();
        for (Separated body : separated) {
            Ballistic.Track track;
            try {
                track = Ballistic.fly(environment, body.body(), body.state(), heating, body.state().time() + 3600, step);
            } catch (NumericalFailure | MathIllegalStateException e) {
                continue; // a body that cannot be flown leaves no impact; the main result stands
            }
            tracks.putIfAbsent(body.name(), track);
            if (track.end() != null) {
                landed.add(new Landed(body.name(), track.end()));
                if (body.name().equals("rover")) {
                    roverPosition = track.end().position();
                }
            }
        }
        separated.clear();
        List<Impact> impacts = new ArrayList<>();
        for (Landed l : landed) {
            FlightState at = l.state();
            double distance = roverPosition == null ? Double.NaN
                    : Vector3D.angle(roverPosition, at.position()) * environment.site().surfaceRadius();
            impacts.add(new Impact(l.name(), at.time(), Geodesy.latitude(at.position()),
                    Geodesy.longitude(at.position()), distance, at.velocity().getNorm()));
        }
        impacts.sort(Comparator.comparingDouble(Impact::time));
        return new Landings(List.copyOf(impacts), Map.copyOf(tracks));
    }

    /** Where a body came down. */
    private record Landed(String name, FlightState state) {
    }

    /** A body that left the stack, with its state at separation. */
    private record Separated(String name, FlightState state, Body body) {
    }
}
