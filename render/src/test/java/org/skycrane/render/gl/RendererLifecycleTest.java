package org.skycrane.render.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.skycrane.render.camera.PinholeCamera;
import org.skycrane.render.scene.MarsSky;
import org.skycrane.render.scene.Scene;

class RendererLifecycleTest {

    static final PinholeCamera CAMERA = PinholeCamera.lookingAt(64, 48, 1.0, Vector3D.ZERO, Vector3D.PLUS_J, Vector3D.PLUS_K);

    @Test
    void aRendererIsConfinedToItsThreadAndClosesCleanly() throws Exception {
        Scene scene = Scene.builder(AppearanceTest.SOUTH_SUN).build();
        Renderer renderer = new Renderer(Renderer.Options.defaults().withSamples(1));
        assertTrue(renderer.description().contains("OpenGL ES 3"), renderer.description());
        renderer.render(scene, CAMERA);
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> CompletableFuture.runAsync(() -> renderer.render(scene, CAMERA)).get());
        assertTrue(e.getCause() instanceof IllegalStateException && e.getCause().getMessage().contains("thread"),
                "use from another thread: " + e.getCause());
        renderer.close();
        assertThrows(IllegalStateException.class, () -> renderer.render(scene, CAMERA));
    }

    /** Two renderers on two threads at once, then a third after both closed: each draws its own frame. */
    @Test
    void renderersOnSeveralThreadsShareTheDisplay() throws Exception {
        Scene scene = Scene.builder(AppearanceTest.SOUTH_SUN).sky(MarsSky.daytime(0.5, 0.4)).build();
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> {
            try (Renderer r = new Renderer(Renderer.Options.defaults().withSamples(1))) {
                return r.render(scene, CAMERA).getRGB(32, 24);
            }
        });
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> {
            try (Renderer r = new Renderer(Renderer.Options.defaults().withSamples(1))) {
                return r.render(scene, CAMERA).getRGB(32, 24);
            }
        });
        int pa = a.get();
        int pb = b.get();
        assertEquals(pa, pb, "the same frame from two renderers");
        try (Renderer r = new Renderer(Renderer.Options.defaults().withSamples(1))) {
            assertEquals(pa, r.render(scene, CAMERA).getRGB(32, 24), "a renderer made after the others closed");
        }
    }
}
