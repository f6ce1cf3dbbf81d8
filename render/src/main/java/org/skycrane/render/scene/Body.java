package org.skycrane.render.scene;

import java.util.Objects;
import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * A mesh placed in the scene: body-frame vertices are scaled per axis by {@code scale}, then turned
 * and moved by {@code pose}.
 *
 * @param mesh         the shape (reuse the instance between frames: it is uploaded once)
 * @param material     its look
 * @param pose         where it is (local frame, m)
 * @param scale        per-axis scale of the body frame before the pose (positive)
 * @param castsShadow  whether it shades the ground and other bodies
 */
public record Body(Mesh mesh, Material material, Pose pose, Vector3D scale, boolean castsShadow) {

    public Body {
        Objects.requireNonNull(mesh, "mesh");
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(pose, "pose");
        Objects.requireNonNull(scale, "scale");
        if (!(scale.getX() > 0 && scale.getY() > 0 && scale.getZ() > 0)) {
            throw new IllegalArgumentException("scale must be positive on every axis: " + scale);
        }
    }

    /** An unscaled body that casts a shadow. */
    public static Body of(Mesh mesh, Material material, Pose pose) {
        return new Body(mesh, material, pose, new Vector3D(1, 1, 1), true);
    }

    /** The same body elsewhere. */
    public Body withPose(Pose newPose) {
        return new Body(mesh, material, newPose, scale, castsShadow);
    }

    /** The same body that casts no shadow. */
    public Body withoutShadow() {
        return new Body(mesh, material, pose, scale, false);
    }

    /** Radius of a local-frame sphere about {@code pose.position()} holding the whole body (m). */
    public double boundingRadius() {
        return mesh.boundingRadius() * Math.max(scale.getX(), Math.max(scale.getY(), scale.getZ()));
    }
}
