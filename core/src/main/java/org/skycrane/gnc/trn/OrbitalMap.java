package org.skycrane.gnc.trn;

import java.util.Objects;

/**
 * An onboard orthoimage of the landing site, the Lander Vision System's map: intensities on a grid of
 * {@code cell} metres in the site's east-north map coordinates, north up (row 0 is the northernmost).
 * Mars 2020 carried one at 12 m/px for the coarse match and one at 6 m/px for the fine match, made
 * before flight from orbital images (Johnson et al., "The Lander Vision System for Mars 2020 Entry
 * Descent and Landing", AAS 17-038, 2017).
 *
 * @param image  the intensities
 * @param west   east coordinate of column 0's western edge (m)
 * @param north  north coordinate of row 0's northern edge (m)
 * @param cell   ground size of a pixel (m)
 * @param tieError 1σ horizontal error of the map's tie to the site frame (m), as its producer states it
 */
public record OrbitalMap(GrayImage image, double west, double north, double cell, double tieError) {

    public OrbitalMap {
        Objects.requireNonNull(image);
        if (!(cell > 0) || !(tieError >= 0)) {
            throw new IllegalArgumentException("a map needs a positive cell and a non-negative tie error");
        }
    }

    /** Continuous column coordinate of east coordinate {@code east} (m). */
    public double column(double east) {
        return (east - west) / cell;
    }

    /** Continuous row coordinate of north coordinate {@code northing} (m). */
    public double row(double northing) {
        return (north - northing) / cell;
    }

    /** East coordinate (m) of continuous column coordinate {@code x}. */
    public double east(double x) {
        return west + x * cell;
    }

    /** North coordinate (m) of continuous row coordinate {@code y}. */
    public double northing(double y) {
        return north - y * cell;
    }

    /** Bilinear intensity at map coordinates (m); NaN off the map. */
    public double intensity(double east, double northing) {
        return image.sample(column(east), row(northing));
    }
}
