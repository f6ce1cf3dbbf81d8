package org.skycrane.vehicle;

import org.skycrane.math.Curve;

/**
 * Disk-Gap-Band parachute. After mortar fire the canopy reaches line stretch after a fixed delay,
 * then fills over t_f = n D₀ / V at the airspeed of line stretch (Knacke, Parachute Recovery Systems
 * Design Manual, 1992, ch. 5: the fill distance is a fixed number of canopy diameters), its drag area
 * growing as τ² (τ = (t − t_ls)/t_f) to full, and then overinflating: a supersonic canopy overshoots
 * its steady shape before it settles, which is what makes the opening load exceed the steady drag.
 * After fill the drag area is 1 + A·u·e^(1−u), u = (τ − 1)/b: an overshoot of A, the largest b fill
 * times after full open, decaying back to the steady area.
 *
 * @param diameter         nominal diameter D₀ (m); reference area π D₀²/4
 * @param mass             canopy and lines (kg)
 * @param dragCoefficient  steady drag coefficient on the nominal area against Mach number
 * @param lineStretchDelay mortar fire to line stretch (s)
 * @param fillConstant     n, canopy fill distance in nominal diameters
 * @param overinflation    A, the largest overshoot of the drag area over its steady value (fraction)
 * @param overshootTime    b, when the overshoot peaks after full open, in fill times
 */
public record Parachute(double diameter, double mass, Curve dragCoefficient, double lineStretchDelay,
                        double fillConstant, double overinflation, double overshootTime) {

    /** This parachute with its drag coefficient scaled by {@code factor}. */
    public Parachute scaled(double factor) {
        return new Parachute(diameter, mass, dragCoefficient.scaled(factor), lineStretchDelay, fillConstant,
                overinflation, overshootTime);
    }

    /** Nominal area π D₀²/4 (m²). */
    public double referenceArea() {
        return Math.PI * diameter * diameter / 4;
    }

    /**
     * Drag area over its steady value at {@code sinceLineStretch} (s after line stretch) for a fill time
     * {@code fillTime} (s): 0 before line stretch, τ² while filling, then the overshoot.
     */
    public double openFraction(double sinceLineStretch, double fillTime) {
        if (!(sinceLineStretch > 0)) {
            return 0.0;
        }
        double tau = sinceLineStretch / fillTime;
        if (tau <= 1) {
            return tau * tau;
        }
        if (overinflation == 0) {
            return 1.0;
        }
        double u = (tau - 1) / overshootTime;
        return 1 + overinflation * u * Math.exp(1 - u);
    }

    /** Fill time n D₀ / V (s) for airspeed {@code speed} (m/s) at line stretch. */
    public double fillTime(double speed) {
        return fillConstant * diameter / Math.max(speed, 1.0);
    }
}
