package org.skycrane.render.scene;

import java.util.Objects;

/**
 * How a surface looks: a Lambertian reflector of linear {@code albedo} (multiplied by the texture, if
 * any), lit by the Sun and the sky's ambient light; or self-luminous ({@code emissive}), drawn with
 * its albedo as radiance and no shading (markers, lamps). {@code translucency} is the fraction of
 * the sunlight falling on the far side of a thin sheet that it passes on diffusely to the near side
 * (parachute nylon seen from below against the Sun; 0 for opaque solids). Surfaces are lit on both
 * faces: the normal is turned toward the viewer.
 *
 * @param albedo       linear reflectance per channel, in [0, 1] (radiance for emissive surfaces)
 * @param texture      sRGB texture multiplied into the albedo, or {@code null}
 * @param translucency diffuse transmission of sunlight, in [0, 1]
 * @param emissive     true for an unlit, self-luminous surface
 */
public record Material(Rgb albedo, Texture texture, double translucency, boolean emissive) {

    public Material {
        Objects.requireNonNull(albedo, "albedo");
        if (!(translucency >= 0 && translucency <= 1)) {
            throw new IllegalArgumentException("translucency must be in [0, 1]: " + translucency);
        }
    }

    /** An opaque matte surface of linear albedo {@code albedo}. */
    public static Material matte(Rgb albedo) {
        return new Material(albedo, null, 0, false);
    }

    /** An opaque matte surface of 8-bit sRGB colour 0xRRGGBB. */
    public static Material matteSrgb(int rgb) {
        return matte(Rgb.fromSrgb(rgb));
    }

    /** A matte surface painted with {@code texture} (albedo = texture colour). */
    public static Material textured(Texture texture) {
        return new Material(Rgb.WHITE, Objects.requireNonNull(texture, "texture"), 0, false);
    }

    /** A self-luminous surface of linear radiance {@code radiance}. */
    public static Material emissive(Rgb radiance) {
        return new Material(radiance, null, 0, true);
    }

    /** The same material passing on {@code fraction} of the sunlight on its far side. */
    public Material withTranslucency(double fraction) {
        return new Material(albedo, texture, fraction, emissive);
    }
}
