package org.skycrane.render.audio;

/**
 * A mono sound: samples in [−1, 1] (full scale) at {@code sampleRate}. Immutable: the array is copied.
 *
 * @param samples    the waveform
 * @param sampleRate samples per second (Hz)
 */
public record AudioClip(float[] samples, int sampleRate) {

    public AudioClip {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive (Hz): " + sampleRate);
        }
        samples = samples.clone();
    }

    @Override
    public float[] samples() {
        return samples.clone();
    }

    /** Number of samples. */
    public int length() {
        return samples.length;
    }

    /** Duration (s). */
    public double duration() {
        return (double) samples.length / sampleRate;
    }

    /** Largest absolute sample. */
    public double peak() {
        double p = 0;
        for (float s : samples) {
            p = Math.max(p, Math.abs(s));
        }
        return p;
    }

    /** Root-mean-square level. */
    public double rms() {
        double s2 = 0;
        for (float s : samples) {
            s2 += (double) s * s;
        }
        return samples.length == 0 ? 0 : Math.sqrt(s2 / samples.length);
    }

    /** The same sound at another sample rate ({@link Resampler}). */
    public AudioClip resampled(int newRate) {
        return newRate == sampleRate ? this : new AudioClip(Resampler.resample(samples, sampleRate, newRate), newRate);
    }

    /** The same sound scaled by {@code gain}. */
    public AudioClip scaled(double gain) {
        float[] s = samples.clone();
        for (int i = 0; i < s.length; i++) {
            s[i] *= (float) gain;
        }
        return new AudioClip(s, sampleRate);
    }
}
