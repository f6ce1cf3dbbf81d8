package org.skycrane.render.gl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.skycrane.render.camera.PinholeCamera;
import org.skycrane.render.scene.HeightField;
import org.skycrane.render.scene.Scene;

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
            PinholeCamera up = PinholeCamera.lookingAt(640, 480, Math.toRadians(70),
                    new Vector3D(20, 20, ground + 2), new Vector3D(0, 0, ground + 40), Vector3D.PLUS_K);
            ImageIO.write(renderer.render(scene, up), "png", out.resolve("up.png").toFile());
            PinholeCamera far = PinholeCamera.lookingAt(640, 480, Math.toRadians(60),
                    new Vector3D(-900, -900, ground + 500), new Vector3D(0, 0, ground), Vector3D.PLUS_K);
            ImageIO.write(renderer.render(scene, far), "png", out.resolve("far.png").toFile());
            assertTrue(new File(out.toFile(), "oblique.png").length() > 0);
        }
    }
}
