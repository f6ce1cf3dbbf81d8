package org.skycrane.render.scene;

import java.util.Objects;
import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * Daylight: a distant Sun plus diffuse light from the whole sky. A Lambertian surface of albedo ρ and
 * unit normal n that the Sun can see reflects ρ·(sun·max(0, n·s) + ambient), s the unit vector toward
 * the Sun; in shadow, ρ·ambient. Radiances are in linear display units (1 is white before
 * the camera's exposure gain).
 *
 * @param sunDirection unit vector toward the Sun in the local frame
 * @param sun          radiance of a white Lambertian surface facing the Sun, from direct sunlight
 * @param ambient      radiance of a white Lambertian surface from the sky's diffuse light alone
 */
public record Lighting(Vector3D sunDirection, Rgb sun, Rgb ambient) {

    /**
     * Mars daylight chromaticity, CIE 1931 (x, y) = (0.35, 0.34), measured by the InSight lander
     * cameras: Maki et al. (2021), "Color properties at the Mars InSight landing site", Earth and
     * Space Science 8.
     */
    public static final double[] MARS_DAYLIGHT_XY = {0.35, 0.34};

    public Lighting {
        Objects.requireNonNull(sunDirection, "sunDirection");
        Objects.requireNonNull(sun, "sun");
        Objects.requireNonNull(ambient, "ambient");
        if (Math.abs(sunDirection.getNorm() - 1) > 1e-9) {
            sunDirection = sunDirection.normalize();
        }
    }

    /**
     * Mars daylight with the Sun at {@code elevation} above the horizon and {@code azimuth} east of
     * north (rad), direct light of luminance {@code sunLuminance} and diffuse light a fraction
     * {@code diffuseFraction} of the direct light on a horizontal surface, both of Mars daylight
     * chromaticity ({@link #MARS_DAYLIGHT_XY}).
     */
    public static Lighting marsDaylight(double elevation, double azimuth, double sunLuminance, double diffuseFraction) {
        Vector3D toSun = new Vector3D(Math.cos(elevation) * Math.sin(azimuth), Math.cos(elevation) * Math.cos(azimuth),
                Math.sin(elevation));
        Rgb direct = Rgb.fromChromaticity(MARS_DAYLIGHT_XY[0], MARS_DAYLIGHT_XY[1], sunLuminance);
        Rgb diffuse = direct.times(diffuseFraction * Math.max(Math.sin(elevation), 0));
        return new Lighting(toSun, direct, diffuse);
    }
}
