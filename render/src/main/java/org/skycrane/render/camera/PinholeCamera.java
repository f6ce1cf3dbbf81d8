package org.skycrane.render.camera;

import java.util.Objects;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.RotationConvention;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.hipparchus.util.FastMath;

/**
 * An ideal pinhole camera (no distortion, square pixels, principal point at the image centre) in a
 * local metric frame (for example east-north-up, metres).
 *
 * <p><b>Camera frame</b> (the computer-vision convention): +X to the right of the image, +Y down the
 * image, +Z along the boresight. {@code attitude} turns camera-frame vectors into local-frame
 * vectors: {@code local = attitude.applyTo(camera)}.
 *
 * <p><b>Pixel coordinates</b> (u, v): u to the right, v down, in pixels, measured from the top-left
 * corner of the image; pixel (i, j) covers [i, i+1) × [j, j+1) and its centre is (i + ½, j + ½).
 * The principal point is (width/2, height/2).
 *
 * <p><b>Field of view</b>: {@code horizontalFov} is the full angle between the left and right image
 * edges (rad). The focal length in pixels is f = (width/2) / tan(horizontalFov/2), the same in u and v.
 * Projection: u = width/2 + f X/Z, v = height/2 + f Y/Z (camera-frame X, Y, Z). The renderer uses this
 * exact model (see {@code Projection}), so a rendered point lands where {@link #project} says.
 *
 * @param width         image width (pixels, &gt; 0)
 * @param height        image height (pixels, &gt; 0)
 * @param horizontalFov full horizontal field of view (rad, in (0, π))
 * @param position      optical centre in the local frame (m)
 * @param attitude      rotation from the camera frame to the local frame
 * @param near          nearest distance along the boresight that is drawn (m, &gt; 0)
 * @param exposure      linear gain applied to the rendered radiance before display encoding (1 = none)
 */
public record PinholeCamera(int width, int height, double horizontalFov, Vector3D position, Rotation attitude,
                            double near, double exposure) {

    /** Default near clipping distance (m): small enough for a camera looking at a nearby bridle. */
    public static final double DEFAULT_NEAR = 0.05;

    public PinholeCamera {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive (pixels): " + width + " x " + height);
        }
        if (!(horizontalFov > 0 && horizontalFov < FastMath.PI)) {
            throw new IllegalArgumentException("horizontal field of view must be in (0, π) rad: " + horizontalFov);
        }
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(attitude, "attitude");
        if (!(near > 0)) {
            throw new IllegalArgumentException("near distance must be positive (m): " + near);
        }
        if (!(exposure > 0)) {
            throw new IllegalArgumentException("exposure must be positive: " + exposure);
        }
    }

    /** A camera with the default near distance and unit exposure. */
    public static PinholeCamera of(int width, int height, double horizontalFov, Vector3D position, Rotation attitude) {
        return new PinholeCamera(width, height, horizontalFov, position, attitude, DEFAULT_NEAR, 1.0);
    }

    /**
     * A camera at {@code position} whose boresight points at {@code target}, with the image's "up"
     * (−Y) as close as possible to {@code up} (local frame). {@code up} must not be parallel to the
     * line of sight.
     */
    public static PinholeCamera lookingAt(int width, int height, double horizontalFov, Vector3D position,
                                          Vector3D target, Vector3D up) {
        return of(width, height, horizontalFov, position, attitudeLookingAt(target.subtract(position), up));
    }

    /** Attitude (camera → local) whose boresight is {@code forward} and whose image-up is nearest {@code up}. */
    public static Rotation attitudeLookingAt(Vector3D forward, Vector3D up) {
        Vector3D z = forward.normalize();
        Vector3D x = Vector3D.crossProduct(z, up);
        if (x.getNorm() < 1e-9) {
            throw new IllegalArgumentException("'up' " + up + " is parallel to the line of sight " + forward);
        }
        x = x.normalize();
        Vector3D y = Vector3D.crossProduct(z, x);
        // The rotation that takes the camera axes (I, J, K) to (x, y, z).
        return new Rotation(Vector3D.PLUS_I, Vector3D.PLUS_J, x, y);
    }

    /** The same camera moved and turned. */
    public PinholeCamera withPose(Vector3D newPosition, Rotation newAttitude) {
        return new PinholeCamera(width, height, horizontalFov, newPosition, newAttitude, near, exposure);
    }

    /** The same camera with another image size (the horizontal field of view is kept). */
    public PinholeCamera withSize(int newWidth, int newHeight) {
        return new PinholeCamera(newWidth, newHeight, horizontalFov, position, attitude, near, exposure);
    }

    /** The same camera with another exposure gain. */
    public PinholeCamera withExposure(double newExposure) {
        return new PinholeCamera(width, height, horizontalFov, position, attitude, near, newExposure);
    }

    /** Focal length (pixels). */
    public double focalLength() {
        return 0.5 * width / FastMath.tan(0.5 * horizontalFov);
    }

    /** Full vertical field of view (rad). */
    public double verticalFov() {
        return 2 * FastMath.atan(0.5 * height / focalLength());
    }

    /** Full diagonal field of view (rad). */
    public double diagonalFov() {
        return 2 * FastMath.atan(0.5 * FastMath.hypot(width, height) / focalLength());
    }

    /** A local-frame direction expressed in the camera frame. */
    public Vector3D toCamera(Vector3D localDirection) {
        return attitude.applyInverseTo(localDirection);
    }

    /**
     * Where a local-frame point appears in the image, or {@code null} when it is not in front of the
     * camera (camera-frame Z ≤ 0). The result may lie outside the image.
     */
    public ImagePoint project(Vector3D point) {
        Vector3D c = toCamera(point.subtract(position));
        if (c.getZ() <= 0) {
            return null;
        }
        double f = focalLength();
        return new ImagePoint(0.5 * width + f * c.getX() / c.getZ(), 0.5 * height + f * c.getY() / c.getZ(), c.getZ());
    }

    /** Unit local-frame direction of the ray from the optical centre through image point (u, v) (pixels). */
    public Vector3D ray(double u, double v) {
        double f = focalLength();
        return attitude.applyTo(new Vector3D((u - 0.5 * width) / f, (v - 0.5 * height) / f, 1.0).normalize());
    }

    /**
     * An image point with its depth.
     *
     * @param u     pixels to the right of the image's left edge
     * @param v     pixels down from the image's top edge
     * @param depth distance along the boresight (camera-frame Z, m)
     */
    public record ImagePoint(double u, double v, double depth) {

        /** True when the point falls inside an image of the given size. */
        public boolean inside(int width, int height) {
            return u >= 0 && u < width && v >= 0 && v < height;
        }
    }

    /** Rotation about a local axis, a convenience for building attitudes (vector-operator convention). */
    public static Rotation about(Vector3D axis, double angle) {
        return new Rotation(axis, angle, RotationConvention.VECTOR_OPERATOR);
    }
}
