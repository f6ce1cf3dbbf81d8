package org.skycrane.render.gl;

import static org.lwjgl.opengles.GLES30.GL_DEPTH_TEST;
import static org.lwjgl.opengles.GLES30.GL_GEQUAL;
import static org.lwjgl.opengles.GLES30.GL_GREATER;
import static org.lwjgl.opengles.GLES30.GL_TRIANGLES;
import static org.lwjgl.opengles.GLES30.glBindVertexArray;
import static org.lwjgl.opengles.GLES30.glDeleteVertexArrays;
import static org.lwjgl.opengles.GLES30.glDepthFunc;
import static org.lwjgl.opengles.GLES30.glDepthMask;
import static org.lwjgl.opengles.GLES30.glDrawArrays;
import static org.lwjgl.opengles.GLES30.glEnable;
import static org.lwjgl.opengles.GLES30.glGenVertexArrays;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.render.camera.PinholeCamera;
import org.skycrane.render.scene.Lighting;
import org.skycrane.render.scene.MarsSky;
import org.skycrane.render.scene.Rgb;

/**
 * The sky ({@link MarsSky}) as one screen-covering triangle at depth 0 (infinitely far), drawn after
 * the opaque geometry with depth test GEQUAL, so only where nothing else was drawn. Each pixel's ray
 * comes from the camera's own pinhole model.
 */
final class SkyPass implements AutoCloseable {

    private final ShaderProgram program = new ShaderProgram("sky", Shaders.SKY_VERTEX, Shaders.SKY_FRAGMENT);
    private final int vao = glGenVertexArrays();

    void draw(MarsSky sky, Lighting lighting, PinholeCamera camera) {
        glEnable(GL_DEPTH_TEST);
        glDepthFunc(GL_GEQUAL);
        glDepthMask(false);
        program.use();
        Vector3D x = camera.attitude().applyTo(Vector3D.PLUS_I);
        Vector3D y = camera.attitude().applyTo(Vector3D.PLUS_J);
        Vector3D z = camera.attitude().applyTo(Vector3D.PLUS_K);
        program.setMatrix3("uCamToLocal", new float[] {
            (float) x.getX(), (float) x.getY(), (float) x.getZ(),
            (float) y.getX(), (float) y.getY(), (float) y.getZ(),
            (float) z.getX(), (float) z.getY(), (float) z.getZ()});
        program.set("uIntrinsics", camera.focalLength(), 0.5 * camera.width(), 0.5 * camera.height(), camera.height());
        program.set("uHorizon", sky.horizon().r(), sky.horizon().g(), sky.horizon().b());
        program.set("uZenith", sky.zenith().r(), sky.zenith().g(), sky.zenith().b());
        program.set("uTau", sky.opticalDepth());
        program.set("uHorizonAirmass", MarsSky.HORIZON_AIRMASS);
        Vector3D s = lighting.sunDirection();
        program.set("uSunDir", s.getX(), s.getY(), s.getZ());
        // The aureole and the disk take the sunlight's colour, scaled to the horizon's luminance.
        Rgb sun = lighting.sun();
        double sunLuma = 0.2126 * sun.r() + 0.7152 * sun.g() + 0.0722 * sun.b();
        double horizonLuma = 0.2126 * sky.horizon().r() + 0.7152 * sky.horizon().g() + 0.0722 * sky.horizon().b();
        double k = sunLuma > 0 ? 1 / sunLuma : 0;
        program.set("uAureoleColor", sun.r() * k * horizonLuma * sky.aureole(), sun.g() * k * horizonLuma * sky.aureole(),
                sun.b() * k * horizonLuma * sky.aureole());
        program.set("uAureoleWidth", sky.aureoleWidth());
        program.set("uSunDisk", sun.r() * k * sky.sunRadiance(), sun.g() * k * sky.sunRadiance(),
                sun.b() * k * sky.sunRadiance());
        program.set("uCosSunRadius", Math.cos(sky.sunAngularRadius()));
        program.set("uExposure", camera.exposure());
        glBindVertexArray(vao);
        glDrawArrays(GL_TRIANGLES, 0, 3);
        glBindVertexArray(0);
        glDepthMask(true);
        glDepthFunc(GL_GREATER);
    }

    @Override
    public void close() {
        program.close();
        glDeleteVertexArrays(vao);
    }
}
