package org.skycrane.terrain;

import java.util.Objects;
import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * Ground as a sphere at a constant height above the datum: what the flight had before synthetic
 * terrain, and the closed form the ray caster is tested against.
 *
 * @param frame  map frame
 * @param height of the ground above the datum sphere (m)
 * @param albedo normal albedo everywhere (0 to 1)
 */
public record FlatTerrain(SiteFrame frame, double height, double albedo) implements Terrain {

    public FlatTerrain {
        Objects.requireNonNull(frame, "frame");
        if (!Double.isFinite(height) || -height >= frame.datumRadius()) {
            throw new IllegalArgumentException("flat ground height must be finite and above the centre (m): " + height);
        }
        if (!(albedo >= 0 && albedo <= 1)) {
            throw new IllegalArgumentException("albedo must be in [0, 1]: " + albedo);
        }
    }

    @Override
    public double height(double east, double north) {
        return height;
    }

    @Override
    public Vector3D normal(double east, double north) {
        return Vector3D.PLUS_K;
    }

    @Override
    public double heightAboveGround(Vector3D marsFixed) {
        return marsFixed.getNorm() - frame.datumRadius() - height;
    }

    @Override
    public double albedo(double east, double north) {
        return albedo;
    }

    /** Closed-form ray-sphere intersection: the smaller root of |o + t d|² = (R + h)² that is ≥ 0. */
    @Override
    public Hit rayCast(Vector3D origin, Vector3D direction, double maxRange) {
        Vector3D d = direction.normalize();
        double radius = frame.datumRadius() + height;
        double b = Vector3D.dotProduct(origin, d);
        double c = origin.getNormSq() - radius * radius;
        double t;
        if (c <= 0) {
            t = 0;
        } else {
            double disc = b * b - c;
            if (disc < 0 || b > 0) {
                return null;
            }
            t = c / (-b + Math.sqrt(disc));
        }
        if (t > maxRange) {
            return null;
        }
        Vector3D p = new Vector3D(1, origin, t, d);
        return new Hit(t, p, p.normalize(), frame.toMap(p));
    }
}
