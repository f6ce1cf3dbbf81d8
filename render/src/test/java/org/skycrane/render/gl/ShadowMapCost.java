package org.skycrane.render.gl;

import java.util.Locale;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.render.camera.PinholeCamera;
import org.skycrane.render.scene.HeightField;
import org.skycrane.render.scene.Scene;

/**
 * Benchmark, not a test: frames per second of the demo scene (bodies casting shadows over a 4 km
 * height field) at 640 × 480 with the default options, read back to RGB, for the three views of
 * {@link RenderFrameRate}. Run on a build from before the shadow map was sized to the picture
 * (fixed 2048²) and on one after (1024² at this size) to see what the smaller map saves.
 */
public final class ShadowMapCost {

    private ShadowMapCost() {
    }

    public static void main(String[] args) {
        HeightField field = DemoScenes.field(1001, 4.0);
        Scene scene = DemoScenes.scene(field);
        double ground = field.heightAt(0, 0);
        int w = 640;
        int h = 480;
        PinholeCamera[] views = {
            PinholeCamera.lookingAt(w, h, Math.toRadians(60), new Vector3D(30, -40, ground + 1000),
                    new Vector3D(30, -39.9, ground), Vector3D.PLUS_J),
            PinholeCamera.lookingAt(w, h, Math.toRadians(60), new Vector3D(-1500, -1500, ground + 300),
                    new Vector3D(0, 0, ground), Vector3D.PLUS_K),
            PinholeCamera.lookingAt(w, h, Math.toRadians(70), new Vector3D(20, 20, ground + 2),
                    new Vector3D(0, 0, ground + 40), Vector3D.PLUS_K)};
        String[] names = {"nadir from 1 km", "oblique from 300 m", "up-looking"};
        byte[] rgb = new byte[w * h * 3];
        try (Renderer renderer = new Renderer()) {
            for (int v = 0; v < views.length; v++) {
                for (int i = 0; i < 10; i++) {
                    renderer.render(scene, views[v], rgb);
                }
                int frames = 60;
                long start = System.nanoTime();
                for (int i = 0; i < frames; i++) {
                    renderer.render(scene, views[v], rgb);
                }
                System.out.printf(Locale.ROOT, "%-19s %6.1f frames/s%n", names[v], frames / ((System.nanoTime() - start) / 1e9));
            }
        }
    }
}
