package org.skycrane.render.gl;

import static org.lwjgl.opengles.GLES30.GL_BLEND;
import static org.lwjgl.opengles.GLES30.GL_COLOR_BUFFER_BIT;
import static org.lwjgl.opengles.GLES30.GL_CULL_FACE;
import static org.lwjgl.opengles.GLES30.GL_DEPTH_BUFFER_BIT;
import static org.lwjgl.opengles.GLES30.GL_DEPTH_TEST;
import static org.lwjgl.opengles.GLES30.GL_FRAMEBUFFER;
import static org.lwjgl.opengles.GLES30.GL_GREATER;
import static org.lwjgl.opengles.GLES30.GL_LESS;
import static org.lwjgl.opengles.GLES30.GL_NO_ERROR;
import static org.lwjgl.opengles.GLES30.GL_POLYGON_OFFSET_FILL;
import static org.lwjgl.opengles.GLES30.GL_TEXTURE0;
import static org.lwjgl.opengles.GLES30.GL_TEXTURE1;
import static org.lwjgl.opengles.GLES30.GL_TEXTURE_2D;
import static org.lwjgl.opengles.GLES30.glActiveTexture;
import static org.lwjgl.opengles.GLES30.glBindFramebuffer;
import static org.lwjgl.opengles.GLES30.glBindTexture;
import static org.lwjgl.opengles.GLES30.glClear;
import static org.lwjgl.opengles.GLES30.glClearColor;
import static org.lwjgl.opengles.GLES30.glClearDepthf;
import static org.lwjgl.opengles.GLES30.glDeleteTextures;
import static org.lwjgl.opengles.GLES30.glDepthFunc;
import static org.lwjgl.opengles.GLES30.glDepthMask;
import static org.lwjgl.opengles.GLES30.glDisable;
import static org.lwjgl.opengles.GLES30.glEnable;
import static org.lwjgl.opengles.GLES30.glGetError;
import static org.lwjgl.opengles.GLES30.glPolygonOffset;
import static org.lwjgl.opengles.GLES30.glViewport;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.lwjgl.opengles.EXTClipControl;
import org.skycrane.render.camera.PinholeCamera;
import org.skycrane.render.scene.Body;
import org.skycrane.render.scene.HeightField;
import org.skycrane.render.scene.Mesh;
import org.skycrane.render.scene.Rgb;
import org.skycrane.render.scene.Scene;
import org.skycrane.render.scene.Texture;

/**
 * Renders a {@link Scene} as seen by a {@link PinholeCamera} into an off-screen framebuffer and reads
 * the pixels back. Owns one OpenGL ES 3 context (headless EGL), so it must be created, used and closed
 * on one thread. Meshes, textures and terrain are uploaded on first use and kept, keyed by identity,
 * until {@link #evict} or {@link #close}.
 *
 * <p>Each frame: (1) if the scene has a shadow focus, its shadow casters and the terrain are drawn
 * into a depth map seen from the Sun (orthographic, covering the focus sphere and the column behind
 * it away from the Sun for {@link Options#shadowReach}); (2) the sky, terrain, bodies, lines and
 * particles are drawn with the camera's exact pinhole projection, all coordinates relative to the
 * camera, the sky last where nothing else was drawn; (3) multisampled colour is resolved and read back as sRGB.
 */
public final class Renderer implements AutoCloseable {

    /**
     * @param samples             multisample anti-aliasing samples per pixel (1 = none, at most 4 on llvmpipe)
     * @param shadowMapSize       largest shadow map side (texels); each picture size gets the power of two at
     *                            or above its larger side, at least 512, up to this
     * @param terrainPixelError   largest projected size of a terrain cell (pixels) before a finer level is drawn
     * @param terrainCastsShadows whether the terrain shades itself and the bodies inside the shadow focus
     *                            (Lambert shading already darkens slopes turned from the Sun)
     * @param shadowReach         distance behind the shadow focus, away from the Sun, that receives its shadows (m)
     * @param anisotropy          largest anisotropic filtering ratio of the terrain textures (1 = trilinear only;
     *                            more keeps oblique views sharp at some cost on llvmpipe)
     */
    public record Options(int samples, int shadowMapSize, double terrainPixelError, boolean terrainCastsShadows,
                          double shadowReach, double anisotropy) {

        public Options {
            if (samples < 1 || shadowMapSize < 16 || !(terrainPixelError > 0) || !(shadowReach > 0) || !(anisotropy >= 1)) {
                throw new IllegalArgumentException("bad render options: " + samples + " samples, shadow map "
                        + shadowMapSize + ", pixel error " + terrainPixelError + ", reach " + shadowReach);
            }
        }

        /**
         * No anti-aliasing (4× costs 2 to 3 times the time on llvmpipe), shadow maps of up to 2048², terrain
         * cells of up to 6 pixels (the shading comes from full-resolution normal and albedo maps, so
         * coarser geometry shows only on silhouettes), shadows received up to 30 km away, bodies casting
         * shadows on the terrain but the terrain not shading itself (that rasterises the ground into the whole
         * shadow map every frame), no anisotropic filtering.
         */
        public static Options defaults() {
            return new Options(1, 2048, 6.0, false, 30_000, 1);
        }

        /** The same options with another terrain pixel error. */
        public Options withTerrainPixelError(double pixels) {
            return new Options(samples, shadowMapSize, pixels, terrainCastsShadows, shadowReach, anisotropy);
        }

        /** The same options with another anisotropic filtering ratio. */
        public Options withAnisotropy(double ratio) {
            return new Options(samples, shadowMapSize, terrainPixelError, terrainCastsShadows, shadowReach, ratio);
        }

        /** The same options with another sample count. */
        public Options withSamples(int n) {
            return new Options(n, shadowMapSize, terrainPixelError, terrainCastsShadows, shadowReach, anisotropy);
        }
    }

    private final Options options;
    private final EglContext context;
    private final boolean clipControl;
    private final ShaderProgram meshProgram;
    private final ShaderProgram meshDepthProgram;
    private final ShaderProgram terrainProgram;
    private final ShaderProgram terrainDepthProgram;
    private final SkyPass sky;
    private final OverlayPass overlays;
    private final Map<Mesh, GpuMesh> meshes = new IdentityHashMap<>();
    private final Map<Texture, Integer> textures = new IdentityHashMap<>();
    private final Map<HeightField, GpuTerrain> terrains = new IdentityHashMap<>();
    private final Map<Integer, ShadowMap> shadowMaps = new HashMap<>();
    private final Map<Long, RenderTarget> targets = new HashMap<>();
    private final int whiteTexture;
    private long lastTriangles;

    /** A renderer with {@link Options#defaults()}. */
    public Renderer() {
        this(Options.defaults());
    }

    public Renderer(Options options) {
        this.options = options;
        context = new EglContext();
        try {
            clipControl = context.capabilities().GL_EXT_clip_control;
            if (clipControl) {
                EXTClipControl.glClipControlEXT(EXTClipControl.GL_LOWER_LEFT_EXT, EXTClipControl.GL_ZERO_TO_ONE_EXT);
            }
            meshProgram = new ShaderProgram("mesh", Shaders.MESH_VERTEX, Shaders.MESH_FRAGMENT, "aPos", "aNormal", "aUv");
            meshDepthProgram = new ShaderProgram("mesh depth", Shaders.MESH_VERTEX, Shaders.DEPTH_FRAGMENT, "aPos",
                    "aNormal", "aUv");
            terrainProgram = new ShaderProgram("terrain", Shaders.TERRAIN_VERTEX, Shaders.TERRAIN_FRAGMENT, "aGrid");
            terrainDepthProgram = new ShaderProgram("terrain depth", Shaders.TERRAIN_VERTEX, Shaders.DEPTH_FRAGMENT,
                    "aGrid");
            sky = new SkyPass();
            overlays = new OverlayPass();
            for (ShaderProgram p : List.of(meshProgram, terrainProgram)) {
                p.use();
                p.set("uTexture", 0);
                p.set("uAlbedoMap", 0);
                p.set("uShadowMap", 1);
                p.set("uNormalMap", 2);
                p.set("uHeights", 3);
            }
            terrainDepthProgram.use();
            terrainDepthProgram.set("uHeights", 3);
            whiteTexture = GpuTextures.srgba(1, 1, new byte[] {-1, -1, -1, -1}, true, 1);
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    /** "llvmpipe (LLVM …) / OpenGL ES 3.2 Mesa …": what draws. */
    public String description() {
        return context.description();
    }

    /** Terrain triangles drawn in the camera pass of the last frame. */
    public long lastTerrainTriangles() {
        return lastTriangles;
    }

    /** Renders and returns a new image (TYPE_INT_RGB, sRGB). */
    public BufferedImage render(Scene scene, PinholeCamera camera) {
        BufferedImage image = new BufferedImage(camera.width(), camera.height(), BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        byte[] b = draw(scene, camera);
        int w = camera.width();
        int h = camera.height();
        for (int row = 0; row < h; row++) {
            int src = (h - 1 - row) * w * 4;
            for (int i = 0; i < w; i++) {
                int o = src + 4 * i;
                pixels[row * w + i] = (b[o] & 0xFF) << 16 | (b[o + 1] & 0xFF) << 8 | (b[o + 2] & 0xFF);
            }
        }
        return image;
    }

    /** Renders into {@code rgb}: width × height × 3 bytes, sRGB, rows from the top. */
    public void render(Scene scene, PinholeCamera camera, byte[] rgb) {
        int w = camera.width();
        int h = camera.height();
        if (rgb.length != w * h * 3) {
            throw new IllegalArgumentException("need " + (w * h * 3) + " bytes for " + w + " x " + h + ", got " + rgb.length);
        }
        byte[] b = draw(scene, camera);
        for (int row = 0; row < h; row++) {
            int src = (h - 1 - row) * w * 4;
            int dst = row * w * 3;
            for (int i = 0; i < w; i++) {
                rgb[dst + 3 * i] = b[src + 4 * i];
                rgb[dst + 3 * i + 1] = b[src + 4 * i + 1];
                rgb[dst + 3 * i + 2] = b[src + 4 * i + 2];
            }
        }
    }

    /** Frees the GPU copy of a mesh, texture or height field (it is uploaded again if used again). */
    public void evict(Object resource) {
        context.checkThread();
        GpuMesh m = meshes.remove(resource);
        if (m != null) {
            m.close();
        }
        Integer t = textures.remove(resource);
        if (t != null) {
            glDeleteTextures(t);
        }
        GpuTerrain g = terrains.remove(resource);
        if (g != null) {
            g.close();
        }
    }

    /** Draws the frame and returns its RGBA bytes, rows from the bottom (GL order), in a reused array. */
    private byte[] draw(Scene scene, PinholeCamera camera) {
        context.checkThread();
        Vector3D eye = camera.position();
        Matrix4 viewProj = Projection.viewProjection(camera);
        GpuTerrain terrain = scene.terrain() == null ? null
                : terrains.computeIfAbsent(scene.terrain(), f -> new GpuTerrain(f, options.anisotropy()));

        ShadowMap shadowMap = shadowMaps.computeIfAbsent(
                ShadowMap.sideFor(camera.width(), camera.height(), options.shadowMapSize()), ShadowMap::new);
        ShadowSetup shadow = shadowPass(scene, eye, terrain, shadowMap);

        // one target per picture size, kept: cameras of several sizes filmed in one pass do not
        // reallocate the framebuffers every frame
        RenderTarget target = targets.computeIfAbsent((long) camera.width() << 32 | camera.height(),
                k -> new RenderTarget(camera.width(), camera.height(), options.samples()));
        glBindFramebuffer(GL_FRAMEBUFFER, target.drawFbo);
        glViewport(0, 0, camera.width(), camera.height());
        glDisable(GL_CULL_FACE);
        glDisable(GL_BLEND);
        glDepthMask(true);
        glClearColor(0, 0, 0, 1);
        glClearDepthf(0);
        glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
        glActiveTexture(GL_TEXTURE1);
        glBindTexture(GL_TEXTURE_2D, shadowMap.texture);
        glActiveTexture(GL_TEXTURE0);

        glEnable(GL_DEPTH_TEST);
        glDepthFunc(GL_GREATER);
        if (terrain != null) {
            terrainProgram.use();
            Lights.set(terrainProgram, scene, camera, shadow);
            terrainProgram.set("uViewProj", viewProj);
            terrain.bindTextures();
            terrain.draw(terrainProgram, viewProj, eye, camera.focalLength(), options.terrainPixelError(), 0);
            lastTriangles = terrain.lastTriangles();
        } else {
            lastTriangles = 0;
        }
        meshProgram.use();
        Lights.set(meshProgram, scene, camera, shadow);
        meshProgram.set("uViewProj", viewProj);
        for (Body body : scene.bodies()) {
            drawBody(meshProgram, body, eye, true);
        }
        if (!scene.lines().isEmpty()) {
            overlays.drawLines(scene, camera, viewProj, shadow);
        }
        if (scene.sky() != null) {
            // After the opaque geometry, at depth 0 (infinitely far): drawn only where nothing else is.
            sky.draw(scene.sky(), scene.lighting(), camera);
        }
        if (!scene.particles().isEmpty()) {
            overlays.drawParticles(scene, camera, viewProj, shadow);
        }
        glDisable(GL_DEPTH_TEST);
        target.resolve();
        byte[] pixels = target.read();
        int error = glGetError();
        if (error != GL_NO_ERROR) {
            throw new IllegalStateException("OpenGL error 0x" + Integer.toHexString(error) + " while rendering");
        }
        return pixels;
    }

    private ShadowSetup shadowPass(Scene scene, Vector3D eye, GpuTerrain terrain, ShadowMap map) {
        Scene.ShadowFocus focus = scene.effectiveShadowFocus();
        Vector3D s = scene.lighting().sunDirection();
        if (focus == null || s.getZ() <= 0) {
            return null;
        }
        double r = focus.radius();
        double reach = options.shadowReach();
        Vector3D c = focus.centre().subtract(eye);
        Vector3D a = Math.abs(s.getZ()) < 0.9 ? Vector3D.PLUS_K : Vector3D.PLUS_I;
        Vector3D lx = Vector3D.crossProduct(a, s).normalize();
        Vector3D ly = Vector3D.crossProduct(s, lx);
        // x, y in [-1, 1] across the focus; depth (r - s·q) / (r + reach) in [0, 1], 0 toward the Sun.
        Matrix4 light01 = Matrix4.ofRows(
                lx.getX() / r, lx.getY() / r, lx.getZ() / r, -lx.dotProduct(c) / r,
                ly.getX() / r, ly.getY() / r, ly.getZ() / r, -ly.dotProduct(c) / r,
                -s.getX() / (r + reach), -s.getY() / (r + reach), -s.getZ() / (r + reach), (r + s.dotProduct(c)) / (r + reach),
                0, 0, 0, 1);
        Matrix4 lightClip = clipControl ? light01
                : Matrix4.ofRows(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 2, -1, 0, 0, 0, 1).times(light01);
        Matrix4 lookup = Matrix4.ofRows(0.5, 0, 0, 0.5, 0, 0.5, 0, 0.5, 0, 0, 1, 0, 0, 0, 0, 1).times(light01);
        double texel = 2 * r / map.side;

        glBindFramebuffer(GL_FRAMEBUFFER, map.fbo);
        glViewport(0, 0, map.side, map.side);
        glDisable(GL_CULL_FACE);
        glDisable(GL_BLEND);
        glEnable(GL_DEPTH_TEST);
        glDepthMask(true);
        glDepthFunc(GL_LESS);
        glClearDepthf(1);
        glClear(GL_DEPTH_BUFFER_BIT);
        glEnable(GL_POLYGON_OFFSET_FILL);
        glPolygonOffset(1.5f, 2f);
        meshDepthProgram.use();
        meshDepthProgram.set("uViewProj", lightClip);
        for (Body body : scene.bodies()) {
            if (body.castsShadow()) {
                drawBody(meshDepthProgram, body, eye, false);
            }
        }
        if (terrain != null && options.terrainCastsShadows()) {
            terrainDepthProgram.use();
            terrainDepthProgram.set("uViewProj", lightClip);
            terrain.bindTextures();
            terrain.draw(terrainDepthProgram, lightClip, eye, 0, 0, texel);
        }
        glDisable(GL_POLYGON_OFFSET_FILL);
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        return new ShadowSetup(lookup, texel);
    }

    private void drawBody(ShaderProgram p, Body body, Vector3D eye, boolean shaded) {
        GpuMesh gpu = meshes.computeIfAbsent(body.mesh(), GpuMesh::new);
        Matrix4 model = Matrix4.model(body.pose().position().subtract(eye), body.pose().attitude(), body.scale());
        p.set("uModel", model);
        if (shaded) {
            p.setMatrix3("uNormalMatrix", model.normalMatrix());
            Rgb a = body.material().albedo();
            p.set("uAlbedo", a.r(), a.g(), a.b());
            p.set("uEmissive", body.material().emissive() ? 1 : 0);
            p.set("uTranslucency", body.material().translucency());
            Texture t = body.material().texture();
            glActiveTexture(GL_TEXTURE0);
            if (t != null) {
                int id = textures.computeIfAbsent(t, tex -> GpuTextures.srgba(tex.width(), tex.height(), tex.rgba(), true, 4));
                glBindTexture(GL_TEXTURE_2D, id);
                p.set("uTextured", 1);
            } else {
                glBindTexture(GL_TEXTURE_2D, whiteTexture);
                p.set("uTextured", 0);
            }
        }
        gpu.draw();
    }

    /** Frees every GPU resource and the context. Call from the thread that created the renderer. */
    @Override
    public void close() {
        context.checkThread();
        for (GpuMesh m : meshes.values()) {
            m.close();
        }
        for (int t : textures.values()) {
            glDeleteTextures(t);
        }
        for (GpuTerrain t : terrains.values()) {
            t.close();
        }
        meshes.clear();
        textures.clear();
        terrains.clear();
        targets.values().forEach(RenderTarget::close);
        targets.clear();
        shadowMaps.values().forEach(ShadowMap::close);
        shadowMaps.clear();
        for (ShaderProgram p : List.of(meshProgram, meshDepthProgram, terrainProgram, terrainDepthProgram)) {
            p.close();
        }
        sky.close();
        overlays.close();
        glDeleteTextures(whiteTexture);
        context.close();
    }
}
