package org.skycrane.sim.montecarlo;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.skycrane.InputException;

/**
 * The lock of a campaign folder: one writer at a time. It is an operating-system lock on
 * {@code campaign.lock} (released by the kernel when the holder dies, however it dies), and the file
 * holds the holder's process id, host and start time so a refused writer can say who holds it. A
 * lock file whose holder died is not locked: it is taken over, and {@link #takenOver()} says whose
 * it was. Closing truncates the file and releases the lock; the empty file stays (deleting it would
 * let two writers lock two different files of the same name).
 *
 * <p>Pitfall: POSIX locks belong to the process, and closing any channel to the file drops them,
 * so a second campaign in the same JVM is refused from an in-process table before it opens the file.
 */
final class CampaignLock implements AutoCloseable {

    /** The lock file's name in a campaign folder. */
    static final String NAME = "campaign.lock";

    private static final Map<Path, String> HELD_HERE = new ConcurrentHashMap<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final String takenOver;
    private boolean closed;

    private CampaignLock(Path file, FileChannel channel, FileLock lock, String takenOver) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.takenOver = takenOver;
    }

    /**
     * Locks {@code dir} (which must exist).
     *
     * @throws InputException when another campaign holds it, naming its process
     */
    static CampaignLock acquire(Path dir) throws IOException {
        Path file = dir.resolve(NAME).toAbsolutePath().normalize();
        String me = holder();
        String here = HELD_HERE.putIfAbsent(file, me);
        if (here != null) {
            throw busy(dir, here);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            String previous = read(channel);
            if (lock == null) {
                throw busy(dir, previous.isBlank() ? "another process" : previous);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((me + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new CampaignLock(file, channel, lock, previous.isBlank() ? null : previous);
        } catch (IOException | RuntimeException e) {
            HELD_HERE.remove(file, me);
            if (channel != null) {
                channel.close();
            }
            throw e;
        }
    }

    /** Who held the lock before, when it was taken over from a process that died holding it. */
    Optional<String> takenOver() {
        return Optional.ofNullable(takenOver);
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            channel.truncate(0);
            lock.release();
        } finally {
            channel.close();
            HELD_HERE.remove(file);
        }
    }

    private static InputException busy(Path dir, String holder) {
        return new InputException(dir.toString(), 0, null, "in use by another campaign (" + holder
                + "); wait for it to finish, or stop it, then run again");
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(4096, channel.size()));
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
    }

    private static String holder() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown host";
        }
        return "process " + ProcessHandle.current().pid() + " on " + host + ", since " + Instant.now();
    }
}
