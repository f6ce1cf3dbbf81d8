package org.skycrane.render.scene;

/**
 * A triangle mesh in its body frame (m), with a normal and texture coordinates per vertex. Immutable:
 * the arrays are copied. The renderer uploads each mesh once and keeps it on the GPU for as long as
 * the renderer lives, keyed by identity, so build a mesh once and reuse the instance from frame to
 * frame; move it with the {@link Pose} of a {@link Body}.
 */
public final class Mesh {

    private final float[] positions;
    private final float[] normals;
    private final float[] uvs;
    private final int[] indices;
    private final double radius;

    /**
     * @param positions x, y, z per vertex (m)
     * @param normals   unit normal per vertex (same length as positions)
     * @param uvs       u, v per vertex (2 values per vertex)
     * @param indices   three vertex indices per triangle, counter-clockwise seen from the front
     */
    public Mesh(float[] positions, float[] normals, float[] uvs, int[] indices) {
        if (positions.length % 3 != 0 || normals.length != positions.length || uvs.length * 3 != positions.length * 2) {
            throw new IllegalArgumentException("mesh arrays disagree: " + positions.length + " position values, "
                    + normals.length + " normal values, " + uvs.length + " uv values");
        }
        if (indices.length % 3 != 0) {
            throw new IllegalArgumentException("indices must come in triangles: " + indices.length);
        }
        int n = positions.length / 3;
        for (int index : indices) {
            if (index < 0 || index >= n) {
                throw new IllegalArgumentException("vertex index out of range [0, " + n + "): " + index);
            }
        }
        this.positions = positions.clone();
        this.normals = normals.clone();
        this.uvs = uvs.clone();
        this.indices = indices.clone();
        double r2 = 0;
        for (int i = 0; i < positions.length; i += 3) {
            r2 = Math.max(r2, positions[i] * positions[i] + positions[i + 1] * positions[i + 1]
                    + positions[i + 2] * positions[i + 2]);
        }
        this.radius = Math.sqrt(r2);
    }

    /** Vertex count. */
    public int vertexCount() {
        return positions.length / 3;
    }

    /** Triangle count. */
    public int triangleCount() {
        return indices.length / 3;
    }

    /** Radius of the sphere about the body origin that holds every vertex (m). */
    public double boundingRadius() {
        return radius;
    }

    /** Interleaved x y z nx ny nz u v per vertex, the layout the renderer uploads. */
    public float[] interleaved() {
        int n = vertexCount();
        float[] out = new float[n * 8];
        for (int i = 0; i < n; i++) {
            System.arraycopy(positions, 3 * i, out, 8 * i, 3);
            System.arraycopy(normals, 3 * i, out, 8 * i + 3, 3);
            System.arraycopy(uvs, 2 * i, out, 8 * i + 6, 2);
        }
        return out;
    }

    /** A copy of the triangle indices. */
    public int[] indices() {
        return indices.clone();
    }
}
