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
 */
public record Capsule(double diameter, double noseRadius, Curve dragCoefficient, double liftToDrag) {

    /** Reference area π d²/4 (m²). */
    public double referenceArea() {
        return Math.PI * diameter * diameter / 4;
    }
}
