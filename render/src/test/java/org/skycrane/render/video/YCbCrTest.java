package org.skycrane.render.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.junit.jupiter.api.Test;

class YCbCrTest {

    /** BT.601-7 §2.5 in double precision, rounded: the code values the fixed-point conversion must give. */
    private static long luma(int r, int g, int b) {
        return Math.round(16 + (65.481 * r + 128.553 * g + 24.966 * b) / 255);
    }

    private static long cb(double r, double g, double b) {
        return Math.round(128 + (-37.797 * r - 74.203 * g + 112.0 * b) / 255);
    }

    private static long cr(double r, double g, double b) {
        return Math.round(128 + (112.0 * r - 93.786 * g - 18.214 * b) / 255);
    }

    @Test
    void fixedPointConversionMatchesTheExactMatrixWithinOneCodeValue() {
        int w = 64;
        int h = 48;
        SplittableRandom random = new SplittableRandom(601);
        byte[] rgb = new byte[w * h * 3];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (byte) random.nextInt(256);
        }
        // the extremes: black and white blocks
        for (int i = 0; i < 12; i++) {
            rgb[i] = 0;
            rgb[3 * w + i] = 0;
            rgb[12 + i] = -1;
            rgb[3 * w + 12 + i] = -1;
        }
        Picture p = Picture.create(w, h, ColorSpace.YUV420J);
        YCbCr.fromRgb(rgb, w, h, p);
        int off = 0;
        for (int i = 0; i < w * h; i++) {
            long exact = luma(rgb[3 * i] & 0xFF, rgb[3 * i + 1] & 0xFF, rgb[3 * i + 2] & 0xFF);
            long got = p.getPlaneData(0)[(i / w) * p.getPlaneWidth(0) + i % w] + 128;
            assertEquals(exact, got, 1, "luma of pixel " + i);
            off += exact == got ? 0 : 1;
        }
        for (int row = 0; row < h / 2; row++) {
            for (int col = 0; col < w / 2; col++) {
                double[] mean = new double[3];
                for (int d = 0; d < 4; d++) {
                    int o = 3 * ((2 * row + d / 2) * w + 2 * col + d % 2);
                    for (int c = 0; c < 3; c++) {
                        mean[c] += (rgb[o + c] & 0xFF) / 4.0;
                    }
                }
                int k = row * p.getPlaneWidth(1) + col;
                assertEquals(cb(mean[0], mean[1], mean[2]), p.getPlaneData(1)[k] + 128, 1, "Cb " + row + "," + col);
                assertEquals(cr(mean[0], mean[1], mean[2]), p.getPlaneData(2)[k] + 128, 1, "Cr " + row + "," + col);
            }
        }
        // black and white land on the range's ends exactly
        assertEquals(16, p.getPlaneData(0)[0] + 128, "black luma");
        assertEquals(235, p.getPlaneData(0)[4] + 128, "white luma");
        assertEquals(128, p.getPlaneData(1)[0] + 128, "black Cb");
        // rounding differs from the exact one only within 0.01 of a half: rarely (pinned: under 1 % of pixels)
        assertTrue(off < w * h / 100, off + " luma values off by one");
    }
}
