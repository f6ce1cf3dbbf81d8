package org.skycrane.render.scene;

import java.util.Objects;

/**
 * The daytime sky of Mars, seen by up-looking cameras and as the haze over distant terrain.
 *
 * <p>The dusty sky of Mars is a yellowish brown that reddens away from the Sun and toward the horizon
 * (Maki et al. 1999, "The color of Mars: spectrophotometric measurements at the Pathfinder landing
 * site", J. Geophys. Res. 104(E4), 8781–8794), "dark yellowish brown" at optical depth 1 and darker
 * as the dust clears (Bell, Savransky &amp; Wolff 2006, "Chromaticity of the Martian sky as observed by
 * the Mars Exploration Rover Pancam instruments", J. Geophys. Res. 111, E12S05). Sky chromaticity
 * matches the airborne dust, (x, y) ≈ (0.42, 0.36) (Maki et al. 2021, InSight, Earth and Space
 * Science 8).
 *
 * <p>Model: the radiance at elevation e varies as a dusty atmosphere scattering along an airmass
 * m(e) = 1 / sin e (capped at the horizon): w(e) = 1 − exp(−τ m(e)), normalised to the horizon,
 * so the zenith is darker by (1 − e^−τ) / (1 − e^−τ m₀). The colour runs from {@code zenith} to
 * {@code horizon} with w; a forward-scattering aureole brightens and whitens the sky near the Sun,
 * and the Sun's disk is drawn with its angular radius. Terrain is dimmed toward the {@code horizon}
 * colour by the slant optical depth between it and the camera, for dust of vertical optical depth τ
 * and scale height {@link #DUST_SCALE_HEIGHT} above the local frame's z = 0 (set τ = 0 for no haze).
 *
 * @param horizon         sky radiance at the horizon (linear)
 * @param zenith          sky radiance at the zenith (linear)
 * @param opticalDepth    vertical dust optical depth τ at z = 0 (typically 0.3 to 1 outside dust storms;
 *                        Lemmon et al. 2015, Icarus 251, 96–111)
 * @param aureole         aureole radiance next to the Sun, as a multiple of the horizon radiance
 * @param aureoleWidth    angular e-folding width of the aureole (rad)
 * @param sunRadiance     radiance of the Sun's disk (linear; far above 1, it saturates the camera)
 * @param sunAngularRadius angular radius of the Sun's disk (rad)
 */
public record MarsSky(Rgb horizon, Rgb zenith, double opticalDepth, double aureole, double aureoleWidth,
                      double sunRadiance, double sunAngularRadius) {

    /**
     * Scale height of the dust haze (m), taken equal to the near-surface atmospheric scale height of
     * Mars, 11.1 km (NASA GSFC Mars Fact Sheet); the dust's own scale height varies with season.
     */
    public static final double DUST_SCALE_HEIGHT = 11_100;

    /** Airmass at the horizon used by the brightness profile (that of a ray 2° above it). */
    public static final double HORIZON_AIRMASS = 1 / Math.sin(Math.toRadians(2));

    /**
     * Angular radius of the Sun seen from Mars at its mean distance (rad): the IAU 2015 nominal solar
     * radius 695 700 km over Mars' semi-major axis 1.5237 au (227.94 million km).
     */
    public static final double SUN_ANGULAR_RADIUS = Math.asin(695_700.0 / 227.94e6);

    public MarsSky {
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(zenith, "zenith");
        if (!(opticalDepth >= 0) || !(aureole >= 0) || !(aureoleWidth > 0) || !(sunRadiance >= 0)
                || !(sunAngularRadius >= 0)) {
            throw new IllegalArgumentException("sky parameters must be non-negative (width positive)");
        }
    }

    /**
     * A clear-season daytime sky of dust optical depth {@code opticalDepth} whose horizon has linear
     * luminance {@code horizonLuminance}: horizon of the dust's chromaticity (0.42, 0.36), zenith
     * a little less red (0.40, 0.35; assumed, after the reddening toward the horizon that Maki et
     * al. 1999 measured) and darker by the airmass profile above.
     */
    public static MarsSky daytime(double opticalDepth, double horizonLuminance) {
        double zenithShare = profile(opticalDepth, 1.0);
        return new MarsSky(Rgb.fromChromaticity(0.42, 0.36, horizonLuminance),
                Rgb.fromChromaticity(0.40, 0.35, horizonLuminance * zenithShare),
                opticalDepth, 2.0, Math.toRadians(8), 200.0, SUN_ANGULAR_RADIUS);
    }

    /**
     * Brightness of the sky at elevation sine {@code sinElevation}, relative to the horizon:
     * (1 − exp(−τ m)) / (1 − exp(−τ m₀)), m = min(1 / sin e, m₀). For τ → 0 the limit m / m₀.
     */
    public static double profile(double opticalDepth, double sinElevation) {
        double m = sinElevation <= 1 / HORIZON_AIRMASS ? HORIZON_AIRMASS : 1 / sinElevation;
        if (opticalDepth < 1e-6) {
            return m / HORIZON_AIRMASS;
        }
        return -Math.expm1(-opticalDepth * m) / -Math.expm1(-opticalDepth * HORIZON_AIRMASS);
    }

    /** Share of the horizon radiance at the zenith. */
    public double zenithShare() {
        return profile(opticalDepth, 1.0);
    }
}
