package org.skycrane.vehicle;

import org.skycrane.math.Curve;

/**
 * Disk-Gap-Band parachute. After mortar fire the canopy reaches line stretch after a fixed delay,
 * then fills over t_f = n D₀ / V (Knacke, Parachute Recovery Systems Design Manual, ch. 5: fill
 * distance proportional to diameter), its drag area growing as ((t − t_ls)/t_f)² to full.
 *
 * @param diameter         nominal diameter D₀ (m); reference area π D₀²/4
 * @param mass             canopy and lines (kg)
 * @param dragCoefficient  drag coefficient on the nominal area against Mach number
 * @param lineStretchDelay mortar fire to line stretch (s)
 * @param fillConstant     n, canopy fill distance in nominal diameters
 */
public record Parachute(double diameter, double mass, Curve dragCoefficient, double lineStretchDelay,
                        double fillConstant) {

    /** Nominal area π D₀²/4 (m²). */
    public double referenceArea() {
        return Math.PI * diameter * diameter / 4;
    }

    /**
     * Fraction of the full drag area open at {@code sinceDeploy} (s after mortar fire) for a fill time
     * {@code fillTime} (s).
     */
    public double openFraction(double sinceDeploy, double fillTime) {
        double t = sinceDeploy - lineStretchDelay;
        if (t <= 0) {
            return 0.0;
        }
        if (t >= fillTime) {
            return 1.0;
        }
        double f = t / fillTime;
        return f * f;
    }

    /** Fill time n D₀ / V (s) for speed {@code speed} (m/s) at line stretch. */
    public double fillTime(double speed) {
        return fillConstant * diameter / Math.max(speed, 1.0);
    }
}
