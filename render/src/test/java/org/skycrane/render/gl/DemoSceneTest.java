package org.skycrane.render.gl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.skycrane.render.camera.PinholeCamera;
import org.skycrane.render.scene.HeightField;
import org.skycrane.render.scene.Scene;

/**
 * The demo scene (procedural cratered ground, a box and a disk above it, the Mars sky) written as
 * PNGs under target/render-demo for a person to look at, with two checks a viewer would make: the
 * box's shadow lies on the ground where the sunlight puts it, and the sky darkens upward.
 */
class DemoSceneTest {

    @Test
    void rendersTheDemoSceneFromAboveAndFromBelow() throws IOException {
        HeightField field = DemoScenes.field(513, 4.0);
        Scene scene = DemoScenes.scene(field);
        double ground = field.heightAt(0, 0);
        Path out = Path.of("target", "render-demo");
        Files.createDirectories(out);
        try (Renderer renderer = new Renderer()) {
            PinholeCamera oblique = PinholeCamera.lookingAt(640, 480, Math.toRadians(60),
                    new Vector3D(-60, -70, ground + 60), new Vector3D(0, 0, ground), Vector3D.PLUS_K);
            BufferedImage a = renderer.render(scene, oblique);
            ImageIO.write(a, "png", out.resolve("oblique.png").toFile());
            // The box (centre 9.5 m above the ground at the origin) shades the ground along the sunlight.
            Vector3D s = scene.lighting().sunDirection();
            Vector3D centre = new Vector3D(0, 0, ground + 9.5);
            Vector3D onGround = centre;
            for (int k = 0; k < 20; k++) {   // fixed point: where the sun line meets the terrain
                double h = field.heightAt(onGround.getX(), onGround.getY());
                onGround = centre.subtract(s.scalarMultiply((centre.getZ() - h) / s.getZ()));
            }
            PinholeCamera.ImagePoint shadow = oblique.project(onGround);
            PinholeCamera.ImagePoint beside = oblique.project(onGround.add(new Vector3D(0, -12, 0)));
            double dark = ImageStats.luma(a.getRGB((int) shadow.u(), (int) shadow.v()));
            double lit = ImageStats.luma(a.getRGB((int) beside.u(), (int) beside.v()));
            assertTrue(dark < 0.7 * lit, "box shadow luma " + dark + " vs lit ground " + lit);
            PinholeCamera up = PinholeCamera.lookingAt(640, 480, Math.toRadians(70),
                    new Vector3D(20, 20, ground + 2), new Vector3D(0, 0, ground + 40), Vector3D.PLUS_K);
            BufferedImage b = renderer.render(scene, up);
            ImageIO.write(b, "png", out.resolve("up.png").toFile());
            // Looking up, away from the Sun (left edge): the sky darkens toward the zenith (top).
            assertTrue(ImageStats.luma(b.getRGB(5, 5)) < ImageStats.luma(b.getRGB(5, 470)) - 5,
                    "sky at the top " + ImageStats.luma(b.getRGB(5, 5)) + " vs bottom " + ImageStats.luma(b.getRGB(5, 470)));
            PinholeCamera far = PinholeCamera.lookingAt(640, 480, Math.toRadians(60),
                    new Vector3D(-900, -900, ground + 500), new Vector3D(0, 0, ground), Vector3D.PLUS_K);
            ImageIO.write(renderer.render(scene, far), "png", out.resolve("far.png").toFile());
        }
    }
}
