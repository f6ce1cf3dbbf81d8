package org.skycrane.gnc.trn;

import java.util.Objects;

/**
 * One picture from the descent camera, as the flight software receives it.
 *
 * @param time     exposure, since entry interface (s)
 * @param image    the pixels
 * @param geometry the camera's calibration
 */
public record DescentImage(double time, GrayImage image, CameraGeometry geometry) {

    public DescentImage {
        Objects.requireNonNull(image);
        Objects.requireNonNull(geometry);
        if (image.width() != geometry.width() || image.height() != geometry.height()) {
            throw new IllegalArgumentException("the image and the camera differ in size");
        }
    }
}
