package org.skycrane.film.camera;

import java.util.Objects;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.flight.EdlEvent;

/**
 * One of the EDL cameras: where it is, where it looks, its optics and detector, and when it records.
 *
 * @param name          the {@code --camera} name ({@code puc1}, {@code rdc}, ...)
 * @param title         what it is called in Maki et al. (2020)
 * @param mount         the part it is fixed to
 * @param position      in that part's body frame (m; x along the heat-shield axis, forward/down)
 * @param boresight     where it looks, in the part's body frame
 * @param imageDown     the direction that is down the image, in the part's body frame (made orthogonal
 *                      to the boresight)
 * @param horizontalFov full horizontal field of view (rad)
 * @param width         detector columns (px)
 * @param height        detector rows (px)
 * @param frameRate     frames per second
 * @param grayscale     a monochrome detector
 * @param start         the event that starts its recording
 * @param startOffset   seconds after (negative: before) {@code start}
 * @param stop          the event that ends it
 * @param stopOffset    seconds after {@code stop}
 * @param exposure      fixed linear exposure gain (1 = the renderer's daylight scale)
 */
public record EdlCamera(String name, String title, Mount mount, Vector3D position, Vector3D boresight,
                        Vector3D imageDown, double horizontalFov, int width, int height, double frameRate,
                        boolean grayscale, EdlEvent start, double startOffset, EdlEvent stop, double stopOffset,
                        double exposure) {

    public EdlCamera {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mount, "mount");
        if (width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("H.264 needs even image sizes: " + width + " x " + height);
        }
    }

    /** Camera frame (x right, y down, z boresight) to the part's body frame. */
    public Rotation cameraToBody() {
        Vector3D z = boresight.normalize();
        Vector3D y = imageDown.subtract(z.scalarMultiply(Vector3D.dotProduct(z, imageDown))).normalize();
        return new Rotation(Vector3D.PLUS_K, Vector3D.PLUS_J, z, y);
    }

    /** The same camera with another image size (the field of view kept). */
    public EdlCamera withSize(int newWidth, int newHeight) {
        return new EdlCamera(name, title, mount, position, boresight, imageDown, horizontalFov, newWidth, newHeight,
                frameRate, grayscale, start, startOffset, stop, stopOffset, exposure);
    }

    /** The same camera at another frame rate. */
    public EdlCamera withFrameRate(double rate) {
        return new EdlCamera(name, title, mount, position, boresight, imageDown, horizontalFov, width, height, rate,
                grayscale, start, startOffset, stop, stopOffset, exposure);
    }
}
