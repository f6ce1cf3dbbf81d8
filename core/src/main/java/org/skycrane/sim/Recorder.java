package org.skycrane.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoublePredicate;
import java.util.function.Supplier;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;
import org.skycrane.dynamics.BodyAttitude;
import org.skycrane.dynamics.EquationsOfMotion;
import org.skycrane.dynamics.FlightConditions;
import org.skycrane.dynamics.FlightState;
import org.skycrane.dynamics.ParachuteDrag;
import org.skycrane.flight.Phase;
import org.skycrane.mars.Planet;
import org.skycrane.vehicle.Commands;
import org.skycrane.vehicle.Stack;

/**
 * Watches every integrator step: keeps the peaks (checked at step ends, at events and at the
 * local maxima of the parachute's inflation, located as events) and, when asked,
 * samples the trajectory on a fixed time grid from the integrator's dense output.
 */
final class Recorder implements ODEStepHandler {

    private final Supplier<EquationsOfMotion> dynamics;
    private final Supplier<Phase> phase;
    private final Supplier<Commands> commands;
    private final DoublePredicate inflating;
    private final double outputStep;
    private final boolean recordTrajectory;
    private final Supplier<Stack> stack;
    private final Planet planet;
    private final List<TrajectorySample> samples = new ArrayList<>();
    private final List<AttitudeSample> attitudes = new ArrayList<>();
    private Rotation lastAttitude;
    private double lastSample = Double.NEGATIVE_INFINITY;

    private double maxDeceleration;
    private double maxHeatRate;
    private double maxDynamicPressure;
    private double maxParachuteLoad;
    private double maxInflation;
    private double heatLoad;

    /**
     * @param inflating whether the parachute is inflating at a time (s), for the inflation peak
     * @param stack     what the flying stack holds now, for its attitude
     * @param planet    for the gravity of the attitude's pendulum swing
     */
    Recorder(Supplier<EquationsOfMotion> dynamics, Supplier<Phase> phase, Supplier<Commands> commands,
             DoublePredicate inflating, double outputStep, boolean recordTrajectory, Supplier<Stack> stack,
             Planet planet) {
        this.stack = stack;
        this.planet = planet;
        this.dynamics = dynamics;
        this.phase = phase;
        this.commands = commands;
        this.inflating = inflating;
        this.outputStep = outputStep;
        this.recordTrajectory = recordTrajectory;
    }

    /** Takes a state into the peaks (and the trajectory, if it lies on the output grid). */
    void observe(FlightState state) {
        observePeaks(state);
        if (recordTrajectory && state.time() > lastSample + 1e-9
                && Math.abs(state.time() / outputStep - Math.rint(state.time() / outputStep)) < 1e-7) {
            sample(dynamics.get().conditions(state), dynamics.get());
            attitude(state, dynamics.get());
        }
    }

    @Override
    public void handleStep(ODEStateInterpolator interpolator) {
        double previous = interpolator.getPreviousState().getTime();
        double current = interpolator.getCurrentState().getTime();
        if (recordTrajectory) {
            long k = (long) Math.floor(previous / outputStep) + 1;
            for (double t = k * outputStep; t <= current + 1e-9; t = (++k) * outputStep) {
                if (t > lastSample + 1e-9) {
                    FlightState s = state(interpolator.getInterpolatedState(Math.min(t, current)));
                    s = new FlightState(t, s.position(), s.velocity(), s.mass(), s.heatLoad());
                    sample(dynamics.get().conditions(s), dynamics.get());
                    attitude(s, dynamics.get());
                }
            }
        }
        observePeaks(state(interpolator.getCurrentState()));
    }

    /** Takes a state into the peaks: at step ends, at events, and at the inflation's local maxima. */
    void observePeaks(FlightState state) {
        EquationsOfMotion eom = dynamics.get();
        FlightConditions c = eom.conditions(state);
        maxDeceleration = Math.max(maxDeceleration, c.decelerationEarthG());
        if (inflating.test(state.time())) {
            maxInflation = Math.max(maxInflation, c.decelerationEarthG());
        }
        maxHeatRate = Math.max(maxHeatRate, c.heatRate());
        maxDynamicPressure = Math.max(maxDynamicPressure, c.dynamicPressure());
        maxParachuteLoad = Math.max(maxParachuteLoad, eom.forceOf(ParachuteDrag.class, state).getNorm());
        heatLoad = Math.max(heatLoad, state.heatLoad());
    }

    private void sample(FlightConditions c, EquationsOfMotion eom) {
        lastSample = c.time();
        samples.add(new TrajectorySample(c.time(), phase.get(), c.latitude(), c.longitude(), c.altitude(),
                c.heightAboveGround(), c.speed(), c.verticalSpeed(), c.flightPathAngle(), c.mach(),
                c.dynamicPressure(), c.decelerationEarthG(), c.heatRate(), c.mass(), commands.get().bankAngle(),
                eom.actuation().bank().angle(c.time()), commands.get().thrust().getNorm(), c.position(), c.velocity()));
    }

    /** The truth attitude at a sampled state (roll carried from the previous sample). */
    private void attitude(FlightState s, EquationsOfMotion eom) {
        Rotation attitude = BodyAttitude.of(s, eom.air(s), stack.get(), eom.actuation(), lastAttitude,
                planet.gravity(s.position()).getNorm());
        lastAttitude = attitude;
        attitudes.add(new AttitudeSample(s.time(), attitude, eom.actuation().thrust()));
    }

    private static FlightState state(ODEStateAndDerivative s) {
        return EquationsOfMotion.unpack(s.getTime(), s.getPrimaryState());
    }

    Peaks peaks() {
        return new Peaks(maxDeceleration, maxHeatRate, heatLoad, maxDynamicPressure, maxParachuteLoad, maxInflation);
    }

    List<TrajectorySample> trajectory() {
        return List.copyOf(samples);
    }

    List<AttitudeSample> attitudes() {
        return List.copyOf(attitudes);
    }
}
