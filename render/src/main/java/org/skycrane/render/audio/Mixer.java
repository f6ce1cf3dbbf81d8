package org.skycrane.render.audio;

import java.util.ArrayList;
import java.util.List;

/**
 * A mono soundtrack built by placing clips at given times: overlapping clips add up (they are mixed,
 * never queued), and a limiter then keeps the sum within full scale. Holds 4 bytes per sample
 * (192 kB per second at 48 kHz) until rendered.
 */
public final class Mixer {

    private final int sampleRate;
    private final List<Placement> placements = new ArrayList<>();

    /** A clip at a start time (s) with a gain. */
    private record Placement(AudioClip clip, double start, double gain) {
    }

    /** @param sampleRate the track's sample rate (Hz); clips at other rates are resampled when placed */
    public Mixer(int sampleRate) {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive (Hz): " + sampleRate);
        }
        this.sampleRate = sampleRate;
    }

    public int sampleRate() {
        return sampleRate;
    }

    /** Places {@code clip} to start at {@code start} (s from the track's start; may be negative) with {@code gain}. */
    public Mixer place(AudioClip clip, double start, double gain) {
        placements.add(new Placement(clip.resampled(sampleRate), start, gain));
        return this;
    }

    /** Places {@code clip} at unit gain. */
    public Mixer place(AudioClip clip, double start) {
        return place(clip, start, 1.0);
    }

    /**
     * The mixed track of {@code duration} (s): the sum of the placed clips (each starting at the
     * sample nearest its start time, clipped to the track), passed through {@code limiter}.
     */
    public AudioClip render(double duration, Limiter limiter) {
        int n = (int) Math.round(duration * sampleRate);
        float[] sum = new float[n];
        for (Placement p : placements) {
            int offset = (int) Math.round(p.start * sampleRate);
            float[] s = p.clip.samples();
            int from = Math.max(0, -offset);
            int to = Math.min(s.length, n - offset);
            float g = (float) p.gain;
            for (int i = from; i < to; i++) {
                sum[offset + i] += g * s[i];
            }
        }
        return new AudioClip(limiter.apply(sum, sampleRate), sampleRate);
    }
}
