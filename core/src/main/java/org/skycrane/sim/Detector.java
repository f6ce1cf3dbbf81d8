package org.skycrane.sim;

import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BracketedUnivariateSolver;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.events.AdaptableInterval;
import org.hipparchus.ode.events.ODEEventDetector;
import org.hipparchus.ode.events.ODEEventHandler;

/**
 * An integrator event that fires where {@code g} falls through zero (increasing crossings are
 * ignored, like Orekit's slope filter). Detection settings are explicit: Hipparchus' default
 * maximum check interval (600 s) is longer than all of EDL and could miss close roots.
 */
final class Detector implements ODEEventDetector {

    /** Largest time between sign checks (s). */
    static final double MAX_CHECK = 0.5;
    /** Time accuracy of the located event (s). */
    static final double THRESHOLD = 1e-6;

    private final ToDoubleFunction<ODEStateAndDerivative> g;
    private final Action action;
    private final Consumer<ODEStateAndDerivative> onEvent;
    private final BracketedUnivariateSolver<UnivariateFunction> solver =
            new BracketingNthOrderBrentSolver(1e-14, THRESHOLD, 5);

    Detector(ToDoubleFunction<ODEStateAndDerivative> g, Action action, Consumer<ODEStateAndDerivative> onEvent) {
        this.g = g;
        this.action = action;
        this.onEvent = onEvent;
    }

    @Override
    public AdaptableInterval getMaxCheckInterval() {
        return AdaptableInterval.of(MAX_CHECK);
    }

    @Override
    public int getMaxIterationCount() {
        return 200;
    }

    @Override
    public BracketedUnivariateSolver<UnivariateFunction> getSolver() {
        return solver;
    }

    @Override
    public ODEEventHandler getHandler() {
        return (state, detector, increasing) -> {
            if (increasing) {
                return Action.CONTINUE;
            }
            onEvent.accept(state);
            return action;
        };
    }

    @Override
    public double g(ODEStateAndDerivative state) {
        return g.applyAsDouble(state);
    }
}
