package org.skycrane.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.skycrane.dynamics.EquationsOfMotion;
import org.skycrane.dynamics.FlightState;
import org.skycrane.flight.EdlEvent;
import org.skycrane.flight.Onboard;
import org.skycrane.flight.Phase;
import org.skycrane.gnc.FlightSoftware;
import org.skycrane.mars.AtmosphereSample;
import org.skycrane.scenario.Scenario;
import org.skycrane.vehicle.Commands;
import org.skycrane.vehicle.Stack;

/**
 * What a flight records as it is flown: its events (truth beside the onboard view), its peaks and
 * trajectory, and the finished {@link Result}.
 */
final class Journal {

    /** Half-width of the central difference that locates the peak of the sensed deceleration (s). */
    private static final double DECELERATION_RATE_STEP = 1e-3;
    /**
     * Sensed deceleration (m/s²) below which no peak is looked for: a thousandth of Earth g, far below
     * any entry's peak, and above the exact zero of vacuum, where the rate is identically zero.
     */
    private static final double DECELERATION_FLOOR = 0.01;

    private final World world;
    private final FlightSoftware fsw;
    private final Scenario scenario;
    private final Recorder recorder;
    private Timeline timeline = Timeline.empty();

    Journal(World world, FlightSoftware fsw, Scenario scenario, boolean recordTrajectory, Supplier<Phase> phase,
            Supplier<Commands> commands) {
        this.world = world;
        this.fsw = fsw;
        this.scenario = scenario;
        this.recorder = new Recorder(world::dynamics, phase, commands, this::inflating,
                scenario.simulation().outputStep(), recordTrajectory, world::stack, world.environment().planet());
    }

    Recorder recorder() {
        return recorder;
    }

    /** The events recorded so far. */
    Timeline timeline() {
        return timeline;
    }

    /** What the flight software believes at the true state {@code s}. */
    Onboard onboard(FlightState s) {
        return fsw.view(world.navigate(s, false));
    }

    /** Records {@code event} at the present state. */
    void record(EdlEvent event, Phase phase, String trigger) {
        record(event, phase, world.state(), trigger);
    }

    private void record(EdlEvent event, Phase phase, FlightState at, String trigger) {
        timeline = timeline.with(new EventRecord(event, phase, world.conditions(at, true), onboard(at), trigger,
                world.propellant(at)));
    }

    /**
     * Watches for the peaks of heating and of the sensed deceleration, during entry until found:
     * zeros of d ln(q̇)/dt (with q̇ ∝ ρ^½ V³) and of d|a_sensed|/dt, on the way down through them.
     */
    List<Arc.Watch> peakWatches(Phase phase) {
        List<Arc.Watch> watches = new ArrayList<>(2);
        if (inflating(world.state().time())) {
            // each local maximum of the sensed acceleration while the canopy fills and overshoots
            watches.add(new Arc.Watch(s -> world.dynamics().sensedAccelerationRate(s.getTime(), s.getPrimaryState(),
                    s.getPrimaryDerivative(), DECELERATION_RATE_STEP), false, Stack.Canopy.class,
                    s -> recorder.observePeaks(state(s))));
        }
        if (phase != Phase.ENTRY) {
            return watches;
        }
        if (!timeline.has(EdlEvent.PEAK_HEATING)) {
            watches.add(new Arc.Watch(this::heatRateSlope, false, EdlEvent.PEAK_HEATING,
                    s -> recordOnce(EdlEvent.PEAK_HEATING, phase, state(s))));
        }
        if (!timeline.has(EdlEvent.PEAK_DECELERATION)) {
            watches.add(new Arc.Watch(this::decelerationSlope, false, EdlEvent.PEAK_DECELERATION,
                    s -> recordOnce(EdlEvent.PEAK_DECELERATION, phase, state(s))));
        }
        return watches;
    }

    /**
     * Whether the parachute is inflating at {@code time}: from line stretch until its overshoot has
     * decayed, (1 + 6 b) fill times later (the overshoot is e^(1−u) times its peak at u = 6: under 1 %).
     */
    boolean inflating(double time) {
        Stack.Canopy canopy = world.stack().canopy();
        if (canopy == null || !canopy.isStretched()) {
            return false;
        }
        double end = canopy.lineStretch() + canopy.fillTime() * (1 + 6 * world.vehicle().parachute().overshootTime());
        return time >= canopy.lineStretch() && time <= end;
    }

    private void recordOnce(EdlEvent event, Phase phase, FlightState at) {
        if (!timeline.has(event)) {
            record(event, phase, at, null);
        }
    }

    /** d|a_sensed|/dt once the deceleration is felt; a positive constant before (no peak yet). */
    private double decelerationSlope(ODEStateAndDerivative s) {
        FlightState at = state(s);
        if (world.dynamics().nonGravitationalForce(at).getNorm() / at.mass() < DECELERATION_FLOOR) {
            return 1.0;
        }
        return world.dynamics().sensedAccelerationRate(s.getTime(), s.getPrimaryState(), s.getPrimaryDerivative(),
                DECELERATION_RATE_STEP);
    }

    private double heatRateSlope(ODEStateAndDerivative s) {
        double[] y = s.getPrimaryState();
        double[] dy = s.getPrimaryDerivative();
        Vector3D r = new Vector3D(y[0], y[1], y[2]);
        Vector3D v = new Vector3D(y[3], y[4], y[5]);
        Vector3D acc = new Vector3D(dy[3], dy[4], dy[5]);
        double radius = r.getNorm();
        AtmosphereSample air = world.environment().atmosphere().at(world.environment().atmosphereAltitude(r));
        double climb = Vector3D.dotProduct(v, r) / radius;
        return 0.5 * air.logDensitySlope() * climb + 3 * Vector3D.dotProduct(v, acc) / v.getNormSq();
    }

    private static FlightState state(ODEStateAndDerivative s) {
        return EquationsOfMotion.unpack(s.getTime(), s.getPrimaryState());
    }

    /** The finished run. */
    Result result(Outcome outcome, String reason) {
        List<TrajectorySample> trajectory = recorder.trajectory();
        World.Landings landings = world.landings(trajectory.isEmpty() ? 0 : scenario.simulation().outputStep());
        Recontact recontact = trajectory.isEmpty() ? Recontact.NONE : new Recontact(
                closest(landings, "backshell", trajectory), closest(landings, "heat_shield", trajectory));
        List<BodyTrack> tracks = new ArrayList<>();
        if (!trajectory.isEmpty()) {
            landings.tracks().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                    tracks.add(new BodyTrack(e.getKey(), e.getValue().times(), e.getValue().points())));
        }
        return new Result(scenario.name(), outcome, reason, timeline, recorder.peaks(), world.touchdown(),
                landings.impacts(), trajectory, Result.Target.of(scenario), recontact,
                world.avionics() == null ? List.of() : world.avionics().samples(), recorder.attitudes(), tracks,
                world.avionics() == null ? null : world.avionics().trnReport());
    }

    private static double closest(World.Landings landings, String body, List<TrajectorySample> vehicle) {
        Ballistic.Track track = landings.tracks().get(body);
        return track == null ? Double.NaN : Recontact.closestApproach(track, vehicle);
    }
}
