package org.skycrane.render.gl;

import static org.lwjgl.opengles.GLES30.GL_CLAMP_TO_EDGE;
import static org.lwjgl.opengles.GLES30.GL_FLOAT;
import static org.lwjgl.opengles.GLES30.GL_LINEAR;
import static org.lwjgl.opengles.GLES30.GL_LINEAR_MIPMAP_LINEAR;
import static org.lwjgl.opengles.GLES30.GL_NEAREST;
import static org.lwjgl.opengles.GLES30.GL_R32F;
import static org.lwjgl.opengles.GLES30.GL_RED;
import static org.lwjgl.opengles.GLES30.GL_REPEAT;
import static org.lwjgl.opengles.GLES30.GL_RGBA;
import static org.lwjgl.opengles.GLES30.GL_RGBA8;
import static org.lwjgl.opengles.GLES30.GL_SRGB8_ALPHA8;
import static org.lwjgl.opengles.GLES30.GL_TEXTURE_2D;
import static org.lwjgl.opengles.GLES30.GL_TEXTURE_MAG_FILTER;
import static org.lwjgl.opengles.GLES30.GL_TEXTURE_MIN_FILTER;
import static org.lwjgl.opengles.GLES30.GL_TEXTURE_WRAP_S;
import static org.lwjgl.opengles.GLES30.GL_TEXTURE_WRAP_T;
import static org.lwjgl.opengles.GLES30.GL_UNPACK_ALIGNMENT;
import static org.lwjgl.opengles.GLES30.GL_UNSIGNED_BYTE;
import static org.lwjgl.opengles.GLES30.glBindTexture;
import static org.lwjgl.opengles.GLES30.glGenTextures;
import static org.lwjgl.opengles.GLES30.glGenerateMipmap;
import static org.lwjgl.opengles.GLES30.glPixelStorei;
import static org.lwjgl.opengles.GLES30.glTexImage2D;
import static org.lwjgl.opengles.GLES30.glTexParameterf;
import static org.lwjgl.opengles.GLES30.glTexParameteri;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import org.lwjgl.opengles.EXTTextureFilterAnisotropic;
import org.lwjgl.opengles.GLES;
import org.lwjgl.system.MemoryUtil;

/** Texture uploads. Large arrays go through off-heap buffers that are freed at once. */
final class GpuTextures {

    private GpuTextures() {
    }

    /** An sRGB + alpha texture from RGBA bytes (rows top to bottom), mipmapped, repeating or clamped. */
    static int srgba(int width, int height, byte[] rgba, boolean repeat, double anisotropy) {
        ByteBuffer buffer = MemoryUtil.memAlloc(rgba.length);
        try {
            buffer.put(rgba).flip();
            return upload(width, height, GL_SRGB8_ALPHA8, GL_RGBA, GL_UNSIGNED_BYTE, buffer, repeat, true, anisotropy);
        } finally {
            MemoryUtil.memFree(buffer);
        }
    }

    /** A linear RGBA8 texture (normals), mipmapped, clamped. */
    static int rgba(int width, int height, ByteBuffer rgba, double anisotropy) {
        return upload(width, height, GL_RGBA8, GL_RGBA, GL_UNSIGNED_BYTE, rgba, false, true, anisotropy);
    }

    /** A single-channel float texture read with texelFetch (no filtering). */
    static int r32f(int width, int height, float[] values) {
        FloatBuffer buffer = MemoryUtil.memAllocFloat(values.length);
        try {
            buffer.put(values).flip();
            int id = glGenTextures();
            glBindTexture(GL_TEXTURE_2D, id);
            glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
            glTexImage2D(GL_TEXTURE_2D, 0, GL_R32F, width, height, 0, GL_RED, GL_FLOAT, buffer);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
            return id;
        } finally {
            MemoryUtil.memFree(buffer);
        }
    }

    private static int upload(int width, int height, int internal, int format, int type, ByteBuffer data,
                              boolean repeat, boolean mipmaps, double anisotropy) {
        int id = glGenTextures();
        glBindTexture(GL_TEXTURE_2D, id);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glTexImage2D(GL_TEXTURE_2D, 0, internal, width, height, 0, format, type, data);
        int wrap = repeat ? GL_REPEAT : GL_CLAMP_TO_EDGE;
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, wrap);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, wrap);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        if (mipmaps) {
            glGenerateMipmap(GL_TEXTURE_2D);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
            if (anisotropy > 1 && GLES.getCapabilities().GL_EXT_texture_filter_anisotropic) {
                glTexParameterf(GL_TEXTURE_2D, EXTTextureFilterAnisotropic.GL_TEXTURE_MAX_ANISOTROPY_EXT, (float) anisotropy);
            }
        } else {
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        }
        return id;
    }
}
