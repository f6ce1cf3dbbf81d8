package org.skycrane.render.gl;

import static org.lwjgl.opengles.GLES30.GL_ARRAY_BUFFER;
import static org.lwjgl.opengles.GLES30.GL_BLEND;
import static org.lwjgl.opengles.GLES30.GL_FLOAT;
import static org.lwjgl.opengles.GLES30.GL_LINE_STRIP;
import static org.lwjgl.opengles.GLES30.GL_ONE_MINUS_SRC_ALPHA;
import static org.lwjgl.opengles.GLES30.GL_POINTS;
import static org.lwjgl.opengles.GLES30.GL_SRC_ALPHA;
import static org.lwjgl.opengles.GLES30.GL_STREAM_DRAW;
import static org.lwjgl.opengles.GLES30.glBindBuffer;
import static org.lwjgl.opengles.GLES30.glBindVertexArray;
import static org.lwjgl.opengles.GLES30.glBlendFunc;
import static org.lwjgl.opengles.GLES30.glBufferData;
import static org.lwjgl.opengles.GLES30.glDeleteBuffers;
import static org.lwjgl.opengles.GLES30.glDeleteVertexArrays;
import static org.lwjgl.opengles.GLES30.glDepthMask;
import static org.lwjgl.opengles.GLES30.glDisable;
import static org.lwjgl.opengles.GLES30.glDisableVertexAttribArray;
import static org.lwjgl.opengles.GLES30.glDrawArrays;
import static org.lwjgl.opengles.GLES30.glEnable;
import static org.lwjgl.opengles.GLES30.glEnableVertexAttribArray;
import static org.lwjgl.opengles.GLES30.glGenBuffers;
import static org.lwjgl.opengles.GLES30.glGenVertexArrays;
import static org.lwjgl.opengles.GLES30.glLineWidth;
import static org.lwjgl.opengles.GLES30.glVertexAttribPointer;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.lwjgl.system.MemoryUtil;
import org.skycrane.render.camera.PinholeCamera;
import org.skycrane.render.scene.Particles;
import org.skycrane.render.scene.Polyline;
import org.skycrane.render.scene.Rgb;
import org.skycrane.render.scene.Scene;

/** Cables (lines a fixed number of pixels wide) and dust (blended point sprites, far ones first). */
final class OverlayPass implements AutoCloseable {

    private final ShaderProgram lineProgram = new ShaderProgram("lines", Shaders.LINE_VERTEX, Shaders.LINE_FRAGMENT,
            "aPos");
    private final ShaderProgram particleProgram = new ShaderProgram("particles", Shaders.PARTICLE_VERTEX,
            Shaders.PARTICLE_FRAGMENT, "aPos", "aSizeAlpha");
    private final int dynamicVao = glGenVertexArrays();
    private final int dynamicVbo = glGenBuffers();

    OverlayPass() {
        for (ShaderProgram p : List.of(lineProgram, particleProgram)) {
            p.use();
            p.set("uShadowMap", 1);
        }
    }

    void drawLines(Scene scene, PinholeCamera camera, Matrix4 viewProj, ShadowSetup shadow) {
        lineProgram.use();
        Lights.set(lineProgram, scene, camera, shadow);
        lineProgram.set("uViewProj", viewProj);
        for (Polyline line : scene.lines()) {
            drawLine(line, camera.position());
        }
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

    void drawParticles(Scene scene, PinholeCamera camera, Matrix4 viewProj, ShadowSetup shadow) {
        particleProgram.use();
        Lights.set(particleProgram, scene, camera, shadow);
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

    @Override
    public void close() {
        lineProgram.close();
        particleProgram.close();
        glDeleteBuffers(dynamicVbo);
        glDeleteVertexArrays(dynamicVao);
    }
}
