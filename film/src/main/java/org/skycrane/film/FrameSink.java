package org.skycrane.film;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.skycrane.render.video.Mp4Writer;

/**
 * Encodes frames on a thread of its own while the next one renders (H.264 encoding in jcodec costs
 * about as much as rendering at 640 × 480, and the machine has two cores). Frames are encoded in the
 * order submitted, so the file is the same as with inline encoding. Not thread-safe: one producer.
 */
final class FrameSink implements AutoCloseable {

    private static final Object END = new Object();

    private final Mp4Writer writer;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4);
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "film-encoder");
        t.setDaemon(true);
        return t;
    });
    private final Future<?> encoding;

    FrameSink(Mp4Writer writer) {
        this.writer = writer;
        this.encoding = thread.submit(() -> {
            try {
                for (Object frame = queue.take(); frame != END; frame = queue.take()) {
                    if (frame instanceof byte[] rgb) {
                        writer.writeFrame(rgb);
                    } else {
                        writer.writeFrame((BufferedImage) frame);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    /** Queues a copy of {@code rgb} for encoding. */
    void write(byte[] rgb) throws IOException {
        put(rgb.clone());
    }

    /** Queues {@code image} for encoding; the caller must not change it afterwards. */
    void write(BufferedImage image) throws IOException {
        put(image);
    }

    private void put(Object frame) throws IOException {
        try {
            while (!queue.offer(frame, 100, TimeUnit.MILLISECONDS)) {
                if (encoding.isDone()) {
                    finish();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while encoding", e);
        }
    }

    /** Waits for every queued frame to be encoded. */
    void finish() throws IOException {
        try {
            if (!encoding.isDone()) {
                queue.put(END);
            }
            encoding.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while encoding", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IOException("encoding failed: " + cause, cause);
        }
    }

    /** Finishes and stops the encoder thread (the writer is the caller's to close). */
    @Override
    public void close() throws IOException {
        try {
            finish();
        } finally {
            thread.shutdownNow();
        }
    }
}
