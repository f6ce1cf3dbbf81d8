package org.skycrane.render.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.skycrane.render.camera.PinholeCamera;
import org.skycrane.render.scene.Body;
import org.skycrane.render.scene.Lighting;
import org.skycrane.render.scene.MarsSky;
import org.skycrane.render.scene.Material;
import org.skycrane.render.scene.Particles;
import org.skycrane.render.scene.Polyline;
import org.skycrane.render.scene.Pose;
import org.skycrane.render.scene.Rgb;
import org.skycrane.render.scene.Scene;
import org.skycrane.render.scene.Shapes;
import org.skycrane.render.scene.Texture;

/** Sky, textures, lines and dust as drawn agree with their models. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppearanceTest {

    Renderer renderer;

    @BeforeAll
    void open() {
        renderer = new Renderer(Renderer.Options.defaults().withSamples(1));
    }

    @AfterAll
    void close() {
        renderer.close();
    }

    /** Sun low in the south. */
    static final Lighting SOUTH_SUN = Lighting.marsDaylight(Math.toRadians(20), Math.toRadians(180), 1.5, 0.4);

    /** The sky model of {@link MarsSky} (gradient plus aureole) evaluated in double precision, as sRGB. */
    static int expectedSky(MarsSky sky, Lighting light, Vector3D direction) {
        double wz = MarsSky.profile(sky.opticalDepth(), 1.0);
        double t = Math.min(1, Math.max(0, (MarsSky.profile(sky.opticalDepth(), direction.getZ()) - wz) / (1 - wz)));
        double r = sky.zenith().r() + (sky.horizon().r() - sky.zenith().r()) * t;
        double g = sky.zenith().g() + (sky.horizon().g() - sky.zenith().g()) * t;
        double b = sky.zenith().b() + (sky.horizon().b() - sky.zenith().b()) * t;
        // Aureole: the sunlight's colour at the horizon's luminance, times aureole · exp(−angle / width).
        Rgb sun = light.sun();
        double sunLuma = 0.2126 * sun.r() + 0.7152 * sun.g() + 0.0722 * sun.b();
        double horizonLuma = 0.2126 * sky.horizon().r() + 0.7152 * sky.horizon().g() + 0.0722 * sky.horizon().b();
        double angle = Vector3D.angle(direction, light.sunDirection());
        double k = horizonLuma / sunLuma * sky.aureole() * Math.exp(-angle / sky.aureoleWidth());
        r += k * sun.r();
        g += k * sun.g();
        b += k * sun.b();
        return Rgb.linearToSrgb(r) << 16 | Rgb.linearToSrgb(g) << 8 | Rgb.linearToSrgb(b);
    }

    /**
     * An up-looking and a horizontal camera see the sky model: each sampled pixel's colour within 2
     * code values of the model (float vs double and 8-bit rounding), darker toward the zenith, and
     * yellowish brown (red &gt; green &gt; blue) everywhere.
     */
    @Test
    void skyMatchesItsModelDarkensTowardTheZenithAndIsYellowishBrown() throws IOException {
        MarsSky sky = MarsSky.daytime(0.6, 0.4);
        Scene scene = Scene.builder(SOUTH_SUN).sky(sky).build();
        PinholeCamera up = PinholeCamera.lookingAt(320, 240, Math.toRadians(100), Vector3D.ZERO, Vector3D.PLUS_K,
                Vector3D.PLUS_J);
        PinholeCamera level = PinholeCamera.lookingAt(320, 240, Math.toRadians(60), Vector3D.ZERO, Vector3D.PLUS_J,
                Vector3D.PLUS_K);
        for (PinholeCamera camera : List.of(up, level)) {
            BufferedImage image = renderer.render(scene, camera);
            GeometryTest.save(image, camera == up ? "sky-up.png" : "sky-level.png");
            for (int v = 5; v < 240; v += 23) {
                int u = 160;
                Vector3D d = camera.ray(u + 0.5, v + 0.5);
                if (d.getZ() < 0) {
                    continue;
                }
                int got = image.getRGB(u, v) & 0xFFFFFF;
                int want = expectedSky(sky, SOUTH_SUN, d);
                for (int shift = 16; shift >= 0; shift -= 8) {
                    assertEquals((want >> shift) & 0xFF, (got >> shift) & 0xFF, 2,
                            "sky channel " + shift + " at elevation " + Math.toDegrees(Math.asin(d.getZ())) + "°");
                }
                int r = (got >> 16) & 0xFF;
                int g = (got >> 8) & 0xFF;
                int b = got & 0xFF;
                assertTrue(r > g && g > b, "yellowish brown: " + r + ", " + g + ", " + b);
            }
        }
        BufferedImage image = renderer.render(scene, level);
        double nearHorizon = ImageStats.luma(image.getRGB(160, 119));
        BufferedImage above = renderer.render(scene, up);
        double zenith = ImageStats.luma(above.getRGB(160, 120));
        assertTrue(zenith < nearHorizon - 20, "zenith luma " + zenith + " vs horizon " + nearHorizon);
    }

    /**
     * A disk textured half red (u &lt; ½, azimuth 0–180°, the +Y side) and half blue, seen from
     * below: each half shows its colour where the camera projects it, and the inner ring
     * (v &lt; ½, upper half of the texture) is darker as painted.
     */
    @Test
    void textureCoordinatesFollowAzimuthAndRadius() {
        BufferedImage paint = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                int colour = x < 32 ? 0xFF0000 : 0x0000FF;
                paint.setRGB(x, y, y < 32 ? (colour & 0x7F7F7F) : colour);
            }
        }
        Texture texture = new Texture(paint);
        Material unlit = new Material(Rgb.WHITE, texture, 0, true);
        Scene scene = Scene.builder(SOUTH_SUN)
                .add(Body.of(Shapes.disk(0, 10, 64), unlit, Pose.at(new Vector3D(0, 0, 30))))
                .build();
        PinholeCamera up = PinholeCamera.lookingAt(320, 240, Math.toRadians(60), Vector3D.ZERO, Vector3D.PLUS_K,
                Vector3D.PLUS_J);
        BufferedImage image = renderer.render(scene, up);
        int[][] probes = {{0, 8, 0xFF0000}, {0, -8, 0x0000FF}, {-3, 2, 0x7F0000}, {3, -2, 0x00007F}};
        for (int[] probe : probes) {
            PinholeCamera.ImagePoint p = up.project(new Vector3D(probe[0], probe[1], 30));
            int got = image.getRGB((int) p.u(), (int) p.v()) & 0xFFFFFF;
            for (int shift = 16; shift >= 0; shift -= 8) {
                assertEquals((probe[2] >> shift) & 0xFF, (got >> shift) & 0xFF, 3,
                        "texture at (" + probe[0] + ", " + probe[1] + ") channel " + shift);
            }
        }
    }

    /**
     * A 1 cm cable 40 m away (a twentieth of a pixel) still shows as a line one pixel wide along its
     * projection; a dust puff of 2 m at 20 m covers a disk of the projected diameter centred on its
     * projection, opaque at the centre by its opacity (0.6 over black: 0.6 of the puff's colour).
     */
    @Test
    void thinCablesShowAndDustPuffsHaveTheirProjectedSizeAndOpacity() {
        Vector3D a = new Vector3D(-6, 40, 3);
        Vector3D b = new Vector3D(6, 40, -2);
        Particles puff = new Particles(new double[] {4, 20, 5}, new double[] {2}, new double[] {0.6}, new Rgb(0.5, 0.4, 0.3));
        Scene scene = Scene.builder(SOUTH_SUN)
                .add(Polyline.segment(a, b, Rgb.WHITE))
                .add(puff)
                .build();
        PinholeCamera camera = PinholeCamera.lookingAt(320, 240, Math.toRadians(60), Vector3D.ZERO, Vector3D.PLUS_J,
                Vector3D.PLUS_K);
        BufferedImage image = renderer.render(scene, camera);
        PinholeCamera.ImagePoint pa = camera.project(a);
        PinholeCamera.ImagePoint pb = camera.project(b);
        for (int u = (int) pa.u() + 1; u < (int) pb.u() - 1; u++) {
            double t = (u + 0.5 - pa.u()) / (pb.u() - pa.u());
            double v = pa.v() + t * (pb.v() - pa.v());
            boolean seen = false;
            for (int dv = -1; dv <= 1; dv++) {
                int vv = (int) Math.floor(v) + dv;
                seen |= ImageStats.luma(image.getRGB(u, vv)) > 30;
            }
            assertTrue(seen, "cable missing at column " + u);
        }
        PinholeCamera.ImagePoint pp = camera.project(new Vector3D(4, 20, 5));
        double[] c = ImageStats.centroid(image, pp.u(), pp.v(), 30, px -> ImageStats.luma(px) > 3, false);
        assertEquals(pp.u(), c[0], 1.0, "puff centroid u (pixels)");
        assertEquals(pp.v(), c[1], 1.0, "puff centroid v (pixels)");
        double diameter = 2 * camera.focalLength() / pp.depth();
        double seenDiameter = 2 * Math.sqrt(c[3] / Math.PI);
        // The sprite fades as (1 − r²)², so its faint rim is lost below the threshold: within 15 %.
        assertEquals(diameter, seenDiameter, 0.15 * diameter, "puff diameter (pixels)");
        int centre = image.getRGB((int) pp.u(), (int) pp.v());
        Lighting l = SOUTH_SUN;
        double red = 0.6 * 0.5 * (l.ambient().r() + 0.5 * l.sun().r());
        assertEquals(Rgb.linearToSrgb(red), (centre >> 16) & 0xFF, 3, "puff centre red (sRGB code)");
    }
}
