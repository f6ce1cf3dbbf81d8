package org.skycrane;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Products the program makes before flight and can make again at will (a site's safe-targets
 * tiles, a site's onboard map), kept on disk between runs so a new JVM does not pay for them again.
 * It is a cache, not input: what it returns is always what the maker would return, bit for bit.
 *
 * <p><b>Where.</b> The folder is the system property {@value #DIRECTORY_PROPERTY} if set, else
 * {@code $XDG_CACHE_HOME/skycrane}, else {@code ~/.cache/skycrane}; deleting it is always safe.
 *
 * <p><b>Keys.</b> A product is stored under the SHA-256 of its key text, and the file repeats the
 * whole key, which is checked on reading. The caller's key must name everything the product
 * depends on (its inputs' full values and a format version); {@link #codeVersion} adds the code
 * that made it, so a rebuilt program with a changed model never reads a product of the old one.
 *
 * <p><b>Failures.</b> A missing, truncated or corrupt file (its CRC-32 is checked), or one with
 * another key, is made again and rewritten, silently. A file is written under a temporary name in
 * its folder and renamed over the target when complete, so two threads or processes writing the
 * same product at once (they write the same bytes) leave one whole file. A folder that cannot be
 * written turns the cache into a pass-through: the product is made and returned, never an error.
 * Nothing here prints.
 */
public final class DiskCache {

    /** System property naming the cache folder. */
    public static final String DIRECTORY_PROPERTY = "skycrane.cache.dir";

    /** Version of the file layout below; a new layout never reads an old file. */
    static final int FORMAT = 1;

    private static final byte[] MAGIC = "SKYCACHE".getBytes(StandardCharsets.US_ASCII);
    private static final Map<String, String> CODE_VERSIONS = new ConcurrentHashMap<>();

    /** A fingerprint, 64 hex digits as UTF-8; anything else (the empty one that could not be made) is not read back. */
    private static final Codec<String> TEXT = new Codec<>() {
        @Override
        public byte[] encode(String value) {
            return value.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String decode(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.matches("[0-9a-f]{64}") ? text : null;
        }
    };

    private final Path directory;
    private volatile boolean writable;

    /** A cache in {@code directory}, or memory only (nothing kept) when it is null. */
    public DiskCache(Path directory) {
        this.directory = directory;
        this.writable = directory != null;
    }

    /** The cache every run uses, in {@link #defaultDirectory()}. */
    public static DiskCache shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final DiskCache INSTANCE = new DiskCache(defaultDirectory());
    }

    /**
     * The folder: {@value #DIRECTORY_PROPERTY}, else {@code $XDG_CACHE_HOME/skycrane}, else
     * {@code ~/.cache/skycrane}; null (memory only) when none of them can be named.
     */
    public static Path defaultDirectory() {
        try {
            String property = System.getProperty(DIRECTORY_PROPERTY);
            if (property != null && !property.isBlank()) {
                return Path.of(property);
            }
            String xdg = System.getenv("XDG_CACHE_HOME");
            if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
                return Path.of(xdg, "skycrane");
            }
            String home = System.getProperty("user.home");
            return home == null || home.isBlank() ? null : Path.of(home, ".cache", "skycrane");
        } catch (InvalidPathException | SecurityException e) {
            return null;
        }
    }

    /** The folder, or null for a memory-only cache. */
    public Path directory() {
        return directory;
    }

    /** How a product is kept as bytes. */
    public interface Codec<T> {
        /** The product as bytes. */
        byte[] encode(T value);

        /** The product these bytes hold, or null when they cannot be one (it is then made again). */
        T decode(byte[] bytes);
    }

    /**
     * The product of {@code kind} (a folder name) under {@code key}: read from disk if a whole file
     * with this key is there, else made by {@code maker}, stored and returned.
     */
    public <T> T get(String kind, String key, Codec<T> codec, Supplier<T> maker) {
        Path file = file(kind, key);
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        if (file != null) {
            byte[] stored = read(file, keyBytes);
            T value = stored == null ? null : codec.decode(stored);
            if (value != null) {
                return value;
            }
        }
        T made = maker.get();
        if (file != null && writable) {
            write(file, keyBytes, codec.encode(made));
        }
        return made;
    }

    /** The file for (kind, key), or null when there is no folder. */
    Path file(String kind, String key) {
        if (directory == null) {
            return null;
        }
        try {
            return directory.resolve(kind).resolve(sha256(key) + ".bin");
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static byte[] read(Path file, byte[] key) {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            return null;
        }
        int body = all.length - Long.BYTES;
        if (body < MAGIC.length + 3 * Integer.BYTES) {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(all, 0, body);
        ByteBuffer in = ByteBuffer.wrap(all);
        if (in.getLong(body) != crc.getValue() || !Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return null;
        }
        in.position(MAGIC.length);
        if (in.getInt() != FORMAT) {
            return null;
        }
        int keyLength = in.getInt();
        if (keyLength != key.length || in.remaining() < keyLength + Integer.BYTES + Long.BYTES
                || !Arrays.equals(all, in.position(), in.position() + keyLength, key, 0, keyLength)) {
            return null;
        }
        in.position(in.position() + keyLength);
        int length = in.getInt();
        if (length < 0 || length != body - in.position()) {
            return null;
        }
        byte[] payload = new byte[length];
        in.get(payload);
        return payload;
    }

    private void write(Path file, byte[] key, byte[] payload) {
        Path tmp = null;
        try {
            Path folder = file.getParent();
            Files.createDirectories(folder);
            tmp = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + key.length + 40);
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(key.length);
            out.write(key);
            out.writeInt(payload.length);
            out.write(payload);
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
            out.flush();
            try (OutputStream stream = Files.newOutputStream(tmp)) {
                bytes.writeTo(stream);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException | UncheckedIOException | SecurityException | UnsupportedOperationException e) {
            // a cache that cannot be written is a memory-only cache: stop trying
            writable = false;
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException | SecurityException e) {
                    // left behind: a stray temporary name, never read as a product
                }
            }
        }
    }

    /**
     * A fingerprint of the code that {@code anchors} were loaded from (each one's jar or classes
     * folder): every entry's name and CRC-32 in a jar, every file's name, size and modification
     * time in a folder, and the virtual machine and processor architecture that run it. Conservative:
     * any rebuild that changes a class gives another version.
     * Null when a location cannot be read (the caller then keeps its product in memory only).
     */
    public static String codeVersion(Class<?>... anchors) {
        StringBuilder all = new StringBuilder();
        for (Class<?> anchor : anchors) {
            String location = location(anchor);
            if (location == null) {
                return null;
            }
            String version = CODE_VERSIONS.computeIfAbsent(location, l -> rememberedFingerprint(Path.of(l)));
            if (version.isEmpty()) {
                return null;
            }
            all.append(version).append(';');
        }
        // Math's functions may differ in the last bit between virtual machines and processors: a folder
        // shared between machines, or kept over a JDK upgrade, must not hand one's products to the other
        all.append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.vm.version"))
                .append(' ').append(System.getProperty("os.arch"));
        return sha256(all.toString());
    }

    private static String location(Class<?> anchor) {
        try {
            CodeSource source = anchor.getProtectionDomain().getCodeSource();
            return source == null || source.getLocation() == null ? null
                    : Path.of(source.getLocation().toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }

    /**
     * A jar's fingerprint, kept in the shared cache under the jar's path, file identity, size and
     * modification time (any rewrite of the jar changes them), so a run does not read every entry of
     * the command-line jar again (6,354 entries, 0.1 s of start-up under C1). A folder's is made each
     * time: a folder's own time does not follow every file in it.
     */
    static String rememberedFingerprint(Path path) {
        String location = path.toString();
        BasicFileAttributes file;
        try {
            file = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException | SecurityException e) {
            return "";
        }
        if (!file.isRegularFile()) {
            return fingerprint(location);
        }
        String key = "code fingerprint\n" + path.toAbsolutePath() + "\n" + file.fileKey() + "\n" + file.size()
                + "\n" + file.lastModifiedTime().to(TimeUnit.NANOSECONDS) + "\n" + changeTime(path);
        return shared().get("code", key, TEXT, () -> fingerprint(location));
    }

    /**
     * The file's status-change time where the file system keeps one (a time no tool can set back, unlike
     * the modification time that {@code cp -p} or {@code touch -r} copy), else "".
     */
    private static String changeTime(Path path) {
        try {
            return String.valueOf(Files.getAttribute(path, "unix:ctime"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return "";
        }
    }

    /** The fingerprint of a jar or classes folder, or "" when it cannot be read. */
    private static String fingerprint(String location) {
        Path path = Path.of(location);
        List<String> lines = new ArrayList<>();
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                        lines.add(path.relativize(f) + " " + Files.size(f) + " " + Files.getLastModifiedTime(f).toMillis());
                    }
                }
            } else {
                try (JarFile jar = new JarFile(path.toFile(), false)) {
                    for (JarEntry e : (Iterable<JarEntry>) jar.stream()::iterator) {
                        lines.add(e.getName() + " " + e.getCrc() + " " + e.getSize());
                    }
                }
            }
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return "";
        }
        return sha256(String.join("\n", lines));
    }

    /** The SHA-256 of {@code text} (UTF-8) in hex. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** {@code n} booleans, one bit each (value k in bit k % 8 of byte k / 8). */
    public static Codec<boolean[]> bits(int n) {
        return new Codec<>() {
            @Override
            public byte[] encode(boolean[] values) {
                byte[] out = new byte[(n + 7) / 8];
                for (int k = 0; k < n; k++) {
                    if (values[k]) {
                        out[k >> 3] |= (byte) (1 << (k & 7));
                    }
                }
                return out;
            }

            @Override
            public boolean[] decode(byte[] bytes) {
                if (bytes.length != (n + 7) / 8) {
                    return null;
                }
                boolean[] out = new boolean[n];
                for (int k = 0; k < n; k++) {
                    out[k] = (bytes[k >> 3] & (1 << (k & 7))) != 0;
                }
                return out;
            }
        };
    }

    /** {@code n} floats, each one's exact bits, big-endian. */
    public static Codec<float[]> floats(int n) {
        return new Codec<>() {
            @Override
            public byte[] encode(float[] values) {
                ByteBuffer out = ByteBuffer.allocate(n * Float.BYTES);
                out.asFloatBuffer().put(values, 0, n);
                return out.array();
            }

            @Override
            public float[] decode(byte[] bytes) {
                if (bytes.length != n * Float.BYTES) {
                    return null;
                }
                float[] out = new float[n];
                ByteBuffer.wrap(bytes).asFloatBuffer().get(out);
                return out;
            }
        };
    }

    /** {@code n} doubles, each one's exact bits, big-endian. */
    public static Codec<double[]> doubles(int n) {
        return new Codec<>() {
            @Override
            public byte[] encode(double[] values) {
                ByteBuffer out = ByteBuffer.allocate(n * Double.BYTES);
                out.asDoubleBuffer().put(values, 0, n);
                return out.array();
            }

            @Override
            public double[] decode(byte[] bytes) {
                if (bytes.length != n * Double.BYTES) {
                    return null;
                }
                double[] out = new double[n];
                ByteBuffer.wrap(bytes).asDoubleBuffer().get(out);
                return out;
            }
        };
    }
}
