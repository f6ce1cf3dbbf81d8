package org.skycrane.render.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResamplerTest {

    static float[] sine(double frequency, int rate, int n) {
        float[] s = new float[n];
        for (int i = 0; i < n; i++) {
            s[i] = (float) (0.5 * Math.sin(2 * Math.PI * frequency * i / rate));
        }
        return s;
    }

    /** Band-limited interpolation of a tone well inside the pass band reproduces the tone sampled at the new rate. */
    @Test
    void upsamplingA1kHzToneFrom16To48kHzGivesTheSameToneAt48kHz() {
        float[] in = sine(1000, 16_000, 16_000);
        float[] out = Resampler.resample(in, 16_000, 48_000);
        assertEquals(48_000, out.length, "output length (samples): 1 s at 48 kHz");
        float[] expected = sine(1000, 48_000, 48_000);
        double worst = 0;
        // Away from the ends, where the filter runs off the signal.
        for (int i = 2_000; i < 46_000; i++) {
            worst = Math.max(worst, Math.abs(out[i] - expected[i]));
        }
        // 0.1 dB pass-band flatness on amplitude 0.5 is 0.006; the sinc filter does better.
        assertTrue(worst < 2e-3, "largest deviation from the 48 kHz tone (full scale): " + worst);
    }

    /** A tone above the new Nyquist frequency must be filtered out, not folded back (aliased). */
    @Test
    void downsamplingRemovesToneAboveTheNewNyquistFrequency() {
        float[] in = sine(10_000, 48_000, 48_000);
        float[] out = Resampler.resample(in, 48_000, 16_000);
        assertEquals(16_000, out.length, "output length (samples)");
        double rms = 0;
        for (int i = 1_000; i < 15_000; i++) {
            rms += out[i] * out[i];
        }
        rms = Math.sqrt(rms / 14_000);
        // Input RMS 0.354; 60 dB of rejection leaves below 3.5e-4 (the Blackman-windowed sinc gives ~70 dB).
        assertTrue(rms < 3.5e-4, "RMS of the aliased residue: " + rms);
    }
}
