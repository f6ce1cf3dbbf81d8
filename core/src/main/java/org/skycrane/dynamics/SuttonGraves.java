package org.skycrane.dynamics;

/**
 * Stagnation-point convective heat rate, Sutton &amp; Graves (1971), NASA TR R-376:
 * q = k √(ρ / Rₙ) V³ (W/m²), with k = 1.9027e-4 kg^½/m for a CO₂ atmosphere (the Mars value used in
 * NASA's entry design codes; Sutton &amp; Graves Table 2 gives the constant per gas mixture).
 *
 * @param k          heating constant (kg^½/m)
 * @param noseRadius effective nose radius Rₙ (m)
 */
public record SuttonGraves(double k, double noseRadius) {

    /** Sutton–Graves constant for Mars CO₂ (kg^½/m). */
    public static final double K_MARS = 1.9027e-4;

    /** Heat rate (W/m²) at density {@code density} (kg/m³) and airspeed {@code speed} (m/s). */
    public double heatRate(double density, double speed) {
        return k * Math.sqrt(Math.max(density, 0) / noseRadius) * speed * speed * speed;
    }
}
