package org.skycrane.render.video;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.jcodec.api.FrameGrab;
import org.jcodec.api.JCodecException;
import org.jcodec.common.AudioCodecMeta;
import org.jcodec.common.DemuxerTrack;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.Packet;
import org.jcodec.common.model.Picture;
import org.jcodec.containers.mp4.demuxer.MP4Demuxer;
import org.skycrane.render.audio.AudioClip;

/**
 * Reads back what {@link Mp4Writer} wrote, with jcodec's demuxer and decoder: the frames (decoded
 * one at a time) and the PCM audio track. For checking films in tests and tools.
 */
public final class Mp4Reader {

    private Mp4Reader() {
    }

    /**
     * A decoded frame.
     *
     * @param index  frame number from 0
     * @param width  displayed width (pixels, after the stream's cropping)
     * @param height displayed height (pixels)
     * @param rgb    0xRRGGBB per pixel, rows from the top
     */
    public record Frame(int index, int width, int height, int[] rgb) {
    }

    /** Decodes every video frame in order and hands each to {@code sink}; returns the frame count. */
    public static int decodeFrames(Path file, Consumer<Frame> sink) throws IOException {
        try (SeekableByteChannel ch = NIOUtils.readableChannel(file.toFile())) {
            FrameGrab grab = FrameGrab.createFrameGrab(ch);
            int n = 0;
            Picture p;
            while ((p = grab.getNativeFrame()) != null) {
                int w = p.getCroppedWidth();
                int h = p.getCroppedHeight();
                sink.accept(new Frame(n++, w, h, YCbCr.toRgb(p, w, h)));
            }
            return n;
        } catch (JCodecException e) {
            throw new IOException("cannot decode " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The audio track's metadata and samples.
     *
     * @param duration    duration the container declares (s)
     * @param sampleRate  samples per second (Hz)
     * @param channels    channel count
     * @param clip        the decoded samples (first channel)
     */
    public record Audio(double duration, int sampleRate, int channels, AudioClip clip) {
    }

    /** Reads the first audio track (16-bit PCM). */
    public static Audio readAudio(Path file) throws IOException {
        try (SeekableByteChannel ch = NIOUtils.readableChannel(file.toFile())) {
            MP4Demuxer demuxer = MP4Demuxer.createMP4Demuxer(ch);
            List<DemuxerTrack> tracks = demuxer.getAudioTracks();
            if (tracks.isEmpty()) {
                throw new IOException(file + " has no audio track");
            }
            DemuxerTrack track = tracks.get(0);
            AudioCodecMeta meta = track.getMeta().getAudioCodecMeta();
            int channels = meta.getChannelCount();
            int rate = meta.getSampleRate();
            boolean big = meta.getEndian() == ByteOrder.BIG_ENDIAN;
            float[] s = new float[1 << 16];
            int n = 0;
            Packet packet;
            while ((packet = track.nextFrame()) != null) {
                ByteBuffer data = packet.getData().order(big ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
                while (data.remaining() >= 2 * channels) {
                    if (n == s.length) {
                        s = Arrays.copyOf(s, 2 * s.length);
                    }
                    s[n++] = data.getShort() / 32768f;
                    for (int c = 1; c < channels; c++) {
                        data.getShort();
                    }
                }
            }
            return new Audio(track.getMeta().getTotalDuration(), rate, channels, new AudioClip(Arrays.copyOf(s, n), rate));
        }
    }
}
