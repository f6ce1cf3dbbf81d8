package org.skycrane.render.scene;

import java.util.List;
import java.util.Objects;
import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * A thin line through points of the local frame (a bridle, a cable), drawn {@code widthPixels} wide
 * whatever its distance, so that a cable thinner than a pixel still shows. Its colour is shaded like
 * a {@link Particles} puff (ambient plus half the Sun) unless emissive.
 *
 * @param points      at least two points (m)
 * @param albedo      linear colour
 * @param widthPixels line width on the image (pixels, ≥ 1)
 */
public record Polyline(List<Vector3D> points, Rgb albedo, double widthPixels) {

    public Polyline {
        points = List.copyOf(points);
        Objects.requireNonNull(albedo, "albedo");
        if (points.size() < 2) {
            throw new IllegalArgumentException("a polyline needs at least two points");
        }
        if (!(widthPixels >= 1)) {
            throw new IllegalArgumentException("line width must be at least 1 pixel: " + widthPixels);
        }
    }

    /** A straight segment one pixel wide. */
    public static Polyline segment(Vector3D from, Vector3D to, Rgb albedo) {
        return new Polyline(List.of(from, to), albedo, 1);
    }
}
