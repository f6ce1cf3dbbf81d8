package org.skycrane.render.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skycrane.render.audio.AudioClip;
import org.skycrane.render.audio.ClipLocator;
import org.skycrane.render.audio.Limiter;
import org.skycrane.render.audio.Mixer;

class Mp4WriterTest {

    static final Color[] COLOURS = {new Color(200, 60, 40), new Color(40, 160, 90), new Color(50, 70, 200)};

    /** Frame k: a flat colour that changes every 8 frames, with a white square moving right. */
    static BufferedImage frame(int k, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(COLOURS[(k / 8) % COLOURS.length]);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillRect(10 + 3 * k, height / 3, 24, 24);
        g.dispose();
        return img;
    }

    /** A chirp clip to find in the audio track: 0.3 s sweeping 300 to 3000 Hz. */
    static AudioClip chirp() {
        int n = 14_400;
        float[] s = new float[n];
        for (int i = 0; i < n; i++) {
            double t = i / 48_000.0;
            s[i] = (float) (0.5 * Math.sin(2 * Math.PI * (300 * t + 0.5 * 9_000 * t * t)));
        }
        return new AudioClip(s, 48_000);
    }

    static Path writeFilm(Path file, int width, int height, int frames, int fps, double audioSeconds,
                          double chirpAt) throws IOException {
        Mixer mixer = new Mixer(48_000);
        mixer.place(chirp(), chirpAt, 1.0);
        float[] hum = new float[(int) Math.round(audioSeconds * 48_000)];
        for (int i = 0; i < hum.length; i++) {
            hum[i] = (float) (0.1 * Math.sin(2 * Math.PI * 110 * i / 48_000.0));
        }
        mixer.place(new AudioClip(hum, 48_000), 0, 1.0);
        AudioClip track = mixer.render(audioSeconds, Limiter.standard());
        try (Mp4Writer w = new Mp4Writer(file, width, height, fps)) {
            for (int k = 0; k < frames; k++) {
                w.writeFrame(frame(k, width, height));
            }
            float[] s = track.samples();
            // Audio in two pieces, to show it can be streamed.
            int half = s.length / 2;
            w.writeAudio(Arrays.copyOfRange(s, 0, half));
            w.writeAudio(Arrays.copyOfRange(s, half, s.length));
        }
        return file;
    }

    @Test
    void filmDecodesBackToItsFramesAndItsAudio(@TempDir Path dir) throws IOException {
        Path file = writeFilm(dir.resolve("film.mp4"), 320, 240, 48, 24, 2.0, 0.7);
        List<int[]> sizes = new ArrayList<>();
        List<Integer> centreColours = new ArrayList<>();
        int n = Mp4Reader.decodeFrames(file, f -> {
            sizes.add(new int[] {f.width(), f.height()});
            centreColours.add(f.rgb()[200 * f.width() + 160]);
        });
        assertEquals(48, n, "decoded frame count");
        for (int[] s : sizes) {
            assertEquals(320, s[0], "decoded width (pixels)");
            assertEquals(240, s[1], "decoded height (pixels)");
        }
        // Colour survives coding within 8 code values per channel. Non-regression bound pinned after
        // validation: the worst seen is 7 (blue, a P-frame at a colour change); the errors are jcodec's
        // chroma quantisation (one Cb step is two code values of blue), constant within a scene.
        for (int k = 0; k < n; k++) {
            Color expected = COLOURS[(k / 8) % COLOURS.length];
            int got = centreColours.get(k);
            assertEquals(expected.getRed(), (got >> 16) & 0xFF, 8, "red of frame " + k);
            assertEquals(expected.getGreen(), (got >> 8) & 0xFF, 8, "green of frame " + k);
            assertEquals(expected.getBlue(), got & 0xFF, 8, "blue of frame " + k);
        }
        Mp4Reader.Audio audio = Mp4Reader.readAudio(file);
        assertEquals(48_000, audio.sampleRate(), "audio sample rate (Hz)");
        assertEquals(1, audio.channels(), "audio channels");
        assertEquals(2.0, audio.duration(), 1.0 / 48_000, "declared audio duration (s)");
        assertEquals(96_000, audio.clip().length(), "decoded audio samples");
        ClipLocator.Match m = ClipLocator.locate(audio.clip(), chirp(), 0, 1.7);
        assertEquals(0.7, m.time(), 1.0 / 48_000, "chirp start in the decoded track (s)");
        assertTrue(m.correlation() > 0.95, "correlation of the decoded chirp " + m.correlation());
    }

    @Test
    void sizesThatAreNotMacroblockMultiplesDecodeToTheirOwnSize(@TempDir Path dir) throws IOException {
        Path file = writeFilm(dir.resolve("odd-mb.mp4"), 330, 250, 4, 10, 0.5, 0.1);
        int[] size = new int[2];
        int n = Mp4Reader.decodeFrames(file, f -> {
            size[0] = f.width();
            size[1] = f.height();
        });
        assertEquals(4, n, "frames");
        assertEquals(330, size[0], "width (pixels)");
        assertEquals(250, size[1], "height (pixels)");
    }

    @Test
    void aFilmWithoutSoundHasNoAudioTrackAndDecodes(@TempDir Path dir) throws IOException {
        // jcodec's FrameGrab cannot open a file whose PCM track is empty: the track comes with its first samples
        Path file = dir.resolve("silent.mp4");
        try (Mp4Writer w = new Mp4Writer(file, 64, 48, 10, 10, 4)) {
            for (int k = 0; k < 5; k++) {
                w.writeFrame(frame(k, 64, 48));
            }
            w.writeAudio(new short[0]);
        }
        assertEquals(5, Mp4Reader.decodeFrames(file, f -> { }), "frames");
        IOException e = assertThrows(IOException.class, () -> Mp4Reader.readAudio(file));
        assertTrue(e.getMessage().contains("no audio track"), e.getMessage());
    }

    @Test
    void aNegativeMotionSearchRangeIsRefused(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class, () -> new Mp4Writer(dir.resolve("z.mp4"), 64, 48, 10, 10, -1));
    }

    @Test
    void oddSizesAreRefused(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class, () -> new Mp4Writer(dir.resolve("x.mp4"), 321, 240, 24));
        assertThrows(IllegalArgumentException.class, () -> new Mp4Writer(dir.resolve("y.mp4"), 320, 241, 24));
    }
}
