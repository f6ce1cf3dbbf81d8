package org.skycrane.film.scene;

import org.skycrane.film.flight.LocalFrame;
import org.skycrane.render.scene.HeightField;
import org.skycrane.render.scene.Rgb;
import org.skycrane.terrain.Terrain;

/**
 * The landing site's terrain as the renderer's height field: a square of map coordinates sampled at
 * a fixed posting (heights at that resolution, {@link Terrain#heightAtResolution}), bent onto the
 * scene's tangent plane ({@link LocalFrame#drop}), coloured from the terrain's normal albedo.
 *
 * <p>Colour: the albedo is taken as the reflectance in green and the red and blue follow the rise of
 * Mars's reflectance spectrum toward the red, linear reflectance in the ratio 0.30 : 0.17 : 0.09
 * (red : green : blue; ASSUMED, of the order of the bright-soil spectra of Bell et al. 2006,
 * J. Geophys. Res. 111, E12S05).
 */
public final class SiteGround {

    /** Linear red, green and blue reflectance over the normal albedo. */
    static final double[] SOIL_TINT = {0.30 / 0.17, 1.0, 0.09 / 0.17};

    private SiteGround() {
    }

    /**
     * A square of side {@code size} (m) centred on map point (east, north) at {@code posting} (m).
     */
    public static HeightField of(Terrain terrain, LocalFrame frame, double east, double north, double size,
                                 double posting) {
        int points = (int) Math.ceil(size / posting) + 1;
        double half = (points - 1) * posting / 2;
        return HeightField.sample(east - half, north - half, posting, points, points,
                (e, n) -> terrain.heightAtResolution(e, n, posting) + frame.drop(e, n),
                (e, n) -> colour(terrain.albedo(e, n)));
    }

    /** The 8-bit sRGB colour 0xRRGGBB of ground of normal albedo {@code albedo}. */
    static int colour(double albedo) {
        return Rgb.linearToSrgb(Math.min(1, albedo * SOIL_TINT[0])) << 16
                | Rgb.linearToSrgb(Math.min(1, albedo * SOIL_TINT[1])) << 8
                | Rgb.linearToSrgb(Math.min(1, albedo * SOIL_TINT[2]));
    }
}
