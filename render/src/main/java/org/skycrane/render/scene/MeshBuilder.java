package org.skycrane.render.scene;

import java.util.Arrays;

/** Grows the arrays of a {@link Mesh}; used by {@link Shapes} and open to callers that build their own shapes. */
public final class MeshBuilder {

    private float[] positions = new float[3 * 64];
    private float[] normals = new float[3 * 64];
    private float[] uvs = new float[2 * 64];
    private int[] indices = new int[3 * 64];
    private int vertices;
    private int indexCount;

    /** Adds a vertex and returns its index. The normal is normalised here. */
    public int vertex(double x, double y, double z, double nx, double ny, double nz, double u, double v) {
        if (3 * vertices + 3 > positions.length) {
            positions = Arrays.copyOf(positions, positions.length * 2);
            normals = Arrays.copyOf(normals, normals.length * 2);
            uvs = Arrays.copyOf(uvs, uvs.length * 2);
        }
        double norm = Math.sqrt(nx * nx + ny * ny + nz * nz);
        if (norm == 0) {
            throw new IllegalArgumentException("a vertex normal cannot be zero");
        }
        positions[3 * vertices] = (float) x;
        positions[3 * vertices + 1] = (float) y;
        positions[3 * vertices + 2] = (float) z;
        normals[3 * vertices] = (float) (nx / norm);
        normals[3 * vertices + 1] = (float) (ny / norm);
        normals[3 * vertices + 2] = (float) (nz / norm);
        uvs[2 * vertices] = (float) u;
        uvs[2 * vertices + 1] = (float) v;
        return vertices++;
    }

    /** Adds a triangle (counter-clockwise seen from the side its normals face). */
    public void triangle(int a, int b, int c) {
        if (indexCount + 3 > indices.length) {
            indices = Arrays.copyOf(indices, indices.length * 2);
        }
        indices[indexCount++] = a;
        indices[indexCount++] = b;
        indices[indexCount++] = c;
    }

    /** Adds the quad a b c d (counter-clockwise) as two triangles. */
    public void quad(int a, int b, int c, int d) {
        triangle(a, b, c);
        triangle(a, c, d);
    }

    /** The mesh built so far. */
    public Mesh build() {
        return new Mesh(Arrays.copyOf(positions, 3 * vertices), Arrays.copyOf(normals, 3 * vertices),
                Arrays.copyOf(uvs, 2 * vertices), Arrays.copyOf(indices, indexCount));
    }
}
