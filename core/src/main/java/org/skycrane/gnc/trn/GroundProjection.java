package org.skycrane.gnc.trn;

import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.RotationConvention;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.gnc.nav.MapProjection;
import org.skycrane.gnc.nav.OnboardMap;

/**
 * Resamples a descent image onto the ground in a map's orientation and scale, as the Lander Vision
 * System does before matching (Johnson et al. 2017): each output pixel is a ground point (east,
 * north, and the onboard elevation model's height there), projected into the image through the
 * navigation's believed camera position and attitude. An error in that belief shifts the result
 * against the map by the horizontal position error (and, to first order, by altitude × attitude
 * error), which is what the matching measures.
 */
public final class GroundProjection {

    private final MapProjection projection;
    private final OnboardMap elevation;

    /**
     * @param projection the site's map coordinates
     * @param elevation  the onboard elevation model (null: the ground is the datum sphere)
     */
    public GroundProjection(MapProjection projection, OnboardMap elevation) {
        this.projection = projection;
        this.elevation = elevation;
    }

    /** Onboard ground height (m above the datum) at map coordinates (m). */
    public double groundHeight(double east, double north) {
        return elevation == null ? 0 : elevation.height(east, north);
    }

    /**
     * The image on a north-up grid.
     *
     * @param picture  the descent image
     * @param camera   believed camera position, Mars-fixed (m)
     * @param attitude believed body-to-Mars-fixed attitude
     * @param west     east coordinate of the grid's western edge (m)
     * @param north    north coordinate of the grid's northern edge (m)
     * @param cell     grid spacing (m)
     * @param columns  grid columns
     * @param rows     grid rows
     * @return the resampled intensities, NaN where the ground point is outside the image
     */
    public GrayImage rectify(DescentImage picture, Vector3D camera, Rotation attitude, double west, double north,
                             double cell, int columns, int rows) {
        Rotation fixedToCamera = attitude.compose(picture.geometry().cameraToBody(),
                RotationConvention.VECTOR_OPERATOR).revert();
        CameraGeometry g = picture.geometry();
        float[] out = new float[columns * rows];
        for (int j = 0; j < rows; j++) {
            double n = north - (j + 0.5) * cell;
            for (int i = 0; i < columns; i++) {
                double e = west + (i + 0.5) * cell;
                Vector3D ground = projection.toMarsFixed(e, n, groundHeight(e, n));
                double[] px = g.project(fixedToCamera.applyTo(ground.subtract(camera)));
                out[j * columns + i] = px == null ? Float.NaN : (float) picture.image().sample(px[0], px[1]);
            }
        }
        return new GrayImage(columns, rows, out);
    }
}
