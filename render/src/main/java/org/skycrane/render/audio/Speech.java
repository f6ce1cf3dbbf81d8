package org.skycrane.render.audio;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.audio.AudioPlayer;
import com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory;
import java.io.ByteArrayOutputStream;
import javax.sound.sampled.AudioFormat;

/**
 * Offline English speech synthesis with FreeTTS 1.2.2 and its bundled diphone voice "kevin16"
 * (CMU's US English male, 16 kHz), resampled to the rate asked for. FreeTTS voices are not
 * thread-safe: one {@code Speech} speaks one sentence at a time (its methods are synchronized).
 * Allocating the voice loads its lexicon (about a second); reuse the instance and close it when done.
 */
public final class Speech implements AutoCloseable {

    private static final String VOICE = "kevin16";

    private final Voice voice;
    private final CapturingPlayer player = new CapturingPlayer();

    public Speech() {
        Voice found = null;
        for (Voice v : new KevinVoiceDirectory().getVoices()) {
            if (VOICE.equals(v.getName())) {
                found = v;
            }
        }
        if (found == null) {
            throw new IllegalStateException("FreeTTS voice '" + VOICE + "' not found in the freetts jar");
        }
        voice = found;
        voice.setAudioPlayer(player);
        voice.allocate();
    }

    /**
     * {@code sentence} spoken at {@code sampleRate} (Hz), samples in [−1, 1]. Leading and trailing
     * silence as the voice produces it (a few tens of milliseconds) is kept.
     */
    public synchronized AudioClip say(String sentence, int sampleRate) {
        if (sentence.isBlank()) {
            throw new IllegalArgumentException("nothing to say");
        }
        player.buffer.reset();
        if (!voice.speak(sentence)) {
            throw new IllegalStateException("FreeTTS failed to speak: " + sentence);
        }
        AudioFormat format = player.format;
        byte[] pcm = player.buffer.toByteArray();
        int bytesPerSample = format.getSampleSizeInBits() / 8;
        if (format.getChannels() != 1 || bytesPerSample != 2) {
            throw new IllegalStateException("unexpected FreeTTS audio format " + format);
        }
        float[] samples = new float[pcm.length / 2];
        boolean big = format.isBigEndian();
        for (int i = 0; i < samples.length; i++) {
            int hi = pcm[2 * i + (big ? 0 : 1)];
            int lo = pcm[2 * i + (big ? 1 : 0)] & 0xFF;
            samples[i] = (short) (hi << 8 | lo) / 32768f;
        }
        return new AudioClip(samples, Math.round(format.getSampleRate())).resampled(sampleRate);
    }

    @Override
    public synchronized void close() {
        voice.deallocate();
    }

    /** Collects the voice's PCM output instead of playing it. */
    private static final class CapturingPlayer implements AudioPlayer {
        final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        AudioFormat format = new AudioFormat(16000f, 16, 1, true, true);
        private float volume = 1f;

        @Override public void setAudioFormat(AudioFormat f) { format = f; }
        @Override public AudioFormat getAudioFormat() { return format; }
        @Override public void pause() { }
        @Override public void resume() { }
        @Override public void reset() { }
        @Override public boolean drain() { return true; }
        @Override public void begin(int size) { }
        @Override public boolean end() { return true; }
        @Override public void cancel() { }
        @Override public void close() { }
        @Override public float getVolume() { return volume; }
        @Override public void setVolume(float v) { volume = v; }
        @Override public long getTime() { return 0; }
        @Override public void resetTime() { }
        @Override public void startFirstSampleTimer() { }
        @Override public boolean write(byte[] audio) { return write(audio, 0, audio.length); }
        @Override public boolean write(byte[] audio, int offset, int size) {
            buffer.write(audio, offset, size);
            return true;
        }
        @Override public void showMetrics() { }
    }
}
