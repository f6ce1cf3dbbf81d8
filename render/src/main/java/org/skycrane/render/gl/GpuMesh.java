package org.skycrane.render.gl;

import static org.lwjgl.opengles.GLES30.GL_ARRAY_BUFFER;
import static org.lwjgl.opengles.GLES30.GL_ELEMENT_ARRAY_BUFFER;
import static org.lwjgl.opengles.GLES30.GL_FLOAT;
import static org.lwjgl.opengles.GLES30.GL_STATIC_DRAW;
import static org.lwjgl.opengles.GLES30.GL_TRIANGLES;
import static org.lwjgl.opengles.GLES30.GL_UNSIGNED_INT;
import static org.lwjgl.opengles.GLES30.glBindBuffer;
import static org.lwjgl.opengles.GLES30.glBindVertexArray;
import static org.lwjgl.opengles.GLES30.glBufferData;
import static org.lwjgl.opengles.GLES30.glDeleteBuffers;
import static org.lwjgl.opengles.GLES30.glDeleteVertexArrays;
import static org.lwjgl.opengles.GLES30.glDrawElements;
import static org.lwjgl.opengles.GLES30.glEnableVertexAttribArray;
import static org.lwjgl.opengles.GLES30.glGenBuffers;
import static org.lwjgl.opengles.GLES30.glGenVertexArrays;
import static org.lwjgl.opengles.GLES30.glVertexAttribPointer;

import org.skycrane.render.scene.Mesh;

/** A {@link Mesh} uploaded once: interleaved position, normal, uv (attributes 0, 1, 2) and 32-bit indices. */
final class GpuMesh implements AutoCloseable {

    private final int vao;
    private final int vbo;
    private final int ibo;
    private final int indexCount;

    GpuMesh(Mesh mesh) {
        vao = glGenVertexArrays();
        glBindVertexArray(vao);
        vbo = glGenBuffers();
        glBindBuffer(GL_ARRAY_BUFFER, vbo);
        glBufferData(GL_ARRAY_BUFFER, mesh.interleaved(), GL_STATIC_DRAW);
        int stride = 8 * Float.BYTES;
        glEnableVertexAttribArray(0);
        glVertexAttribPointer(0, 3, GL_FLOAT, false, stride, 0);
        glEnableVertexAttribArray(1);
        glVertexAttribPointer(1, 3, GL_FLOAT, false, stride, 3L * Float.BYTES);
        glEnableVertexAttribArray(2);
        glVertexAttribPointer(2, 2, GL_FLOAT, false, stride, 6L * Float.BYTES);
        ibo = glGenBuffers();
        glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ibo);
        int[] indices = mesh.indices();
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, indices, GL_STATIC_DRAW);
        indexCount = indices.length;
        glBindVertexArray(0);
    }

    void draw() {
        glBindVertexArray(vao);
        glDrawElements(GL_TRIANGLES, indexCount, GL_UNSIGNED_INT, 0);
        glBindVertexArray(0);
    }

    @Override
    public void close() {
        glDeleteBuffers(vbo);
        glDeleteBuffers(ibo);
        glDeleteVertexArrays(vao);
    }
}
