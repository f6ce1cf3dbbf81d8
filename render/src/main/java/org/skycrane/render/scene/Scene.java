package org.skycrane.render.scene;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * Everything one frame shows, in one local metric frame (east-north-up is the natural choice: the
 * sky and the haze take +Z as up). Immutable; build a new one per frame (cheap: meshes, textures and
 * terrain are shared by reference and stay on the GPU).
 *
 * @param terrain     the ground, or {@code null}
 * @param bodies      solids
 * @param particles   dust clouds
 * @param lines       cables and other thin lines
 * @param lighting    Sun and ambient light
 * @param sky         the sky, or {@code null} for a black background with no haze
 * @param shadowFocus the sphere whose contents cast shadows into the shadow map, or {@code null} to
 *                    take the sphere holding every shadow-casting body (see {@link ShadowFocus})
 */
public record Scene(HeightField terrain, List<Body> bodies, List<Particles> particles, List<Polyline> lines,
                    Lighting lighting, MarsSky sky, ShadowFocus shadowFocus) {

    public Scene {
        bodies = List.copyOf(bodies);
        particles = List.copyOf(particles);
        lines = List.copyOf(lines);
        Objects.requireNonNull(lighting, "lighting");
    }

    /** A new scene builder. */
    public static Builder builder(Lighting lighting) {
        return new Builder(lighting);
    }

    /**
     * The sphere the shadow map covers (m). Shadows are cast by what lies inside it onto anything
     * in the column behind it away from the Sun; its radius sets the shadow's sharpness (shadow-map
     * texel = 2 radius / map size).
     *
     * @param centre local-frame centre (m)
     * @param radius radius (m, &gt; 0)
     */
    public record ShadowFocus(Vector3D centre, double radius) {
        public ShadowFocus {
            Objects.requireNonNull(centre, "centre");
            if (!(radius > 0)) {
                throw new IllegalArgumentException("shadow focus radius must be positive (m): " + radius);
            }
        }
    }

    /** The shadow focus: the given one, or the smallest sphere about the casters' centroid holding them, or null. */
    public ShadowFocus effectiveShadowFocus() {
        if (shadowFocus != null) {
            return shadowFocus;
        }
        List<Body> casters = bodies.stream().filter(Body::castsShadow).toList();
        if (casters.isEmpty()) {
            return null;
        }
        Vector3D c = Vector3D.ZERO;
        for (Body b : casters) {
            c = c.add(b.pose().position());
        }
        c = c.scalarMultiply(1.0 / casters.size());
        double r = 0;
        for (Body b : casters) {
            r = Math.max(r, Vector3D.distance(c, b.pose().position()) + b.boundingRadius());
        }
        return new ShadowFocus(c, Math.max(r, 1e-3));
    }

    /** Collects a scene's parts. */
    public static final class Builder {
        private final Lighting lighting;
        private HeightField terrain;
        private MarsSky sky;
        private ShadowFocus shadowFocus;
        private final List<Body> bodies = new ArrayList<>();
        private final List<Particles> particles = new ArrayList<>();
        private final List<Polyline> lines = new ArrayList<>();

        private Builder(Lighting lighting) {
            this.lighting = Objects.requireNonNull(lighting, "lighting");
        }

        public Builder terrain(HeightField field) {
            this.terrain = field;
            return this;
        }

        public Builder sky(MarsSky marsSky) {
            this.sky = marsSky;
            return this;
        }

        public Builder shadowFocus(Vector3D centre, double radius) {
            this.shadowFocus = new ShadowFocus(centre, radius);
            return this;
        }

        public Builder add(Body body) {
            bodies.add(Objects.requireNonNull(body, "body"));
            return this;
        }

        public Builder add(Particles cloud) {
            particles.add(Objects.requireNonNull(cloud, "particles"));
            return this;
        }

        public Builder add(Polyline line) {
            lines.add(Objects.requireNonNull(line, "line"));
            return this;
        }

        public Scene build() {
            return new Scene(terrain, bodies, particles, lines, lighting, sky, shadowFocus);
        }
    }
}
