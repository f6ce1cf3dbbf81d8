package org.skycrane.render.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LimiterTest {

    @Test
    void signalBelowTheCeilingPassesUnchanged() {
        float[] x = ResamplerTest.sine(440, 48_000, 4_800);
        float[] y = Limiter.standard().apply(x, 48_000);
        for (int i = 0; i < x.length; i++) {
            assertEquals(x[i], y[i], 0f, "sample " + i);
        }
    }

    /** A burst at 3× full scale: never above the ceiling; gain back to 1 − e⁻⁵ of the way 5 release times later. */
    @Test
    void burstIsHeldUnderTheCeilingAndTheGainRecoversWithTheReleaseTime() {
        int rate = 48_000;
        float[] x = new float[rate];
        for (int i = 0; i < rate; i++) {
            double a = (i >= 10_000 && i < 12_000) ? 3.0 : 0.25;
            x[i] = (float) (a * Math.sin(2 * Math.PI * 300 * i / rate));
        }
        Limiter limiter = new Limiter(0.9, 0.005, 0.05);
        float[] y = limiter.apply(x, rate);
        double peak = 0;
        for (float v : y) {
            peak = Math.max(peak, Math.abs(v));
        }
        assertTrue(peak <= 0.9, "output peak (full scale) " + peak);
        // Gain at 5 release constants (250 ms) after the burst: 1 − (1 − g₀) e⁻⁵ ≥ 1 − e⁻⁵ = 0.9933.
        int i = 12_000 + 5 * 2_400;
        double gain = 0;
        for (int k = i; k < i + 160; k++) {      // one full period of 300 Hz
            gain = Math.max(gain, Math.abs(y[k]) / 0.25);
        }
        assertTrue(gain > 0.99 && gain <= 1.0 + 1e-6, "gain 250 ms after the burst: " + gain);
        // Ahead of the burst the gain ramps down over the 5 ms attack only: 10 ms before it, untouched.
        assertEquals(x[10_000 - 480], y[10_000 - 480], 0f, "sample 10 ms before the burst");
    }
}
