package org.skycrane.gnc.trn;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skycrane.terrain.MapPoint;

/**
 * The map matching's geometry on a ray-cast test world (value-noise ground, maps box-averaged with a
 * contrast change and noise): the rendered-terrain tests are in the vision module.
 */
class LanderVisionSystemTest {

    private static LvsMaps maps;

    @BeforeAll
    static void maps() {
        maps = new LvsMaps(SyntheticGround.map(12, 8000, 1), SyntheticGround.map(6, 5000, 2));
    }

    private static LanderVisionSystem lvs() {
        return new LanderVisionSystem(LanderVisionSystem.Config.standard(), maps, SyntheticGround.PROJECTION,
                new GroundProjection(SyntheticGround.PROJECTION, null));
    }

    /**
     * A 2.5 km prior error is removed to within a fine pixel: the geometry is exact here (flat ground,
     * known attitude), so what is left is the matching's own error; 6 m is one fine-map pixel.
     */
    @Test
    void aKilometreErrorIsRemovedToAFinePixel() {
        CameraGeometry g = CameraGeometry.ofFieldOfView(512, 512, Math.toRadians(90), CameraGeometry.nadirMount());
        double e = 1234;
        double n = -876;
        Rotation attitude = SyntheticGround.nadir(e, n, 0.3);
        DescentImage picture = SyntheticGround.image(g, e, n, 4000, attitude, 7);
        Vector3D believed = SyntheticGround.FRAME.toMarsFixed(e + 2000, n - 1500, 4000);
        LanderVisionSystem.ImageResult r = lvs().process(picture, believed, attitude, 1500, true);
        assertThat(r.rejected()).isNull();
        MapPoint fixed = SyntheticGround.FRAME.toMap(r.fix().position());
        assertThat(Math.hypot(fixed.east() - e, fixed.north() - n)).isLessThan(6.0);
        assertThat(r.inliers()).isGreaterThanOrEqualTo(LanderVisionSystem.Config.standard().minInliers());
    }

    /** Featureless ground is rejected, not mislocalised. */
    @Test
    void aFeaturelessImageIsRejected() {
        CameraGeometry g = CameraGeometry.ofFieldOfView(256, 256, Math.toRadians(90), CameraGeometry.nadirMount());
        var random = new java.util.SplittableRandom(3);
        float[] px = new float[256 * 256];
        for (int k = 0; k < px.length; k++) {
            px[k] = (float) (0.5 + 0.01 * random.nextGaussian());
        }
        DescentImage flat = new DescentImage(0, new GrayImage(256, 256, px), g);
        Rotation attitude = SyntheticGround.nadir(0, 0, 0);
        LanderVisionSystem.ImageResult r = lvs().process(flat, SyntheticGround.FRAME.toMarsFixed(0, 0, 4000), attitude,
                1000, true);
        assertThat(r.fix()).isNull();
        assertThat(r.rejected()).isNotNull();
    }
}
