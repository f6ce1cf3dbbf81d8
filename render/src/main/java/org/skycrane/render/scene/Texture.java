package org.skycrane.render.scene;

import java.awt.image.BufferedImage;

/**
 * An sRGB colour image to paint on a mesh (for example a parachute canopy). Immutable: the pixels
 * are copied on construction. The renderer uploads it once (with mipmaps) and keeps it, keyed by
 * identity, so reuse the instance. Texture coordinate (0, 0) is the image's top-left pixel, u to the
 * right, v down.
 */
public final class Texture {

    private final int width;
    private final int height;
    private final int[] argb;

    public Texture(BufferedImage image) {
        width = image.getWidth();
        height = image.getHeight();
        argb = image.getRGB(0, 0, width, height, null, 0, width);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** RGBA bytes (sRGB), rows top to bottom, for upload. */
    public byte[] rgba() {
        byte[] out = new byte[width * height * 4];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            out[4 * i] = (byte) (p >> 16);
            out[4 * i + 1] = (byte) (p >> 8);
            out[4 * i + 2] = (byte) p;
            out[4 * i + 3] = (byte) (p >>> 24);
        }
        return out;
    }
}
