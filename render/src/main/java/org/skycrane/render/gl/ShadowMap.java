package org.skycrane.render.gl;

import static org.lwjgl.opengles.GLES30.GL_CLAMP_TO_EDGE;
import static org.lwjgl.opengles.GLES30.GL_COMPARE_REF_TO_TEXTURE;
import static org.lwjgl.opengles.GLES30.GL_DEPTH_ATTACHMENT;
import static org.lwjgl.opengles.GLES30.GL_DEPTH_COMPONENT32F;
import static org.lwjgl.opengles.GLES30.GL_FRAMEBUFFER;
import static org.lwjgl.opengles.GLES30.GL_LEQUAL;
import static org.lwjgl.opengles.GLES30.GL_LINEAR;
import static org.lwjgl.opengles.GLES30.GL_NONE;
import static org.lwjgl.opengles.GLES30.GL_TEXTURE_2D;
import static org.lwjgl.opengles.GLES30.GL_TEXTURE_COMPARE_FUNC;
import static org.lwjgl.opengles.GLES30.GL_TEXTURE_COMPARE_MODE;
import static org.lwjgl.opengles.GLES30.GL_TEXTURE_MAG_FILTER;
import static org.lwjgl.opengles.GLES30.GL_TEXTURE_MIN_FILTER;
import static org.lwjgl.opengles.GLES30.GL_TEXTURE_WRAP_S;
import static org.lwjgl.opengles.GLES30.GL_TEXTURE_WRAP_T;
import static org.lwjgl.opengles.GLES30.glBindFramebuffer;
import static org.lwjgl.opengles.GLES30.glBindTexture;
import static org.lwjgl.opengles.GLES30.glDeleteFramebuffers;
import static org.lwjgl.opengles.GLES30.glDeleteTextures;
import static org.lwjgl.opengles.GLES30.glDrawBuffers;
import static org.lwjgl.opengles.GLES30.glFramebufferTexture2D;
import static org.lwjgl.opengles.GLES30.glGenFramebuffers;
import static org.lwjgl.opengles.GLES30.glGenTextures;
import static org.lwjgl.opengles.GLES30.glReadBuffer;
import static org.lwjgl.opengles.GLES30.glTexParameteri;
import static org.lwjgl.opengles.GLES30.glTexStorage2D;

/** A square depth texture seen from the Sun and the framebuffer that draws into it, compared on lookup. */
final class ShadowMap implements AutoCloseable {

    /** Smallest side given to a picture (texels): small test pictures keep crisp shadows. */
    static final int MIN_SIDE = 512;

    final int side;
    final int texture;
    final int fbo;

    ShadowMap(int side) {
        this.side = side;
        texture = glGenTextures();
        glBindTexture(GL_TEXTURE_2D, texture);
        glTexStorage2D(GL_TEXTURE_2D, 1, GL_DEPTH_COMPONENT32F, side, side);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_COMPARE_MODE, GL_COMPARE_REF_TO_TEXTURE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_COMPARE_FUNC, GL_LEQUAL);
        fbo = glGenFramebuffers();
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        glFramebufferTexture2D(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_TEXTURE_2D, texture, 0);
        glDrawBuffers(GL_NONE);
        glReadBuffer(GL_NONE);
        RenderTarget.check("shadow map");
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
    }

    /**
     * The side of the map for a picture {@code width} × {@code height}: the power of two at or above its
     * larger side (so the focus sphere, filling the picture, gets at least a texel per pixel), from
     * {@link #MIN_SIDE} up to {@code largest}. Clearing and rasterising into the map costs in
     * proportion to its area on a software rasteriser, and a 640 × 480 picture gains nothing from
     * more than 1024².
     */
    static int sideFor(int width, int height, int largest) {
        int need = Integer.highestOneBit(Math.max(1, Math.max(width, height) - 1)) << 1;
        return Math.min(largest, Math.max(MIN_SIDE, need));
    }

    @Override
    public void close() {
        glDeleteFramebuffers(fbo);
        glDeleteTextures(texture);
    }
}
