package org.skycrane.render.gl;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.render.camera.PinholeCamera;
import org.skycrane.render.scene.Lighting;
import org.skycrane.render.scene.MarsSky;
import org.skycrane.render.scene.Scene;

/** Sets the uniforms the lit shaders share: Sun, ambient light, shadow lookup, haze and exposure. */
final class Lights {

    private Lights() {
    }

    static void set(ShaderProgram p, Scene scene, PinholeCamera camera, ShadowSetup shadow) {
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
}
