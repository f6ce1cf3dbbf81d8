package org.skycrane.render.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.RotationConvention;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;

class PinholeCameraTest {

    static final PinholeCamera CAMERA = PinholeCamera.lookingAt(640, 480, Math.toRadians(60),
            new Vector3D(1200.5, -3400.25, 850), new Vector3D(1300, -3300, 0), Vector3D.PLUS_K);

    @Test
    void lookedAtPointIsAtTheImageCentreAndUpIsUp() {
        PinholeCamera.ImagePoint p = CAMERA.project(new Vector3D(1300, -3300, 0));
        assertEquals(320, p.u(), 1e-9, "u of the target (pixels)");
        assertEquals(240, p.v(), 1e-9, "v of the target (pixels)");
        PinholeCamera.ImagePoint above = CAMERA.project(new Vector3D(1300, -3300, 10));
        assertTrue(above.v() < 240, "a point above the target is higher in the image: v = " + above.v());
    }

    /** Closed form: f = (W/2) / tan(hfov/2); the vertical field follows from the aspect ratio. */
    @Test
    void fieldsOfViewFollowFromTheFocalLength() {
        double f = 320 / Math.tan(Math.toRadians(30));
        assertEquals(f, CAMERA.focalLength(), 1e-9, "focal length (pixels)");
        assertEquals(2 * Math.atan(240 / f), CAMERA.verticalFov(), 1e-12, "vertical field of view (rad)");
        assertEquals(2 * Math.atan(400 / f), CAMERA.diagonalFov(), 1e-12, "diagonal field of view (rad)");
        // A direction at half the horizontal field to the right lands on the right edge.
        Vector3D right = CAMERA.attitude().applyTo(new Vector3D(Math.sin(Math.toRadians(30)), 0, Math.cos(Math.toRadians(30))));
        assertEquals(640, CAMERA.project(CAMERA.position().add(right.scalarMultiply(100))).u(), 1e-9, "u at the edge");
    }

    @Test
    void rayAndProjectionAreInverse() {
        SplittableRandom random = new SplittableRandom(7);
        Rotation rolled = CAMERA.attitude().compose(
                new Rotation(Vector3D.PLUS_K, 0.3, RotationConvention.VECTOR_OPERATOR), RotationConvention.VECTOR_OPERATOR);
        PinholeCamera camera = CAMERA.withPose(CAMERA.position(), rolled);
        for (int k = 0; k < 200; k++) {
            double u = random.nextDouble(0, 640);
            double v = random.nextDouble(0, 480);
            double range = random.nextDouble(1, 5000);
            Vector3D point = camera.position().add(camera.ray(u, v).scalarMultiply(range));
            PinholeCamera.ImagePoint p = camera.project(point);
            assertEquals(u, p.u(), 1e-7, "u round trip (pixels)");
            assertEquals(v, p.v(), 1e-7, "v round trip (pixels)");
            assertEquals(1, camera.ray(u, v).getNorm(), 1e-12, "ray is a unit vector");
        }
    }

    @Test
    void pointsBehindTheCameraDoNotProject() {
        Vector3D behind = CAMERA.position().subtract(CAMERA.ray(320, 240).scalarMultiply(10));
        assertNull(CAMERA.project(behind));
    }

    @Test
    void badParametersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PinholeCamera.of(0, 480, 1, Vector3D.ZERO, Rotation.IDENTITY));
        assertThrows(IllegalArgumentException.class, () -> PinholeCamera.of(640, 480, Math.PI, Vector3D.ZERO, Rotation.IDENTITY));
        assertThrows(IllegalArgumentException.class, () -> PinholeCamera.lookingAt(640, 480, 1, Vector3D.ZERO,
                Vector3D.PLUS_K, Vector3D.PLUS_K));
    }
}
