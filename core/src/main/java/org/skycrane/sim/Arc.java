package org.skycrane.sim;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import org.hipparchus.ode.AbstractIntegrator;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.nonstiff.ClassicalRungeKuttaIntegrator;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.skycrane.dynamics.EquationsOfMotion;
import org.skycrane.dynamics.FlightState;
import org.skycrane.scenario.SimulationSpec;

/**
 * One integration arc from a flight-software tick to the next, with the commands held, and the
 * armed triggers as integrator events located to 1 µs.
 *
 * <p>Scheme {@code tick_rk4} (the presets'): every arc is one classical RK4 step of at most one tick
 * (1 s in entry and under the parachute, the control period in powered descent). The forces are smooth
 * between ticks there (the commands are held, the bank angle is a smooth profile, every stack change
 * is an event that ends the arc), so four evaluations per tick meet the accuracy gate
 * ({@code IntegrationAccuracyTest}). The one exception is the parachute's inflation, where the drag
 * area grows from nothing to its overshoot within a fraction of a second and the open fraction has a
 * kink at full inflation: those arcs fly Dormand–Prince 8(5,3) at the scenario's tolerance. Scheme
 * {@code dormand_prince} flies every arc, powered ones included, with Dormand–Prince 8(5,3): the
 * reference the gate compares against.
 */
final class Arc {

    /**
     * A switching function watched over the arc.
     *
     * @param g      switching function; fires where it falls through zero
     * @param stop   whether firing ends the arc (a transition) or is only recorded (a peak)
     * @param tag    what fired, handed back when it stops the arc
     * @param onFire called with the state when it fires
     */
    record Watch(ToDoubleFunction<ODEStateAndDerivative> g, boolean stop, Object tag,
                 Consumer<ODEStateAndDerivative> onFire) {
    }

    /**
     * How an arc ended.
     *
     * @param state the state at its end
     * @param fired the tag of the watch that stopped it, or null when it reached its end time
     */
    record End(FlightState state, Object fired) {
    }

    /** Largest number of derivative evaluations in one arc before the flight counts as diverged. */
    static final int MAX_EVALUATIONS = 200_000;

    private final DormandPrince853Integrator adaptive;
    private final ClassicalRungeKuttaIntegrator fixedStep;
    private final boolean fixed;
    private final Recorder recorder;

    /**
     * @param scheme            {@link SimulationSpec#TICK_RK4} or {@link SimulationSpec#DORMAND_PRINCE}
     * @param relativeTolerance Dormand–Prince's relative tolerance
     * @param recorder          watches every step
     */
    Arc(String scheme, double relativeTolerance, Recorder recorder) {
        double[] abs = {1e-3, 1e-3, 1e-3, 1e-6, 1e-6, 1e-6, 1e-6, 1.0};
        double[] rel = new double[EquationsOfMotion.DIMENSION];
        Arrays.fill(rel, relativeTolerance);
        this.adaptive = new DormandPrince853Integrator(1e-9, 1e3, abs, rel);
        // A stiff, diverging flight (drag with a time constant of microseconds) would take steps of a
        // nanosecond for hours; an arc of one tick needs a few hundred evaluations, so cap it far above.
        this.adaptive.setMaxEvaluations(MAX_EVALUATIONS);
        // one step per arc: an arc never outlasts a tick, and Hipparchus shortens the last step to the end
        this.fixedStep = new ClassicalRungeKuttaIntegrator(MAX_TICK);
        this.fixed = SimulationSpec.TICK_RK4.equals(scheme);
        this.recorder = recorder;
    }

    /** Longest arc a fixed step spans (s): the longest flight-software tick the sequence allows. */
    static final double MAX_TICK = 10.0;

    /**
     * Flies {@code eom} from {@code from} to time {@code to} (s), watching {@code watches}.
     *
     * @param smooth whether the forces are smooth over the arc (false while the parachute inflates)
     */
    End fly(EquationsOfMotion eom, FlightState from, double to, boolean smooth, List<Watch> watches) {
        AbstractIntegrator integrator = fixed && smooth ? fixedStep : adaptive;
        integrator.clearEventDetectors();
        integrator.clearStepHandlers();
        integrator.addStepHandler(recorder);
        Object[] fired = {null};
        for (Watch w : watches) {
            integrator.addEventDetector(new Detector(w.g(), w.stop() ? Action.STOP : Action.CONTINUE, s -> {
                w.onFire().accept(s);
                if (w.stop()) {
                    fired[0] = w.tag();
                }
            }));
        }
        adaptive.setInitialStepSize(to - from.time());
        ODEStateAndDerivative end = integrator.integrate(eom, new ODEState(from.time(), EquationsOfMotion.pack(from)), to);
        return new End(EquationsOfMotion.unpack(end.getTime(), end.getPrimaryState()), fired[0]);
    }
}
