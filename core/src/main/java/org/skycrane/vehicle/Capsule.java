package org.skycrane.vehicle;

import org.skycrane.math.Curve;

/**
 * The entry capsule's aerodynamics: a blunt sphere-cone flown at trim. Lift comes from the trim
 * angle of attack set by an offset centre of mass; its direction about the velocity is the bank angle.
 *
 * @param diameter        maximum diameter, the reference length (m)
 * @param noseRadius      nose radius for stagnation heating (m)
 * @param dragCoefficient drag coefficient at trim against Mach number
 * @param liftToDrag      L/D at trim while the entry balance masses are on board
 * @param rcsPropellantRate propellant the entry attitude-control thrusters burn while they fly the bank
 *                        (kg/s), drawn from the descent stage's tanks
 */
public record Capsule(double diameter, double noseRadius, Curve dragCoefficient, double liftToDrag,
                      double rcsPropellantRate) {

    /** This capsule with its drag coefficient scaled by {@code dragFactor} and its L/D by {@code liftFactor}. */
    public Capsule scaled(double dragFactor, double liftFactor) {
        return new Capsule(diameter, noseRadius, dragCoefficient.scaled(dragFactor), liftToDrag * liftFactor,
                rcsPropellantRate);
    }

    /** Reference area π d²/4 (m²). */
    public double referenceArea() {
        return Math.PI * diameter * diameter / 4;
    }
}
