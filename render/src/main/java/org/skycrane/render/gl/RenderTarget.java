package org.skycrane.render.gl;

import static org.lwjgl.opengles.GLES30.GL_COLOR_ATTACHMENT0;
import static org.lwjgl.opengles.GLES30.GL_COLOR_BUFFER_BIT;
import static org.lwjgl.opengles.GLES30.GL_DEPTH_ATTACHMENT;
import static org.lwjgl.opengles.GLES30.GL_DEPTH_COMPONENT32F;
import static org.lwjgl.opengles.GLES30.GL_DRAW_FRAMEBUFFER;
import static org.lwjgl.opengles.GLES30.GL_FRAMEBUFFER;
import static org.lwjgl.opengles.GLES30.GL_FRAMEBUFFER_COMPLETE;
import static org.lwjgl.opengles.GLES30.GL_NEAREST;
import static org.lwjgl.opengles.GLES30.GL_PACK_ALIGNMENT;
import static org.lwjgl.opengles.GLES30.GL_READ_FRAMEBUFFER;
import static org.lwjgl.opengles.GLES30.GL_RENDERBUFFER;
import static org.lwjgl.opengles.GLES30.GL_RGBA;
import static org.lwjgl.opengles.GLES30.GL_SRGB8_ALPHA8;
import static org.lwjgl.opengles.GLES30.GL_UNSIGNED_BYTE;
import static org.lwjgl.opengles.GLES30.glBindFramebuffer;
import static org.lwjgl.opengles.GLES30.glBindRenderbuffer;
import static org.lwjgl.opengles.GLES30.glBlitFramebuffer;
import static org.lwjgl.opengles.GLES30.glCheckFramebufferStatus;
import static org.lwjgl.opengles.GLES30.glDeleteFramebuffers;
import static org.lwjgl.opengles.GLES30.glDeleteRenderbuffers;
import static org.lwjgl.opengles.GLES30.glFramebufferRenderbuffer;
import static org.lwjgl.opengles.GLES30.glGenFramebuffers;
import static org.lwjgl.opengles.GLES30.glGenRenderbuffers;
import static org.lwjgl.opengles.GLES30.glPixelStorei;
import static org.lwjgl.opengles.GLES30.glReadPixels;
import static org.lwjgl.opengles.GLES30.glRenderbufferStorage;
import static org.lwjgl.opengles.GLES30.glRenderbufferStorageMultisample;

import java.nio.ByteBuffer;
import org.lwjgl.system.MemoryUtil;

/** The colour + depth framebuffer drawn into (multisampled when asked), the one read back, and the read buffers. */
final class RenderTarget implements AutoCloseable {
    final int width;
    final int height;
    final int drawFbo;
    final int readFbo;
    private final int[] renderbuffers;
    private final ByteBuffer readBuffer;
    private final byte[] readBytes;

    RenderTarget(int width, int height, int samples) {
        this.width = width;
        this.height = height;
        int colour = glGenRenderbuffers();
        glBindRenderbuffer(GL_RENDERBUFFER, colour);
        glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples > 1 ? samples : 0, GL_SRGB8_ALPHA8, width, height);
        int depth = glGenRenderbuffers();
        glBindRenderbuffer(GL_RENDERBUFFER, depth);
        glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples > 1 ? samples : 0, GL_DEPTH_COMPONENT32F, width, height);
        drawFbo = glGenFramebuffers();
        glBindFramebuffer(GL_FRAMEBUFFER, drawFbo);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colour);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, depth);
        check("camera framebuffer");
        if (samples > 1) {
            int resolved = glGenRenderbuffers();
            glBindRenderbuffer(GL_RENDERBUFFER, resolved);
            glRenderbufferStorage(GL_RENDERBUFFER, GL_SRGB8_ALPHA8, width, height);
            readFbo = glGenFramebuffers();
            glBindFramebuffer(GL_FRAMEBUFFER, readFbo);
            glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, resolved);
            check("resolve framebuffer");
            renderbuffers = new int[] {colour, depth, resolved};
        } else {
            readFbo = drawFbo;
            renderbuffers = new int[] {colour, depth};
        }
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        readBuffer = MemoryUtil.memAlloc(width * height * 4);
        readBytes = new byte[width * height * 4];
    }

    /** The resolved picture's RGBA bytes, rows from the bottom (GL order), in an array reused by the next read. */
    byte[] read() {
        glBindFramebuffer(GL_READ_FRAMEBUFFER, readFbo);
        glPixelStorei(GL_PACK_ALIGNMENT, 1);
        readBuffer.clear();
        glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, readBuffer);
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        readBuffer.get(readBytes).clear();
        return readBytes;
    }

    static void check(String what) {
        int status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
        if (status != GL_FRAMEBUFFER_COMPLETE) {
            throw new IllegalStateException(what + " incomplete: 0x" + Integer.toHexString(status));
        }
    }

    void resolve() {
        if (readFbo != drawFbo) {
            glBindFramebuffer(GL_READ_FRAMEBUFFER, drawFbo);
            glBindFramebuffer(GL_DRAW_FRAMEBUFFER, readFbo);
            glBlitFramebuffer(0, 0, width, height, 0, 0, width, height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
        }
    }

    @Override
    public void close() {
        glDeleteFramebuffers(drawFbo);
        if (readFbo != drawFbo) {
            glDeleteFramebuffers(readFbo);
        }
        for (int rb : renderbuffers) {
            glDeleteRenderbuffers(rb);
        }
        MemoryUtil.memFree(readBuffer);
    }
}
