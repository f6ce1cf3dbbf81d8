package org.skycrane.render.gl;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.render.camera.PinholeCamera;

/**
 * The GL matrices of a {@link PinholeCamera}, built in double precision from the same focal length
 * and principal point as {@link PinholeCamera#project}.
 *
 * <p>Eye space is OpenGL's (x right, y up, z toward the viewer): the camera frame with Y and Z
 * negated. The projection is perspective with reversed depth and no far plane: clip z = near,
 * clip w = camera-frame Z, so window depth = near / Z, 1 at the near plane and falling toward 0 at
 * infinity. With a floating-point depth buffer and depth range [0, 1] (EXT_clip_control) this keeps
 * precision at every distance; depth test GREATER.
 */
public final class Projection {

    private Projection() {
    }

    /** Rotation from the local frame (camera-relative) to GL eye space. */
    public static Matrix4 view(PinholeCamera camera) {
        Vector3D x = camera.attitude().applyTo(Vector3D.PLUS_I);
        Vector3D y = camera.attitude().applyTo(Vector3D.PLUS_J);
        Vector3D z = camera.attitude().applyTo(Vector3D.PLUS_K);
        return Matrix4.rows(x, y.negate(), z.negate());
    }

    /** Eye space to clip space: x_ndc = 2f/W · X/Z, y_ndc = −2f/H · Y/Z (camera frame), depth = near / Z. */
    public static Matrix4 perspective(PinholeCamera camera) {
        double f = camera.focalLength();
        return Matrix4.ofRows(
                2 * f / camera.width(), 0, 0, 0,
                0, 2 * f / camera.height(), 0, 0,
                0, 0, 0, camera.near(),
                0, 0, -1, 0);
    }

    /** Camera-relative local frame to clip space. */
    public static Matrix4 viewProjection(PinholeCamera camera) {
        return perspective(camera).times(view(camera));
    }
}
