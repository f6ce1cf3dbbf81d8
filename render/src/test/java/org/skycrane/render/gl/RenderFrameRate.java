package org.skycrane.render.gl;

import java.util.Locale;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.render.camera.PinholeCamera;
import org.skycrane.render.scene.HeightField;
import org.skycrane.render.scene.Scene;

/**
 * Frame-rate benchmark (not a test): the demo scene over a 4 km × 4 km height field, read back to
 * an RGB array each frame, as a film would. Run through the build lock on the shared machine:
 * <pre>
 * /work/bin/mvnl -B -q -pl render test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * flock /tmp/skycrane-build.lock java -cp render/target/classes:render/target/test-classes:$(cat render/target/cp.txt) \
 *     org.skycrane.render.gl.RenderFrameRate [points-per-side posting-m]
 * </pre>
 */
public final class RenderFrameRate {

    private RenderFrameRate() {
    }

    public static void main(String[] args) {
        int points = args.length > 0 ? Integer.parseInt(args[0]) : 1001;
        double posting = args.length > 1 ? Double.parseDouble(args[1]) : 4.0;
        long t0 = System.nanoTime();
        HeightField field = DemoScenes.field(points, posting);
        long t1 = System.nanoTime();
        Scene scene = DemoScenes.scene(field);
        double ground = field.heightAt(0, 0);
        System.out.printf(Locale.ROOT, "height field %d x %d points at %.1f m (%.1f km square, %.2f M cells), built in %.1f s%n",
                points, points, posting, (points - 1) * posting / 1000, (points - 1.0) * (points - 1) / 1e6, (t1 - t0) / 1e9);
        int[][] sizes = {{640, 480}, {1280, 1024}};
        double[][] configurations = {{1, 1}, {4, 1}, {1, 4}};   // MSAA samples, anisotropic filtering
        for (double[] configuration : configurations) {
            int samples = (int) configuration[0];
            double anisotropy = configuration[1];
            try (Renderer renderer = new Renderer(Renderer.Options.defaults().withSamples(samples)
                    .withAnisotropy(anisotropy))) {
                if (configuration == configurations[0]) {
                    System.out.println("renderer: " + renderer.description());
                }
                for (int[] size : sizes) {
                    PinholeCamera down = PinholeCamera.lookingAt(size[0], size[1], Math.toRadians(60),
                            new Vector3D(30, -40, ground + 1000), new Vector3D(30, -39.9, ground), Vector3D.PLUS_J);
                    PinholeCamera oblique = PinholeCamera.lookingAt(size[0], size[1], Math.toRadians(60),
                            new Vector3D(-1500, -1500, ground + 300), new Vector3D(0, 0, ground), Vector3D.PLUS_K);
                    PinholeCamera up = PinholeCamera.lookingAt(size[0], size[1], Math.toRadians(70),
                            new Vector3D(20, 20, ground + 2), new Vector3D(0, 0, ground + 40), Vector3D.PLUS_K);
                    for (PinholeCamera camera : new PinholeCamera[] {down, oblique, up}) {
                        String name = camera == down ? "nadir from 1 km" : camera == oblique ? "oblique from 300 m" : "up-looking";
                        byte[] rgb = new byte[size[0] * size[1] * 3];
                        long u0 = System.nanoTime();
                        renderer.render(scene, camera, rgb);
                        long u1 = System.nanoTime();
                        for (int i = 0; i < 5; i++) {
                            renderer.render(scene, camera, rgb);
                        }
                        int frames = 30;
                        long s = System.nanoTime();
                        for (int i = 0; i < frames; i++) {
                            renderer.render(scene, camera, rgb);
                        }
                        double seconds = (System.nanoTime() - s) / 1e9;
                        System.out.printf(Locale.ROOT, "%4d x %-4d  MSAA %d  aniso %.0f  %-19s %6.1f frames/s  (%6.0f k terrain triangles; first frame %.2f s)%n",
                                size[0], size[1], samples, anisotropy, name, frames / seconds, renderer.lastTerrainTriangles() / 1e3,
                                (u1 - u0) / 1e9);
                    }
                }
            }
        }
    }
}
