package org.skycrane.dynamics;

/**
 * The integration produced a state that is not finite (a diverging flight, not a programming error).
 * The simulator turns it, and the integrator's own step-size failures, into the outcome
 * NUMERICAL_FAILURE; any other exception is a bug and propagates.
 */
public final class NumericalFailure extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    public NumericalFailure(String message) {
        super(message);
    }
}
