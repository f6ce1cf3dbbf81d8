package org.skycrane.vision;

import java.util.SplittableRandom;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.RotationConvention;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.gnc.trn.CameraGeometry;
import org.skycrane.gnc.trn.DescentImage;
import org.skycrane.gnc.trn.GrayImage;
import org.skycrane.render.camera.PinholeCamera;
import org.skycrane.render.gl.Renderer;
import org.skycrane.render.scene.HeightField;
import org.skycrane.render.scene.Scene;
import org.skycrane.sensors.DescentCamera;
import org.skycrane.terrain.LocalAxes;
import org.skycrane.terrain.MapPoint;
import org.skycrane.terrain.Terrain;

/**
 * LCAM on the truth side: the true terrain (heights at full detail down to the posting, albedo)
 * rendered from the true pose under the Sun of the landing's place at the capture instant
 * ({@link LandingSun}), with the camera's read noise and 8-bit
 * quantisation. The terrain is drawn in the site's map frame as a flat east-north-up space, so
 * Mars's curvature over the footprint is left out (at 4 km from nadir the ground would lie 2.4 m
 * lower); the flight software's projection keeps it. The height field is made on the first image,
 * about the camera, wide enough for the field of view from {@code coverHeight}.
 */
public final class RenderedDescentCamera implements DescentCamera {

    /** Read noise, 1σ, fraction of full scale: ASSUMED for a 10-bit-class CMOS sensor at EDL exposure. */
    static final double READ_NOISE = 0.01;

    private final Terrain ground;
    private final CameraGeometry geometry;
    private final double fov;
    private final LandingSun sun;
    private final double coverHeight;
    private final long seed;
    private Renderer renderer;
    private HeightField field;

    /**
     * @param ground       the true terrain
     * @param pixels       image side (LCAM: 1024)
     * @param sun          the Sun of the landing
     * @param coverHeight  highest height above ground the height field must cover the view from (m)
     * @param seed         seed of the read noise
     */
    public RenderedDescentCamera(Terrain ground, int pixels, LandingSun sun, double coverHeight, long seed) {
        this.ground = ground;
        this.fov = Math.toRadians(90);
        this.geometry = CameraGeometry.lcam(pixels);
        this.sun = sun;
        this.coverHeight = coverHeight;
        this.seed = seed;
    }

    @Override
    public CameraGeometry geometry() {
        return geometry;
    }

    @Override
    public DescentImage capture(double time, Vector3D position, Rotation attitude) {
        MapPoint at = ground.frame().toMap(position);
        if (field == null) {
            double ground0 = ground.heightAtResolution(at.east(), at.north(), 64);
            double reach = 1.5 * Math.max(coverHeight, at.height() - ground0) + 1000;
            double pixel = Math.max(coverHeight, 1000) * 2 / geometry.width();
            double posting = Math.max(4, Math.min(10, pixel / 2));
            int n = (int) Math.ceil(2 * reach / posting) + 1;
            double e0 = at.east() - reach;
            double n0 = at.north() - reach;
            field = Rasters.field(ground, (e, nn) -> ground.heightAtResolution(e, nn, posting), e0, n0, posting, n);
        }
        if (renderer == null) {
            renderer = new Renderer();
        }
        LocalAxes axes = ground.frame().axesAt(at.east(), at.north());
        Rotation cameraToFixed = attitude.compose(geometry.cameraToBody(), RotationConvention.VECTOR_OPERATOR);
        Vector3D x = local(axes, cameraToFixed.applyTo(Vector3D.PLUS_I));
        Vector3D y = local(axes, cameraToFixed.applyTo(Vector3D.PLUS_J));
        Rotation cameraToLocal = new Rotation(Vector3D.PLUS_I, Vector3D.PLUS_J, x, y);
        int w = geometry.width();
        PinholeCamera camera = PinholeCamera.of(w, geometry.height(), fov, new Vector3D(at.east(), at.north(),
                at.height()), cameraToLocal);
        byte[] rgb = new byte[w * geometry.height() * 3];
        renderer.render(Scene.builder(sun.lighting(time)).terrain(field).build(), camera, rgb);
        float[] px = Rasters.noise(Rasters.luminance(rgb, w * geometry.height()), READ_NOISE, 256,
                new SplittableRandom(seed ^ Double.doubleToLongBits(time)));
        return new DescentImage(time, new GrayImage(w, geometry.height(), px), geometry);
    }

    private static Vector3D local(LocalAxes axes, Vector3D fixed) {
        return new Vector3D(fixed.dotProduct(axes.east()), fixed.dotProduct(axes.north()), fixed.dotProduct(axes.up()));
    }

    /** The height field drawn (null before the first image). */
    HeightField field() {
        return field;
    }

    @Override
    public void close() {
        if (renderer != null) {
            renderer.close();
            renderer = null;
        }
    }
}
