package org.skycrane.gnc.trn;

import java.util.Objects;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * A pinhole camera as the flight software knows it from calibration: image size, focal length and
 * mounting. Camera frame: +X right, +Y down the image, +Z along the boresight; continuous pixel
 * coordinates with pixel (i, j) covering [i, i+1) × [j, j+1) and the principal point at the centre.
 *
 * @param width        columns
 * @param height       rows
 * @param focal        focal length (pixels)
 * @param cameraToBody turns camera-frame vectors into body-frame ones
 */
public record CameraGeometry(int width, int height, double focal, Rotation cameraToBody) {

    public CameraGeometry {
        Objects.requireNonNull(cameraToBody);
        if (width < 2 || height < 2 || !(focal > 0)) {
            throw new IllegalArgumentException("a camera needs at least 2 × 2 pixels and a positive focal length");
        }
    }

    /** A camera of {@code width} × {@code height} pixels with horizontal field of view {@code fov} (rad). */
    public static CameraGeometry ofFieldOfView(int width, int height, double fov, Rotation cameraToBody) {
        return new CameraGeometry(width, height, width / 2.0 / Math.tan(fov / 2), cameraToBody);
    }

    /**
     * Mars 2020's LCAM: 1024 × 1024 pixels, 90° field of view (Maki et al., "The Mars 2020 Engineering
     * Cameras and Microphone on the Perseverance Rover", Space Sci. Rev. 216:137, 2020), looking along
     * body +X, the axis that points at the ground on the parachute and in powered descent, image +X
     * along body +Y.
     */
    public static CameraGeometry lcam(int size) {
        return ofFieldOfView(size, size, Math.toRadians(90), nadirMount());
    }

    /** Boresight along body +X, image right along body +Y, image down along body +Z. */
    public static Rotation nadirMount() {
        return new Rotation(Vector3D.PLUS_K, Vector3D.PLUS_I, Vector3D.PLUS_I, Vector3D.PLUS_J);
    }

    /** Continuous pixel coordinates {x, y} of a camera-frame direction, or null behind the camera. */
    public double[] project(Vector3D camera) {
        if (camera.getZ() <= 1e-9) {
            return null;
        }
        return new double[] {width / 2.0 + focal * camera.getX() / camera.getZ(),
            height / 2.0 + focal * camera.getY() / camera.getZ()};
    }

    /** Camera-frame unit ray through continuous pixel coordinates (x, y). */
    public Vector3D ray(double x, double y) {
        return new Vector3D((x - width / 2.0) / focal, (y - height / 2.0) / focal, 1).normalize();
    }
}
