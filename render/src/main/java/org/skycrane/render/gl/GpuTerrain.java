package org.skycrane.render.gl;

import static org.lwjgl.opengles.GLES30.GL_ARRAY_BUFFER;
import static org.lwjgl.opengles.GLES30.GL_ELEMENT_ARRAY_BUFFER;
import static org.lwjgl.opengles.GLES30.GL_FLOAT;
import static org.lwjgl.opengles.GLES30.GL_STATIC_DRAW;
import static org.lwjgl.opengles.GLES30.GL_TEXTURE0;
import static org.lwjgl.opengles.GLES30.GL_TEXTURE3;
import static org.lwjgl.opengles.GLES30.GL_TEXTURE_2D;
import static org.lwjgl.opengles.GLES30.GL_TRIANGLES;
import static org.lwjgl.opengles.GLES30.GL_UNSIGNED_INT;
import static org.lwjgl.opengles.GLES30.glActiveTexture;
import static org.lwjgl.opengles.GLES30.glBindBuffer;
import static org.lwjgl.opengles.GLES30.glBindTexture;
import static org.lwjgl.opengles.GLES30.glBindVertexArray;
import static org.lwjgl.opengles.GLES30.glBufferData;
import static org.lwjgl.opengles.GLES30.glDeleteBuffers;
import static org.lwjgl.opengles.GLES30.glDeleteTextures;
import static org.lwjgl.opengles.GLES30.glDeleteVertexArrays;
import static org.lwjgl.opengles.GLES30.glDrawElements;
import static org.lwjgl.opengles.GLES30.glEnableVertexAttribArray;
import static org.lwjgl.opengles.GLES30.glGenBuffers;
import static org.lwjgl.opengles.GLES30.glGenVertexArrays;
import static org.lwjgl.opengles.GLES30.glVertexAttribPointer;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.render.scene.HeightField;

/**
 * A {@link HeightField} on the GPU: heights (R32F, fetched per vertex, normals from their central
 * differences at the level's vertex spacing) and albedo (sRGB, mipmapped, sampled per pixel at full
 * resolution). A per-pixel normal map was tried and dropped: texture lookups are the costliest part
 * of the terrain shader on llvmpipe (640×480, 104k triangles, on a shared 2-core machine: a
 * constant colour drew 62 frames/s, one texture lookup 33, the full shader 17 to 23), and it only
 * added shading detail finer than the 6-pixel cells.
 *
 * <p>The field is cut into chunks of {@value #CHUNK} × {@value #CHUNK} cells. Each frame every chunk
 * is culled against the view volume and drawn at the coarsest level k (a vertex every 2^k grid
 * points) whose cells still project to at most the allowed number of pixels at the chunk's nearest
 * distance. All chunks of a level share one vertex grid; the vertex shader reads the heights. Skirts
 * hang from each chunk's edges, as deep as the chunk's height range, to hide the cracks between
 * neighbours drawn at different levels.
 */
final class GpuTerrain implements AutoCloseable {

    static final int CHUNK = 128;
    static final int LEVELS = 6;

    private final HeightField field;
    private final int heightTexture;
    private final int albedoTexture;
    private final int[] vao = new int[LEVELS];
    private final int[] vbo = new int[LEVELS];
    private final int[] ibo = new int[LEVELS];
    private final int[] indexCount = new int[LEVELS];
    private final int[] triangles = new int[LEVELS];
    private final int chunksEast;
    private final int chunksNorth;
    private final float[] minHeight;
    private final float[] maxHeight;
    private long lastTriangles;

    GpuTerrain(HeightField field, double anisotropy) {
        this.field = field;
        int cols = field.columns();
        int rows = field.rows();
        heightTexture = GpuTextures.r32f(cols, rows, field.heights());
        int[] albedo = field.albedos();
        byte[] rgba = new byte[albedo.length * 4];
        for (int i = 0; i < albedo.length; i++) {
            rgba[4 * i] = (byte) (albedo[i] >> 16);
            rgba[4 * i + 1] = (byte) (albedo[i] >> 8);
            rgba[4 * i + 2] = (byte) albedo[i];
            rgba[4 * i + 3] = (byte) 0xFF;
        }
        albedoTexture = GpuTextures.srgba(cols, rows, rgba, false, anisotropy);
        chunksEast = (cols - 2) / CHUNK + 1;
        chunksNorth = (rows - 2) / CHUNK + 1;
        minHeight = new float[chunksEast * chunksNorth];
        maxHeight = new float[chunksEast * chunksNorth];
        for (int cj = 0; cj < chunksNorth; cj++) {
            for (int ci = 0; ci < chunksEast; ci++) {
                float lo = Float.POSITIVE_INFINITY;
                float hi = Float.NEGATIVE_INFINITY;
                for (int j = cj * CHUNK; j <= Math.min((cj + 1) * CHUNK, rows - 1); j++) {
                    for (int i = ci * CHUNK; i <= Math.min((ci + 1) * CHUNK, cols - 1); i++) {
                        float h = (float) field.height(i, j);
                        lo = Math.min(lo, h);
                        hi = Math.max(hi, h);
                    }
                }
                minHeight[cj * chunksEast + ci] = lo;
                maxHeight[cj * chunksEast + ci] = hi;
            }
        }
        for (int k = 0; k < LEVELS; k++) {
            buildLevel(k);
        }
    }

    private void buildLevel(int k) {
        int n = CHUNK >> k;
        int side = n + 1;
        int gridVertices = side * side;
        float[] v = new float[(gridVertices + 4 * side) * 3];
        int p = 0;
        for (int j = 0; j <= n; j++) {
            for (int i = 0; i <= n; i++) {
                v[p++] = i;
                v[p++] = j;
                v[p++] = 0;
            }
        }
        // Skirt vertices: south edge, north edge, west edge, east edge.
        int[][] edge = new int[4][side];
        for (int e = 0; e < 4; e++) {
            for (int t = 0; t <= n; t++) {
                int i = e == 0 || e == 1 ? t : (e == 2 ? 0 : n);
                int j = e == 2 || e == 3 ? t : (e == 0 ? 0 : n);
                edge[e][t] = j * side + i;
                v[p++] = i;
                v[p++] = j;
                v[p++] = 1;
            }
        }
        int quads = n * n + 4 * n;
        int[] idx = new int[quads * 6];
        int q = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int a = j * side + i;
                int b = a + 1;
                int c = a + side + 1;
                int d = a + side;
                idx[q++] = a; idx[q++] = b; idx[q++] = c;
                idx[q++] = a; idx[q++] = c; idx[q++] = d;
            }
        }
        for (int e = 0; e < 4; e++) {
            int skirtBase = gridVertices + e * side;
            for (int t = 0; t < n; t++) {
                int a = edge[e][t];
                int b = edge[e][t + 1];
                int c = skirtBase + t + 1;
                int d = skirtBase + t;
                idx[q++] = a; idx[q++] = b; idx[q++] = c;
                idx[q++] = a; idx[q++] = c; idx[q++] = d;
            }
        }
        vao[k] = glGenVertexArrays();
        glBindVertexArray(vao[k]);
        vbo[k] = glGenBuffers();
        glBindBuffer(GL_ARRAY_BUFFER, vbo[k]);
        glBufferData(GL_ARRAY_BUFFER, v, GL_STATIC_DRAW);
        glEnableVertexAttribArray(0);
        glVertexAttribPointer(0, 3, GL_FLOAT, false, 3 * Float.BYTES, 0);
        ibo[k] = glGenBuffers();
        glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ibo[k]);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, idx, GL_STATIC_DRAW);
        glBindVertexArray(0);
        indexCount[k] = idx.length;
        triangles[k] = idx.length / 3;
    }

    /** Binds the albedo (unit 0) and height (unit 3) textures. */
    void bindTextures() {
        glActiveTexture(GL_TEXTURE0);
        glBindTexture(GL_TEXTURE_2D, albedoTexture);
        glActiveTexture(GL_TEXTURE3);
        glBindTexture(GL_TEXTURE_2D, heightTexture);
        glActiveTexture(GL_TEXTURE0);
    }

    /**
     * Draws the visible chunks with {@code program} (whose uViewProj is already set to
     * {@code viewProj}, camera-relative).
     *
     * @param camera        camera position in the local frame (m)
     * @param pixelsPerMetreAtOneMetre focal length in pixels (perspective), or 0 for a fixed level
     * @param pixelError    largest allowed projected cell size (pixels)
     * @param fixedCellSize for the fixed level: the cell size wanted (m)
     */
    void draw(ShaderProgram program, Matrix4 viewProj, Vector3D camera, double pixelsPerMetreAtOneMetre,
              double pixelError, double fixedCellSize) {
        program.setInts("uGridMax", field.columns() - 1, field.rows() - 1);
        program.set("uPosting", field.posting());
        program.set("uTexelSize", 1.0 / field.columns(), 1.0 / field.rows());
        double posting = field.posting();
        long drawn = 0;
        for (int cj = 0; cj < chunksNorth; cj++) {
            for (int ci = 0; ci < chunksEast; ci++) {
                int c = cj * chunksEast + ci;
                int i0 = ci * CHUNK;
                int j0 = cj * CHUNK;
                double e0 = field.originEast() + i0 * posting - camera.getX();
                double n0 = field.originNorth() + j0 * posting - camera.getY();
                double e1 = field.originEast() + Math.min(i0 + CHUNK, field.columns() - 1) * posting - camera.getX();
                double n1 = field.originNorth() + Math.min(j0 + CHUNK, field.rows() - 1) * posting - camera.getY();
                double skirtFloor = minHeight[c] - (maxHeight[c] - minHeight[c]) - posting * (1 << (LEVELS - 1));
                double z0 = skirtFloor - camera.getZ();
                double z1 = maxHeight[c] - camera.getZ();
                if (outside(viewProj, e0, e1, n0, n1, z0, z1)) {
                    continue;
                }
                int level;
                if (pixelsPerMetreAtOneMetre > 0) {
                    double dx = Math.max(Math.max(e0, -e1), 0);
                    double dy = Math.max(Math.max(n0, -n1), 0);
                    double dz = Math.max(Math.max(minHeight[c] - camera.getZ(), camera.getZ() - maxHeight[c]), 0);
                    double distance = Math.sqrt(dx * dx + dy * dy + dz * dz);
                    double ratio = pixelError * distance / (posting * pixelsPerMetreAtOneMetre);
                    level = ratio < 2 ? 0 : (int) Math.floor(Math.log(ratio) / Math.log(2));
                } else {
                    double ratio = fixedCellSize / posting;
                    level = ratio < 2 ? 0 : (int) Math.floor(Math.log(ratio) / Math.log(2));
                }
                level = Math.min(level, LEVELS - 1);
                program.setInts("uChunkOrigin", i0, j0);
                program.set("uStride", 1 << level);
                program.set("uChunkOffset", e0, n0, -camera.getZ());
                program.set("uSkirt", (maxHeight[c] - minHeight[c]) + posting * (1 << level));
                glBindVertexArray(vao[level]);
                glDrawElements(GL_TRIANGLES, indexCount[level], GL_UNSIGNED_INT, 0);
                drawn += triangles[level];
            }
        }
        glBindVertexArray(0);
        lastTriangles = drawn;
    }

    /** Triangles drawn by the last {@link #draw} call. */
    long lastTriangles() {
        return lastTriangles;
    }

    /** True when the box lies wholly outside one clip plane of {@code m} (−w ≤ x, y ≤ w; 0 ≤ z ≤ w). */
    static boolean outside(Matrix4 m, double x0, double x1, double y0, double y1, double z0, double z1) {
        int[] outsideCount = new int[6];
        for (int corner = 0; corner < 8; corner++) {
            double[] c = m.transform((corner & 1) == 0 ? x0 : x1, (corner & 2) == 0 ? y0 : y1,
                    (corner & 4) == 0 ? z0 : z1);
            double w = c[3];
            if (c[0] < -w) {
                outsideCount[0]++;
            }
            if (c[0] > w) {
                outsideCount[1]++;
            }
            if (c[1] < -w) {
                outsideCount[2]++;
            }
            if (c[1] > w) {
                outsideCount[3]++;
            }
            if (c[2] < 0) {
                outsideCount[4]++;
            }
            if (c[2] > w) {
                outsideCount[5]++;
            }
        }
        for (int count : outsideCount) {
            if (count == 8) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        glDeleteTextures(heightTexture);
        glDeleteTextures(albedoTexture);
        for (int k = 0; k < LEVELS; k++) {
            glDeleteBuffers(vbo[k]);
            glDeleteBuffers(ibo[k]);
            glDeleteVertexArrays(vao[k]);
        }
    }
}
