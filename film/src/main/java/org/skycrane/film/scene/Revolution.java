package org.skycrane.film.scene;

import org.skycrane.render.scene.Mesh;
import org.skycrane.render.scene.MeshBuilder;

/**
 * Surfaces of revolution about body +Z from a profile of (radius, height, v) points, with the
 * render module's texture convention: u = azimuth / 2π from +X toward +Y (clockwise as seen from
 * below, looking up +Z), v as given per profile point.
 */
final class Revolution {

    private Revolution() {
    }

    /**
     * @param radius   profile radii (m)
     * @param height   profile heights along +Z (m)
     * @param v        texture coordinate of each profile point
     * @param segments facets round the axis
     */
    static Mesh of(double[] radius, double[] height, double[] v, int segments) {
        MeshBuilder b = new MeshBuilder();
        int n = radius.length;
        int[][] index = new int[n][segments + 1];
        for (int i = 0; i < n; i++) {
            // profile tangent, for the normal (pointing away from the axis side the profile bends from)
            int i0 = Math.max(0, i - 1);
            int i1 = Math.min(n - 1, i + 1);
            double dr = radius[i1] - radius[i0];
            double dz = height[i1] - height[i0];
            double len = Math.hypot(dr, dz);
            double nr = len > 0 ? dz / len : 1;
            double nz = len > 0 ? -dr / len : 0;
            for (int k = 0; k <= segments; k++) {
                double u = k / (double) segments;
                double az = 2 * Math.PI * u;
                double c = Math.cos(az);
                double s = Math.sin(az);
                index[i][k] = b.vertex(radius[i] * c, radius[i] * s, height[i], nr * c, nr * s, nz, u, v[i]);
            }
        }
        for (int i = 0; i + 1 < n; i++) {
            for (int k = 0; k < segments; k++) {
                b.quad(index[i][k], index[i][k + 1], index[i + 1][k + 1], index[i + 1][k]);
            }
        }
        return b.build();
    }
}
