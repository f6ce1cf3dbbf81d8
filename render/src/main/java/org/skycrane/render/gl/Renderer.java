package org.skycrane.render.gl;

import static org.lwjgl.opengles.GLES30.*;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.lwjgl.opengles.EXTClipControl;
import org.lwjgl.system.MemoryUtil;
import org.skycrane.render.camera.PinholeCamera;
import org.skycrane.render.scene.Body;
import org.skycrane.render.scene.HeightField;
import org.skycrane.render.scene.Lighting;
import org.skycrane.render.scene.MarsSky;
import org.skycrane.render.scene.Mesh;
import org.skycrane.render.scene.Particles;
import org.skycrane.render.scene.Polyline;
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
     * @param shadowMapSize       shadow map side (texels)
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
         * No anti-aliasing (4× costs 2 to 3 times the time on llvmpipe), a 2048² shadow map, terrain
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
    private final ShaderProgram skyProgram;
    private final ShaderProgram particleProgram;
    private final ShaderProgram lineProgram;
    private final Map<Mesh, GpuMesh> meshes = new IdentityHashMap<>();
    private final Map<Texture, Integer> textures = new IdentityHashMap<>();
    private final Map<HeightField, GpuTerrain> terrains = new IdentityHashMap<>();
    private final int emptyVao;
    private final int dynamicVao;
    private final int dynamicVbo;
    private final int shadowFbo;
    private final int shadowTexture;
    private final int whiteTexture;
    private Target target;
    private ByteBuffer readBuffer;
    private byte[] readBytes;
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
            skyProgram = new ShaderProgram("sky", Shaders.SKY_VERTEX, Shaders.SKY_FRAGMENT);
            particleProgram = new ShaderProgram("particles", Shaders.PARTICLE_VERTEX, Shaders.PARTICLE_FRAGMENT, "aPos",
                    "aSizeAlpha");
            lineProgram = new ShaderProgram("lines", Shaders.LINE_VERTEX, Shaders.LINE_FRAGMENT, "aPos");
            for (ShaderProgram p : List.of(meshProgram, terrainProgram, particleProgram, lineProgram)) {
                p.use();
                p.set("uTexture", 0);
                p.set("uAlbedoMap", 0);
                p.set("uShadowMap", 1);
                p.set("uNormalMap", 2);
                p.set("uHeights", 3);
            }
            terrainDepthProgram.use();
            terrainDepthProgram.set("uHeights", 3);
            emptyVao = glGenVertexArrays();
            dynamicVao = glGenVertexArrays();
            dynamicVbo = glGenBuffers();
            shadowTexture = glGenTextures();
            glBindTexture(GL_TEXTURE_2D, shadowTexture);
            glTexStorage2D(GL_TEXTURE_2D, 1, GL_DEPTH_COMPONENT32F, options.shadowMapSize(), options.shadowMapSize());
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_COMPARE_MODE, GL_COMPARE_REF_TO_TEXTURE);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_COMPARE_FUNC, GL_LEQUAL);
            shadowFbo = glGenFramebuffers();
            glBindFramebuffer(GL_FRAMEBUFFER, shadowFbo);
            glFramebufferTexture2D(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_TEXTURE_2D, shadowTexture, 0);
            glDrawBuffers(GL_NONE);
            glReadBuffer(GL_NONE);
            Target.check("shadow map");
            glBindFramebuffer(GL_FRAMEBUFFER, 0);
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

        ShadowSetup shadow = shadowPass(scene, eye, terrain);

        if (target == null || target.width != camera.width() || target.height != camera.height()) {
            if (target != null) {
                target.close();
            }
            target = new Target(camera.width(), camera.height(), options.samples());
            if (readBuffer != null) {
                MemoryUtil.memFree(readBuffer);
            }
            readBuffer = MemoryUtil.memAlloc(camera.width() * camera.height() * 4);
            readBytes = new byte[camera.width() * camera.height() * 4];
        }
        glBindFramebuffer(GL_FRAMEBUFFER, target.drawFbo);
        glViewport(0, 0, camera.width(), camera.height());
        glDisable(GL_CULL_FACE);
        glDisable(GL_BLEND);
        glDepthMask(true);
        glClearColor(0, 0, 0, 1);
        glClearDepthf(0);
        glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
        glActiveTexture(GL_TEXTURE1);
        glBindTexture(GL_TEXTURE_2D, shadowTexture);
        glActiveTexture(GL_TEXTURE0);

        glEnable(GL_DEPTH_TEST);
        glDepthFunc(GL_GREATER);
        if (terrain != null) {
            terrainProgram.use();
            setLight(terrainProgram, scene, camera, shadow);
            terrainProgram.set("uViewProj", viewProj);
            terrain.bindTextures();
            terrain.draw(terrainProgram, viewProj, eye, camera.focalLength(), options.terrainPixelError(), 0);
            lastTriangles = terrain.lastTriangles();
        } else {
            lastTriangles = 0;
        }
        meshProgram.use();
        setLight(meshProgram, scene, camera, shadow);
        meshProgram.set("uViewProj", viewProj);
        for (Body body : scene.bodies()) {
            drawBody(meshProgram, body, eye, true);
        }
        if (!scene.lines().isEmpty()) {
            lineProgram.use();
            setLight(lineProgram, scene, camera, shadow);
            lineProgram.set("uViewProj", viewProj);
            for (Polyline line : scene.lines()) {
                drawLine(line, eye);
            }
        }
        if (scene.sky() != null) {
            // After the opaque geometry, at depth 0 (infinitely far): drawn only where nothing else is.
            drawSky(scene.sky(), scene.lighting(), camera);
        }
        if (!scene.particles().isEmpty()) {
            drawParticles(scene, camera, viewProj, shadow);
        }
        glDisable(GL_DEPTH_TEST);
        target.resolve();
        glBindFramebuffer(GL_READ_FRAMEBUFFER, target.readFbo);
        glPixelStorei(GL_PACK_ALIGNMENT, 1);
        readBuffer.clear();
        glReadPixels(0, 0, camera.width(), camera.height(), GL_RGBA, GL_UNSIGNED_BYTE, readBuffer);
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        int error = glGetError();
        if (error != GL_NO_ERROR) {
            throw new IllegalStateException("OpenGL error 0x" + Integer.toHexString(error) + " while rendering");
        }
        readBuffer.get(readBytes).clear();
        return readBytes;
    }

    /** The light-space matrix that maps camera-relative points to shadow-map [0, 1]³, and the texel size (m). */
    private record ShadowSetup(Matrix4 lookup, double texel) {
    }

    private ShadowSetup shadowPass(Scene scene, Vector3D eye, GpuTerrain terrain) {
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
        double texel = 2 * r / options.shadowMapSize();

        glBindFramebuffer(GL_FRAMEBUFFER, shadowFbo);
        glViewport(0, 0, options.shadowMapSize(), options.shadowMapSize());
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

    private void setLight(ShaderProgram p, Scene scene, PinholeCamera camera, ShadowSetup shadow) {
        Lighting l = scene.lighting();
        Vector3D s = l.sunDirection();
        p.set("uSunDir", s.getX(), s.getY(), s.getZ());
        p.set("uSunColor", l.sun().r(), l.sun().g(), l.sun().b());
        p.set("uAmbient", l.ambient().r(), l.ambient().g(), l.ambient().b());
        p.set("uShadowOn", shadow == null ? 0 : 1);
        if (shadow != null) {
            p.set("uLightMatrix", shadow.lookup());
            p.set("uShadowTexel", shadow.texel());
        }
        MarsSky sky = scene.sky();
        p.set("uHazeTau", sky == null ? 0 : sky.opticalDepth());
        if (sky != null) {
            p.set("uHazeColor", sky.horizon().r(), sky.horizon().g(), sky.horizon().b());
        }
        p.set("uHazeH", MarsSky.DUST_SCALE_HEIGHT);
        p.set("uCamZ", camera.position().getZ());
        p.set("uExposure", camera.exposure());
    }

    private void drawSky(MarsSky sky, Lighting lighting, PinholeCamera camera) {
        glEnable(GL_DEPTH_TEST);
        glDepthFunc(GL_GEQUAL);
        glDepthMask(false);
        skyProgram.use();
        Vector3D x = camera.attitude().applyTo(Vector3D.PLUS_I);
        Vector3D y = camera.attitude().applyTo(Vector3D.PLUS_J);
        Vector3D z = camera.attitude().applyTo(Vector3D.PLUS_K);
        skyProgram.setMatrix3("uCamToLocal", new float[] {
            (float) x.getX(), (float) x.getY(), (float) x.getZ(),
            (float) y.getX(), (float) y.getY(), (float) y.getZ(),
            (float) z.getX(), (float) z.getY(), (float) z.getZ()});
        skyProgram.set("uIntrinsics", camera.focalLength(), 0.5 * camera.width(), 0.5 * camera.height(), camera.height());
        skyProgram.set("uHorizon", sky.horizon().r(), sky.horizon().g(), sky.horizon().b());
        skyProgram.set("uZenith", sky.zenith().r(), sky.zenith().g(), sky.zenith().b());
        skyProgram.set("uTau", sky.opticalDepth());
        skyProgram.set("uHorizonAirmass", MarsSky.HORIZON_AIRMASS);
        Vector3D s = lighting.sunDirection();
        skyProgram.set("uSunDir", s.getX(), s.getY(), s.getZ());
        // The aureole and the disk take the sunlight's colour, scaled to the horizon's luminance.
        Rgb sun = lighting.sun();
        double sunLuma = 0.2126 * sun.r() + 0.7152 * sun.g() + 0.0722 * sun.b();
        double horizonLuma = 0.2126 * sky.horizon().r() + 0.7152 * sky.horizon().g() + 0.0722 * sky.horizon().b();
        double k = sunLuma > 0 ? 1 / sunLuma : 0;
        skyProgram.set("uAureoleColor", sun.r() * k * horizonLuma * sky.aureole(), sun.g() * k * horizonLuma * sky.aureole(),
                sun.b() * k * horizonLuma * sky.aureole());
        skyProgram.set("uAureoleWidth", sky.aureoleWidth());
        skyProgram.set("uSunDisk", sun.r() * k * sky.sunRadiance(), sun.g() * k * sky.sunRadiance(),
                sun.b() * k * sky.sunRadiance());
        skyProgram.set("uCosSunRadius", Math.cos(sky.sunAngularRadius()));
        skyProgram.set("uExposure", camera.exposure());
        glBindVertexArray(emptyVao);
        glDrawArrays(GL_TRIANGLES, 0, 3);
        glBindVertexArray(0);
        glDepthMask(true);
        glDepthFunc(GL_GREATER);
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

    private void drawLine(Polyline line, Vector3D eye) {
        List<Vector3D> points = line.points();
        FloatBuffer b = MemoryUtil.memAllocFloat(points.size() * 3);
        try {
            for (Vector3D q : points) {
                b.put((float) (q.getX() - eye.getX())).put((float) (q.getY() - eye.getY())).put((float) (q.getZ() - eye.getZ()));
            }
            b.flip();
            glBindVertexArray(dynamicVao);
            glBindBuffer(GL_ARRAY_BUFFER, dynamicVbo);
            glBufferData(GL_ARRAY_BUFFER, b, GL_STREAM_DRAW);
            glEnableVertexAttribArray(0);
            glVertexAttribPointer(0, 3, GL_FLOAT, false, 3 * Float.BYTES, 0);
            glDisableVertexAttribArray(1);
            lineProgram.set("uAlbedo", line.albedo().r(), line.albedo().g(), line.albedo().b());
            glLineWidth((float) line.widthPixels());
            glDrawArrays(GL_LINE_STRIP, 0, points.size());
            glLineWidth(1f);
            glBindVertexArray(0);
        } finally {
            MemoryUtil.memFree(b);
        }
    }

    private void drawParticles(Scene scene, PinholeCamera camera, Matrix4 viewProj, ShadowSetup shadow) {
        particleProgram.use();
        setLight(particleProgram, scene, camera, shadow);
        particleProgram.set("uViewProj", viewProj);
        particleProgram.set("uFocal", camera.focalLength());
        glEnable(GL_BLEND);
        glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
        glDepthMask(false);
        Vector3D eye = camera.position();
        for (Particles cloud : scene.particles()) {
            int n = cloud.count();
            double[] pos = cloud.positions();
            double[] d = cloud.diameters();
            double[] o = cloud.opacities();
            // Far puffs first, so that "over" blending stacks them correctly.
            List<double[]> order = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                double x = pos[3 * i] - eye.getX();
                double y = pos[3 * i + 1] - eye.getY();
                double z = pos[3 * i + 2] - eye.getZ();
                order.add(new double[] {x * x + y * y + z * z, x, y, z, d[i], o[i]});
            }
            order.sort((p, q) -> Double.compare(q[0], p[0]));
            FloatBuffer b = MemoryUtil.memAllocFloat(n * 5);
            try {
                for (double[] p : order) {
                    b.put((float) p[1]).put((float) p[2]).put((float) p[3]).put((float) p[4]).put((float) p[5]);
                }
                b.flip();
                glBindVertexArray(dynamicVao);
                glBindBuffer(GL_ARRAY_BUFFER, dynamicVbo);
                glBufferData(GL_ARRAY_BUFFER, b, GL_STREAM_DRAW);
                glEnableVertexAttribArray(0);
                glVertexAttribPointer(0, 3, GL_FLOAT, false, 5 * Float.BYTES, 0);
                glEnableVertexAttribArray(1);
                glVertexAttribPointer(1, 2, GL_FLOAT, false, 5 * Float.BYTES, 3L * Float.BYTES);
                Rgb a = cloud.albedo();
                particleProgram.set("uAlbedo", a.r(), a.g(), a.b());
                glDrawArrays(GL_POINTS, 0, n);
                glBindVertexArray(0);
            } finally {
                MemoryUtil.memFree(b);
            }
        }
        glDepthMask(true);
        glDisable(GL_BLEND);
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
        if (target != null) {
            target.close();
        }
        if (readBuffer != null) {
            MemoryUtil.memFree(readBuffer);
        }
        for (ShaderProgram p : List.of(meshProgram, meshDepthProgram, terrainProgram, terrainDepthProgram, skyProgram,
                particleProgram, lineProgram)) {
            p.close();
        }
        glDeleteTextures(shadowTexture);
        glDeleteTextures(whiteTexture);
        glDeleteFramebuffers(shadowFbo);
        glDeleteBuffers(dynamicVbo);
        glDeleteVertexArrays(dynamicVao);
        glDeleteVertexArrays(emptyVao);
        context.close();
    }

    /** The colour + depth framebuffer drawn into (multisampled when asked) and the one read back. */
    private static final class Target implements AutoCloseable {
        final int width;
        final int height;
        final int drawFbo;
        final int readFbo;
        private final int[] renderbuffers;

        Target(int width, int height, int samples) {
            this.width = width;
            this.height = height;
            int colour = glGenRenderbuffers();
            glBindRenderbuffer(GL_RENDERBUFFER, colour);
            glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples > 1 ? samples : 0, GL_SRGB8_ALPHA8, width, height);
            int depth = glGenRenderbuffers();
            glBindRenderbuffer(GL_RENDERBUFFER, depth);
            glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples > 1 ? samples : 0, GL_DEPTH_COMPONENT32F, width, height);
            drawFbo = glGenFramebuffers();
            glBindFramebuffer(GL_FRAMEBUFFER, drawFbo);
            glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colour);
            glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, depth);
            check("camera framebuffer");
            if (samples > 1) {
                int resolved = glGenRenderbuffers();
                glBindRenderbuffer(GL_RENDERBUFFER, resolved);
                glRenderbufferStorage(GL_RENDERBUFFER, GL_SRGB8_ALPHA8, width, height);
                readFbo = glGenFramebuffers();
                glBindFramebuffer(GL_FRAMEBUFFER, readFbo);
                glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, resolved);
                check("resolve framebuffer");
                renderbuffers = new int[] {colour, depth, resolved};
            } else {
                readFbo = drawFbo;
                renderbuffers = new int[] {colour, depth};
            }
            glBindFramebuffer(GL_FRAMEBUFFER, 0);
        }

        static void check(String what) {
            int status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
            if (status != GL_FRAMEBUFFER_COMPLETE) {
                throw new IllegalStateException(what + " incomplete: 0x" + Integer.toHexString(status));
            }
        }

        void resolve() {
            if (readFbo != drawFbo) {
                glBindFramebuffer(GL_READ_FRAMEBUFFER, drawFbo);
                glBindFramebuffer(GL_DRAW_FRAMEBUFFER, readFbo);
                glBlitFramebuffer(0, 0, width, height, 0, 0, width, height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
            }
        }

        @Override
        public void close() {
            glDeleteFramebuffers(drawFbo);
            if (readFbo != drawFbo) {
                glDeleteFramebuffers(readFbo);
            }
            for (int rb : renderbuffers) {
                glDeleteRenderbuffers(rb);
            }
        }
    }
}
