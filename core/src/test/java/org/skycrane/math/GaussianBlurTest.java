package org.skycrane.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Closed forms: a blur keeps a constant image and the sum of an impulse, and spreads it with variance σ². */
class GaussianBlurTest {

    @Test
    void constantStaysConstantAndAnImpulseSpreadsWithVarianceSigmaSquared() {
        int n = 41;
        float[] flat = new float[n * n];
        Arrays.fill(flat, 0.37f);
        for (float v : GaussianBlur.blur(flat, n, n, 2.0)) {
            assertEquals(0.37, v, 1e-6);
        }
        float[] impulse = new float[n * n];
        impulse[20 * n + 20] = 1;
        float[] out = GaussianBlur.blur(impulse, n, n, 2.0);
        double sum = 0;
        double varianceX = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                sum += out[j * n + i];
                varianceX += out[j * n + i] * (i - 20) * (i - 20);
            }
        }
        assertEquals(1, sum, 1e-6, "sum of the blurred impulse");
        // the kernel cut at 3 sigma keeps 99.7 % of the mass and a little less of the variance
        assertEquals(4.0, varianceX, 0.1, "variance along x (px^2) for sigma 2 px");
    }
}
