package org.skycrane.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;
import org.skycrane.dynamics.EquationsOfMotion;
import org.skycrane.dynamics.FlightConditions;
import org.skycrane.dynamics.FlightState;
import org.skycrane.dynamics.ParachuteDrag;
import org.skycrane.flight.Phase;
import org.skycrane.vehicle.Commands;

/**
 * Watches every integrator step: keeps the peaks (checked at step ends, at events and at probe
 * times such as the end of parachute inflation, where the opening load peaks) and, when asked,
 * samples the trajectory on a fixed time grid from the integrator's dense output.
 */
final class Recorder implements ODEStepHandler {

    private final Supplier<EquationsOfMotion> dynamics;
    private final Supplier<Phase> phase;
    private final Supplier<Commands> commands;
    private final double outputStep;
    private final boolean recordTrajectory;
    private final List<TrajectorySample> samples = new ArrayList<>();
    private final List<Double> probes = new ArrayList<>();
    private double lastSample = Double.NEGATIVE_INFINITY;

    private double maxDeceleration;
    private double maxHeatRate;
    private double maxDynamicPressure;
    private double maxParachuteLoad;
    private double heatLoad;

    Recorder(Supplier<EquationsOfMotion> dynamics, Supplier<Phase> phase, Supplier<Commands> commands,
             double outputStep, boolean recordTrajectory) {
        this.dynamics = dynamics;
        this.phase = phase;
        this.commands = commands;
        this.outputStep = outputStep;
        this.recordTrajectory = recordTrajectory;
    }

    /** Also check the peaks at {@code time} (s). */
    void probeAt(double time) {
        probes.add(time);
    }

    /** Takes a state into the peaks (and the trajectory, if it lies on the output grid). */
    void observe(FlightState state) {
        observePeaks(state);
        if (recordTrajectory && state.time() > lastSample + 1e-9
                && Math.abs(state.time() / outputStep - Math.rint(state.time() / outputStep)) < 1e-7) {
            sample(dynamics.get().conditions(state), dynamics.get());
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
                }
            }
        }
        for (double probe : probes) {
            if (probe > previous && probe <= current) {
                observePeaks(state(interpolator.getInterpolatedState(probe)));
            }
        }
        observePeaks(state(interpolator.getCurrentState()));
    }

    private void observePeaks(FlightState state) {
        EquationsOfMotion eom = dynamics.get();
        FlightConditions c = eom.conditions(state);
        maxDeceleration = Math.max(maxDeceleration, c.decelerationEarthG());
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

    private static FlightState state(ODEStateAndDerivative s) {
        return EquationsOfMotion.unpack(s.getTime(), s.getPrimaryState());
    }

    Peaks peaks() {
        return new Peaks(maxDeceleration, maxHeatRate, heatLoad, maxDynamicPressure, maxParachuteLoad);
    }

    List<TrajectorySample> trajectory() {
        return List.copyOf(samples);
    }
}
