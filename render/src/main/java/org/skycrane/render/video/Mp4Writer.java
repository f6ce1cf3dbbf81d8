package org.skycrane.render.video;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.jcodec.codecs.h264.H264Encoder;
import org.jcodec.codecs.h264.encode.DumbRateControl;
import org.jcodec.codecs.h264.io.model.SeqParameterSet;
import org.jcodec.codecs.h264.io.model.VUIParameters;
import org.jcodec.common.AudioFormat;
import org.jcodec.common.Codec;
import org.jcodec.common.MuxerTrack;
import org.jcodec.common.VideoCodecMeta;
import org.jcodec.common.VideoEncoder;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Packet;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Size;
import org.jcodec.containers.mp4.muxer.MP4Muxer;
import org.jcodec.containers.mp4.muxer.PCMMP4MuxerTrack;

/**
 * Writes an MP4 file with one H.264 video track (jcodec's baseline encoder) and one PCM audio track
 * (mono, 48 kHz, signed 16-bit little-endian), frame by frame: nothing but the current frame is held
 * in memory, and audio may be added in pieces at any time before {@link #close()}. The audio track is
 * created with its first samples: a file that never gets audio has none (jcodec's {@code FrameGrab}
 * cannot open a file whose PCM track is empty).
 *
 * <p>Colour: frames are sRGB; they are converted to Y′CbCr with the ITU-R BT.601 matrix in limited
 * ("video") range, 4:2:0, and the stream's VUI says so (video_full_range_flag 0, matrix 6 = BT.601,
 * primaries 1 = BT.709/sRGB, transfer 13 = sRGB), so players show the colours as rendered. Width and
 * height must be even (4:2:0 chroma). jcodec writes the index (moov) at the end: the file is
 * playable only after {@link #close()}.
 */
public final class Mp4Writer implements AutoCloseable {

    /** Audio sample rate (Hz). */
    public static final int AUDIO_SAMPLE_RATE = 48_000;

    /** jcodec's own motion search range (px each way), the default here. */
    public static final int DEFAULT_MOTION_SEARCH_RANGE = 16;

    private final int width;
    private final int height;
    private final int framesPerSecond;
    private final SeekableByteChannel channel;
    private final MP4Muxer muxer;
    private final MuxerTrack video;
    private PCMMP4MuxerTrack audio;
    private final H264Encoder encoder;
    private final Picture picture;
    private final ByteBuffer encodeBuffer;
    private final byte[] rgbScratch;
    private int frames;
    private long audioSamples;
    private boolean closed;

    /**
     * @param file            the MP4 to create (overwritten)
     * @param width           frame width (pixels, even, ≥ 2)
     * @param height          frame height (pixels, even, ≥ 2)
     * @param framesPerSecond frame rate (1 to 240)
     * @param keyFrameInterval frames between key frames (seeking granularity), ≥ 1
     * @param motionSearchRange how far the encoder looks for each macroblock in the previous frame (px
     *                          each way, ≥ 0): the encoder's cost grows with its square; a range smaller than
     *                          the picture's motion per frame costs file size, not correctness
     */
    public Mp4Writer(Path file, int width, int height, int framesPerSecond, int keyFrameInterval,
                     int motionSearchRange) throws IOException {
        if (width < 2 || height < 2 || width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("H.264 4:2:0 frames need even width and height >= 2: " + width + " x " + height);
        }
        if (framesPerSecond < 1 || framesPerSecond > 240) {
            throw new IllegalArgumentException("frame rate must be 1 to 240 frames/s: " + framesPerSecond);
        }
        if (keyFrameInterval < 1) {
            throw new IllegalArgumentException("key frame interval must be >= 1: " + keyFrameInterval);
        }
        if (motionSearchRange < 0) {
            throw new IllegalArgumentException("motion search range must be >= 0 px: " + motionSearchRange);
        }
        this.width = width;
        this.height = height;
        this.framesPerSecond = framesPerSecond;
        channel = NIOUtils.writableChannel(file.toFile());
        try {
            muxer = MP4Muxer.createMP4MuxerToChannel(channel);
            video = muxer.addVideoTrack(Codec.H264,
                    VideoCodecMeta.createSimpleVideoCodecMeta(new Size(width, height), ColorSpace.YUV420J));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        encoder = new SignalledEncoder();
        encoder.setKeyInterval(keyFrameInterval);
        encoder.setMotionSearchRange(motionSearchRange);
        picture = Picture.create(width, height, ColorSpace.YUV420J);
        encodeBuffer = ByteBuffer.allocate(Math.max(1 << 16, width * height * 3));
        rgbScratch = new byte[width * height * 3];
    }

    /** A writer with jcodec's motion search range. */
    public Mp4Writer(Path file, int width, int height, int framesPerSecond, int keyFrameInterval) throws IOException {
        this(file, width, height, framesPerSecond, keyFrameInterval, DEFAULT_MOTION_SEARCH_RANGE);
    }

    /** A writer with a key frame every second and jcodec's motion search range. */
    public Mp4Writer(Path file, int width, int height, int framesPerSecond) throws IOException {
        this(file, width, height, framesPerSecond, framesPerSecond);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int framesPerSecond() {
        return framesPerSecond;
    }

    /** Frames written so far. */
    public int frames() {
        return frames;
    }

    /** Audio samples written so far. */
    public long audioSamples() {
        return audioSamples;
    }

    /** Appends a frame of exactly the writer's size. */
    public void writeFrame(BufferedImage image) throws IOException {
        if (image.getWidth() != width || image.getHeight() != height) {
            throw new IllegalArgumentException("frame is " + image.getWidth() + " x " + image.getHeight()
                    + ", the film is " + width + " x " + height);
        }
        if (image.getType() == BufferedImage.TYPE_INT_RGB
                && image.getRaster().getDataBuffer() instanceof DataBufferInt ints
                && image.getRaster().getSampleModel() instanceof SinglePixelPackedSampleModel sm
                && sm.getScanlineStride() == width && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0) {
            // the renderer's images: read the packed pixels directly rather than through the colour model
            int[] pixels = ints.getData();
            for (int i = 0, o = 0; i < width * height; i++, o += 3) {
                int p = pixels[i];
                rgbScratch[o] = (byte) (p >> 16);
                rgbScratch[o + 1] = (byte) (p >> 8);
                rgbScratch[o + 2] = (byte) p;
            }
        } else {
            int[] row = new int[width];
            for (int y = 0; y < height; y++) {
                image.getRGB(0, y, width, 1, row, 0, width);
                for (int x = 0; x < width; x++) {
                    int p = row[x];
                    int o = 3 * (y * width + x);
                    rgbScratch[o] = (byte) (p >> 16);
                    rgbScratch[o + 1] = (byte) (p >> 8);
                    rgbScratch[o + 2] = (byte) p;
                }
            }
        }
        writeFrame(rgbScratch);
    }

    /** Appends a frame given as width × height × 3 sRGB bytes, rows from the top. */
    public void writeFrame(byte[] rgb) throws IOException {
        checkOpen();
        if (rgb.length != width * height * 3) {
            throw new IllegalArgumentException("a frame needs " + (width * height * 3) + " RGB bytes, got " + rgb.length);
        }
        YCbCr.fromRgb(rgb, width, height, picture);
        encodeBuffer.clear();
        VideoEncoder.EncodedFrame encoded = encoder.encodeFrame(picture, encodeBuffer);
        ByteBuffer data = encoded.getData();
        ByteBuffer copy = ByteBuffer.allocate(data.remaining());
        copy.put(data).flip();
        video.addFrame(Packet.createPacket(copy, frames, framesPerSecond, 1, frames,
                encoded.isKeyFrame() ? Packet.FrameType.KEY : Packet.FrameType.INTER, null));
        frames++;
    }

    /** Appends mono 48 kHz samples in [−1, 1] (clipped). */
    public void writeAudio(float[] samples) throws IOException {
        short[] s = new short[samples.length];
        for (int i = 0; i < samples.length; i++) {
            s[i] = (short) Math.round(Math.max(-1f, Math.min(1f, samples[i])) * Short.MAX_VALUE);
        }
        writeAudio(s);
    }

    /** Appends mono 48 kHz signed 16-bit samples. */
    public void writeAudio(short[] samples) throws IOException {
        checkOpen();
        if (samples.length == 0) {
            return;
        }
        ByteBuffer b = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short s : samples) {
            b.putShort(s);
        }
        b.flip();
        if (audio == null) {
            audio = muxer.addPCMAudioTrack(AudioFormat.MONO_48K_S16_LE);
        }
        audio.addSamples(b);
        audioSamples += samples.length;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the MP4 writer is closed");
        }
    }

    /** Writes the index and closes the file. Idempotent. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            muxer.finish();
        } finally {
            channel.close();
        }
    }

    /** jcodec's encoder with the colour signalling in the SPS's VUI. */
    private static final class SignalledEncoder extends H264Encoder {
        SignalledEncoder() {
            super(new DumbRateControl());
        }

        @Override
        public SeqParameterSet initSPS(Size size) {
            SeqParameterSet sps = super.initSPS(size);
            VUIParameters vui = new VUIParameters();
            vui.videoSignalTypePresentFlag = true;
            vui.videoFormat = 5;                   // unspecified
            vui.videoFullRangeFlag = false;
            vui.colourDescriptionPresentFlag = true;
            vui.colourPrimaries = 1;               // BT.709 = sRGB primaries
            vui.transferCharacteristics = 13;      // IEC 61966-2-1 sRGB
            vui.matrixCoefficients = 6;            // BT.601 (SMPTE 170M)
            sps.vuiParams = vui;
            return sps;
        }
    }
}
