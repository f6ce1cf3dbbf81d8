package org.skycrane.render.scene;

import java.util.Objects;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * Where a body is and how it is turned in the local frame.
 *
 * @param position origin of the body frame in the local frame (m)
 * @param attitude rotation from the body frame to the local frame: {@code local = attitude.applyTo(body)}
 */
public record Pose(Vector3D position, Rotation attitude) {

    /** The body frame coincides with the local frame. */
    public static final Pose IDENTITY = new Pose(Vector3D.ZERO, Rotation.IDENTITY);

    public Pose {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(attitude, "attitude");
    }

    /** A pose at {@code position} with the body axes along the local axes. */
    public static Pose at(Vector3D position) {
        return new Pose(position, Rotation.IDENTITY);
    }

    /** A pose at {@code from} whose body +Z axis points to {@code to} (for a cylinder or cable between two points). */
    public static Pose along(Vector3D from, Vector3D to) {
        Vector3D axis = to.subtract(from);
        if (axis.getNorm() == 0) {
            throw new IllegalArgumentException("a segment needs two distinct points: " + from);
        }
        return new Pose(from, new Rotation(Vector3D.PLUS_K, axis));
    }

    /**
     * A pose from a rigid 4×4 transform (row-major, 16 values, last row 0 0 0 1) that maps body
     * coordinates to local coordinates. The upper-left 3×3 block must be a rotation (orthonormal,
     * determinant +1, to 1e-6).
     */
    public static Pose fromMatrix(double[] rowMajor) {
        if (rowMajor.length != 16) {
            throw new IllegalArgumentException("a 4x4 matrix has 16 values, got " + rowMajor.length);
        }
        double[][] m = {
            {rowMajor[0], rowMajor[1], rowMajor[2]},
            {rowMajor[4], rowMajor[5], rowMajor[6]},
            {rowMajor[8], rowMajor[9], rowMajor[10]}};
        return new Pose(new Vector3D(rowMajor[3], rowMajor[7], rowMajor[11]), new Rotation(m, 1e-6));
    }

    /** A body-frame point in the local frame. */
    public Vector3D toLocal(Vector3D bodyPoint) {
        return position.add(attitude.applyTo(bodyPoint));
    }

    /** This pose followed by a body-frame offset: the pose of a part attached to this body. */
    public Pose compose(Pose child) {
        return new Pose(toLocal(child.position), attitude.compose(child.attitude,
                org.hipparchus.geometry.euclidean.threed.RotationConvention.VECTOR_OPERATOR));
    }
}
