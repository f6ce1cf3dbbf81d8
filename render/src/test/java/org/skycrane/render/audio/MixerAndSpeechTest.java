package org.skycrane.render.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MixerAndSpeechTest {

    static Speech speech;

    @BeforeAll
    static void voice() {
        speech = new Speech();
    }

    @AfterAll
    static void close() {
        speech.close();
    }

    @Test
    void speechIsSynthesisedAt48kHzWithPlausibleDurationAndLevel() {
        AudioClip clip = speech.say("Touchdown confirmed.", 48_000);
        assertEquals(48_000, clip.sampleRate(), "sample rate (Hz)");
        // Two words, four syllables: about a second at a normal speaking rate of 4-5 syllables per second.
        assertTrue(clip.duration() > 0.5 && clip.duration() < 3.0, "duration (s): " + clip.duration());
        assertTrue(clip.rms() > 0.02, "RMS level (full scale): " + clip.rms());
        assertTrue(clip.peak() <= 1.0, "peak (full scale): " + clip.peak());
    }

    /**
     * Three call-outs, the first two overlapping by half a second: each is found in the mixed track,
     * by cross-correlation with its own clip, within 0.1 s of where it was placed (the film's
     * requirement); in practice to the sample.
     */
    @Test
    void overlappingClipsAreMixedAndEachIsFoundWhereItWasPlaced() {
        AudioClip a = speech.say("Parachute deployed.", 48_000);
        AudioClip b = speech.say("Heat shield separation.", 48_000);
        AudioClip c = speech.say("Sky crane has started.", 48_000);
        double[] starts = {0.40, 0.40 + a.duration() - 0.5, 5.0};
        AudioClip[] clips = {a, b, c};
        Mixer mixer = new Mixer(48_000);
        for (int i = 0; i < 3; i++) {
            mixer.place(clips[i], starts[i], 0.9);
        }
        AudioClip track = mixer.render(8.0, Limiter.standard());
        assertEquals(8 * 48_000, track.length(), "track length (samples)");
        assertTrue(track.peak() <= 0.98, "limited peak (full scale): " + track.peak());
        // Mixed, not queued: where a and b overlap, the track holds their sum (no limiting at this level).
        float[] t = track.samples();
        float[] sa = a.samples();
        float[] sb = b.samples();
        int overlap = (int) Math.round(starts[1] * 48_000) + 2_400;
        int ia = overlap - (int) Math.round(starts[0] * 48_000);
        int ib = overlap - (int) Math.round(starts[1] * 48_000);
        if (Math.abs(0.9 * (sa[ia] + sb[ib])) < 0.9) {
            assertEquals(0.9 * (sa[ia] + sb[ib]), t[overlap], 1e-4, "sample in the overlap = sum of both clips");
        }
        for (int i = 0; i < 3; i++) {
            ClipLocator.Match m = ClipLocator.locate(track, clips[i], 0, 8.0 - clips[i].duration());
            assertEquals(starts[i], m.time(), 0.1, "start of call-out " + i + " (s), correlation " + m.correlation());
            assertEquals(starts[i], m.time(), 1.0 / 48_000, "start to the sample, call-out " + i + " (s)");
        }
    }
}
