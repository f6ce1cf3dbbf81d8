package org.skycrane.render.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.skycrane.render.camera.PinholeCamera;
import org.skycrane.render.scene.HeightField;
import org.skycrane.render.scene.Lighting;
import org.skycrane.render.scene.Scene;

/** The chunked, level-of-detail terrain: no cracks, fewer triangles far away, heights where they should be. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TerrainTest {

    Renderer renderer;
    HeightField rough;

    @BeforeAll
    void open() {
        renderer = new Renderer(Renderer.Options.defaults().withSamples(1));
        // 1 km square at 1 m posting (64 chunks), with metre-scale roughness: the worst case for cracks.
        rough = HeightField.sample(-512, -512, 1.0, 1025, 1025,
                (e, n) -> 6 * DemoScenes.fbm(e, n, 64, 6) + 2 * Math.sin(e / 9.0) * Math.cos(n / 7.0),
                (e, n) -> 0x909090);
    }

    @AfterAll
    void close() {
        renderer.close();
    }

    static final Lighting HIGH_SUN = Lighting.marsDaylight(Math.toRadians(70), Math.toRadians(200), 1.2, 0.5);

    /**
     * A grazing view across rough ground, where near chunks are drawn fine and far ones coarse, over
     * a black background: no background pixel shows through below the terrain's far edge (skirts
     * close the gaps between levels), and far fewer triangles are drawn than at full resolution.
     */
    @Test
    void grazingViewHasNoCracksAndDrawsFewerTrianglesThanFullResolution() throws IOException {
        Scene scene = Scene.builder(HIGH_SUN).terrain(rough).build();
        Vector3D eye = new Vector3D(-400, -400, rough.heightAt(-400, -400) + 4);
        PinholeCamera camera = PinholeCamera.lookingAt(320, 240, Math.toRadians(60), eye,
                new Vector3D(200, 200, rough.heightAt(-400, -400) - 30), Vector3D.PLUS_K);
        BufferedImage image = renderer.render(scene, camera);
        GeometryTest.save(image, "terrain-grazing.png");
        int black = 0;
        for (int v = 150; v < 240; v++) {
            for (int u = 0; u < 320; u++) {
                if ((image.getRGB(u, v) & 0xFFFFFF) == 0) {
                    black++;
                }
            }
        }
        assertEquals(0, black, "background pixels showing through the lower part of the terrain");
        long full = 64L * (2L * 128 * 128 + 8L * 128);
        long drawn = renderer.lastTerrainTriangles();
        assertTrue(drawn > 0 && drawn < full / 4, "triangles drawn " + drawn + " vs full resolution " + full);
    }

    /**
     * From 50 m up, a 6 m square plateau 8 m high, bright only in its flat middle: the bright patch
     * (symmetric about the plateau's centre) is centred within 1 px on the projection of that centre
     * at 8 m, not of the ground beneath it (which would be some 12 px away).
     */
    @Test
    void terrainHeightsArePlacedWhereTheGridSays() {
        HeightField bump = HeightField.sample(-64, -64, 1.0, 129, 129,
                (e, n) -> (Math.abs(e - 10) <= 3 && Math.abs(n + 6) <= 3) ? 8 : 0,
                (e, n) -> (Math.abs(e - 10) <= 1 && Math.abs(n + 6) <= 1) ? 0xFFFFFF : 0x101010);
        Scene scene = Scene.builder(HIGH_SUN).terrain(bump).build();
        PinholeCamera camera = PinholeCamera.lookingAt(320, 240, Math.toRadians(60), new Vector3D(0, 0, 50),
                new Vector3D(0, 0, 0), Vector3D.PLUS_J);
        BufferedImage image = renderer.render(scene, camera);
        PinholeCamera.ImagePoint p = camera.project(new Vector3D(10, -6, 8));
        double[] c = ImageStats.centroid(image, p.u(), p.v(), 25, px -> ImageStats.luma(px) > 150, false);
        assertEquals(p.u(), c[0], 1.0, "plateau centroid u (pixels)");
        assertEquals(p.v(), c[1], 1.0, "plateau centroid v (pixels)");
    }
}
