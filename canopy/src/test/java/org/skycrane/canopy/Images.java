package org.skycrane.canopy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Small image operations for the image-reading tests, on float channels (0–255). */
final class Images {

    private Images() {
    }

    static float[][] channels(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        float[][] c = new float[3][rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            c[0][i] = rgb[i] >> 16 & 0xff;
            c[1][i] = rgb[i] >> 8 & 0xff;
            c[2][i] = rgb[i] & 0xff;
        }
        return c;
    }

    static BufferedImage image(float[][] c, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] rgb = new int[w * h];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = clamp(c[0][i]) << 16 | clamp(c[1][i]) << 8 | clamp(c[2][i]);
        }
        image.setRGB(0, 0, w, h, rgb, 0, w);
        return image;
    }

    private static int clamp(float v) {
        return Math.max(0, Math.min(255, Math.round(v)));
    }

    /** Bilinear value at (x, y), NaN outside the picture. */
    static float bilinear(float[] c, int w, int h, double x, double y) {
        if (!(x >= 0 && y >= 0 && x <= w - 1 && y <= h - 1)) {
            return Float.NaN;
        }
        int x0 = Math.min((int) x, w - 2);
        int y0 = Math.min((int) y, h - 2);
        float fx = (float) (x - x0);
        float fy = (float) (y - y0);
        int i = y0 * w + x0;
        float top = c[i] + fx * (c[i + 1] - c[i]);
        float bottom = c[i + w] + fx * (c[i + w + 1] - c[i + w]);
        return top + fy * (bottom - top);
    }

    /** Separable Gaussian blur with edge clamping. */
    static float[] gaussianBlur(float[] c, int w, int h, double sigma) {
        if (sigma <= 0.05) {
            return c;
        }
        int radius = (int) Math.ceil(3 * sigma);
        float[] kernel = new float[2 * radius + 1];
        float total = 0;
        for (int i = -radius; i <= radius; i++) {
            kernel[i + radius] = (float) Math.exp(-i * i / (2 * sigma * sigma));
            total += kernel[i + radius];
        }
        for (int i = 0; i < kernel.length; i++) {
            kernel[i] /= total;
        }
        float[] across = new float[c.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float sum = 0;
                for (int i = -radius; i <= radius; i++) {
                    sum += kernel[i + radius] * c[y * w + Math.max(0, Math.min(w - 1, x + i))];
                }
                across[y * w + x] = sum;
            }
        }
        float[] out = new float[c.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float sum = 0;
                for (int i = -radius; i <= radius; i++) {
                    sum += kernel[i + radius] * across[Math.max(0, Math.min(h - 1, y + i)) * w + x];
                }
                out[y * w + x] = sum;
            }
        }
        return out;
    }

    /** Independent Gaussian noise of {@code sigma} levels on every channel of every pixel. */
    static void addNoise(float[][] c, double sigma, SplittableRandom random) {
        if (sigma <= 0) {
            return;
        }
        for (float[] channel : c) {
            for (int i = 0; i < channel.length; i++) {
                channel[i] += (float) (sigma * gaussian(random));
            }
        }
    }

    static double gaussian(SplittableRandom random) {
        return random.nextGaussian();
    }

    /** The picture after a trip through a JPEG file of the given quality (0–1), as a camera would store it. */
    static BufferedImage jpeg(BufferedImage image, float quality) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage read(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
