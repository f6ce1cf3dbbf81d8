package org.skycrane.sensors;

import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.gnc.trn.CameraGeometry;
import org.skycrane.gnc.trn.DescentImage;

/**
 * The descent camera on the truth side: what it sees of the true ground from a true pose. The
 * flight software gets the image and the calibrated {@link #geometry()}, never the pose. An
 * implementation may hold a rendering context: close it on the thread that used it.
 */
public interface DescentCamera extends AutoCloseable {

    /** The camera's calibration, as the flight software knows it. */
    CameraGeometry geometry();

    /**
     * The image exposed at {@code time}.
     *
     * @param time     since entry interface (s)
     * @param position true camera position, Mars-fixed (m)
     * @param attitude true body-to-Mars-fixed attitude
     */
    DescentImage capture(double time, Vector3D position, Rotation attitude);

    @Override
    void close();
}
