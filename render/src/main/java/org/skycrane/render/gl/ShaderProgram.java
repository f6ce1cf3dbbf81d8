package org.skycrane.render.gl;

import static org.lwjgl.opengles.GLES30.GL_COMPILE_STATUS;
import static org.lwjgl.opengles.GLES30.GL_FALSE;
import static org.lwjgl.opengles.GLES30.GL_FRAGMENT_SHADER;
import static org.lwjgl.opengles.GLES30.GL_LINK_STATUS;
import static org.lwjgl.opengles.GLES30.GL_VERTEX_SHADER;
import static org.lwjgl.opengles.GLES30.glAttachShader;
import static org.lwjgl.opengles.GLES30.glBindAttribLocation;
import static org.lwjgl.opengles.GLES30.glCompileShader;
import static org.lwjgl.opengles.GLES30.glCreateProgram;
import static org.lwjgl.opengles.GLES30.glCreateShader;
import static org.lwjgl.opengles.GLES30.glDeleteProgram;
import static org.lwjgl.opengles.GLES30.glDeleteShader;
import static org.lwjgl.opengles.GLES30.glGetProgramInfoLog;
import static org.lwjgl.opengles.GLES30.glGetProgrami;
import static org.lwjgl.opengles.GLES30.glGetShaderInfoLog;
import static org.lwjgl.opengles.GLES30.glGetShaderi;
import static org.lwjgl.opengles.GLES30.glGetUniformLocation;
import static org.lwjgl.opengles.GLES30.glLinkProgram;
import static org.lwjgl.opengles.GLES30.glShaderSource;
import static org.lwjgl.opengles.GLES30.glUniform1f;
import static org.lwjgl.opengles.GLES30.glUniform1i;
import static org.lwjgl.opengles.GLES30.glUniform2f;
import static org.lwjgl.opengles.GLES30.glUniform2i;
import static org.lwjgl.opengles.GLES30.glUniform3f;
import static org.lwjgl.opengles.GLES30.glUniform4f;
import static org.lwjgl.opengles.GLES30.glUniformMatrix3fv;
import static org.lwjgl.opengles.GLES30.glUniformMatrix4fv;
import static org.lwjgl.opengles.GLES30.glUseProgram;

import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.Map;
import org.lwjgl.system.MemoryStack;

/** A linked GLSL ES program with cached uniform locations. Fails loudly with the compiler's log. */
final class ShaderProgram implements AutoCloseable {

    final int id;
    private final Map<String, Integer> locations = new HashMap<>();

    ShaderProgram(String name, String vertexSource, String fragmentSource, String... attributes) {
        int vs = compile(name, GL_VERTEX_SHADER, vertexSource);
        int fs = compile(name, GL_FRAGMENT_SHADER, fragmentSource);
        id = glCreateProgram();
        glAttachShader(id, vs);
        glAttachShader(id, fs);
        for (int i = 0; i < attributes.length; i++) {
            glBindAttribLocation(id, i, attributes[i]);
        }
        glLinkProgram(id);
        glDeleteShader(vs);
        glDeleteShader(fs);
        if (glGetProgrami(id, GL_LINK_STATUS) == GL_FALSE) {
            String log = glGetProgramInfoLog(id);
            glDeleteProgram(id);
            throw new IllegalStateException("shader program '" + name + "' failed to link: " + log);
        }
    }

    private static int compile(String name, int type, String source) {
        int shader = glCreateShader(type);
        glShaderSource(shader, source);
        glCompileShader(shader);
        if (glGetShaderi(shader, GL_COMPILE_STATUS) == GL_FALSE) {
            String log = glGetShaderInfoLog(shader);
            glDeleteShader(shader);
            throw new IllegalStateException("shader '" + name + "' (" + (type == GL_VERTEX_SHADER ? "vertex" : "fragment")
                    + ") failed to compile: " + log);
        }
        return shader;
    }

    void use() {
        glUseProgram(id);
    }

    int location(String uniform) {
        return locations.computeIfAbsent(uniform, u -> glGetUniformLocation(id, u));
    }

    void set(String uniform, int value) {
        glUniform1i(location(uniform), value);
    }

    void set(String uniform, double value) {
        glUniform1f(location(uniform), (float) value);
    }

    void set(String uniform, double x, double y) {
        glUniform2f(location(uniform), (float) x, (float) y);
    }

    void set(String uniform, double x, double y, double z) {
        glUniform3f(location(uniform), (float) x, (float) y, (float) z);
    }

    void set(String uniform, double x, double y, double z, double w) {
        glUniform4f(location(uniform), (float) x, (float) y, (float) z, (float) w);
    }

    void setInts(String uniform, int x, int y) {
        glUniform2i(location(uniform), x, y);
    }

    void set(String uniform, Matrix4 matrix) {
        try (MemoryStack stack = MemoryStack.stackPush()) {
            FloatBuffer b = stack.mallocFloat(16);
            glUniformMatrix4fv(location(uniform), false, matrix.put(b));
        }
    }

    void setMatrix3(String uniform, float[] columnMajor) {
        glUniformMatrix3fv(location(uniform), false, columnMajor);
    }

    @Override
    public void close() {
        glDeleteProgram(id);
    }
}
