package org.skycrane;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The disk cache returns what its maker returns, whatever state its files are in. */
class DiskCacheTest {

    private static final DiskCache.Codec<float[]> FLOATS = DiskCache.floats(5);

    @TempDir
    Path dir;

    private final AtomicInteger made = new AtomicInteger();

    private float[] make() {
        made.incrementAndGet();
        // NaN, negative zero, a subnormal and the extremes: every bit must come back
        return new float[] {Float.NaN, -0.0f, Float.MIN_VALUE, Float.MAX_VALUE, 1.0f / 3};
    }

    private float[] get(DiskCache cache, String key) {
        return cache.get("test", key, FLOATS, this::make);
    }

    @Test
    @DisplayName("a product is made once, stored, and read back bit for bit by another cache on the same folder")
    void roundTrip() {
        float[] cold = get(new DiskCache(dir), "k");
        float[] warm = get(new DiskCache(dir), "k");
        assertThat(made).hasValue(1);
        assertThat(warm).isEqualTo(cold).isNotSameAs(cold);
        for (int k = 0; k < cold.length; k++) {
            assertThat(Float.floatToRawIntBits(warm[k])).isEqualTo(Float.floatToRawIntBits(cold[k]));
        }
    }

    @Test
    @DisplayName("another key is another file: the product is made again")
    void keysAreDistinct() throws IOException {
        DiskCache cache = new DiskCache(dir);
        get(cache, "a");
        get(cache, "b");
        assertThat(made).hasValue(2);
        assertThat(files()).hasSize(2);
    }

    @Test
    @DisplayName("a truncated, corrupt or empty file, or one with another key, is made again and rewritten")
    void damagedFilesAreRemade() throws IOException {
        DiskCache cache = new DiskCache(dir);
        float[] first = get(cache, "k");
        Path file = cache.file("test", "k");
        byte[] whole = Files.readAllBytes(file);

        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 3));        // truncated
        assertThat(get(cache, "k")).isEqualTo(first);
        byte[] flipped = whole.clone();
        flipped[whole.length / 2] ^= 0x10;                                            // one bit flipped
        Files.write(file, flipped);
        assertThat(get(cache, "k")).isEqualTo(first);
        Files.write(file, new byte[0]);                                               // empty
        assertThat(get(cache, "k")).isEqualTo(first);
        Files.copy(cache.file("test", "k"), cache.file("test", "other"));            // a file under the wrong name
        assertThat(get(cache, "other")).isEqualTo(first);
        assertThat(made).hasValue(5);

        assertThat(Files.readAllBytes(file)).isEqualTo(whole);                        // rewritten whole
        get(cache, "k");
        assertThat(made).hasValue(5);
    }

    @Test
    @DisplayName("a payload the codec rejects is made again")
    void rejectedPayloadIsRemade() {
        DiskCache cache = new DiskCache(dir);
        cache.get("test", "k", DiskCache.floats(4), () -> new float[4]);   // four floats stored under the key
        float[] five = get(cache, "k");
        assertThat(five).hasSize(5);
        assertThat(made).hasValue(1);
    }

    @Test
    @DisplayName("a folder that cannot be made leaves a memory-only cache: no error, the product returned")
    void unwritableFolder() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        DiskCache cache = new DiskCache(notAFolder.resolve("cache"));
        assertThat(get(cache, "k")).hasSize(5);
        assertThat(get(cache, "k")).hasSize(5);
        assertThat(made).hasValue(2);
        DiskCache none = new DiskCache(null);
        assertThat(get(none, "k")).hasSize(5);
        assertThat(none.file("test", "k")).isNull();
    }

    @Test
    @DisplayName("threads writing the same product at once leave one whole file and no temporary ones")
    void concurrentWriters() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<float[]>> tasks = new ArrayList<>();
            for (int k = 0; k < 32; k++) {
                tasks.add(() -> get(new DiskCache(dir), "k"));
            }
            for (Future<float[]> f : pool.invokeAll(tasks)) {
                assertThat(f.get()).isEqualTo(make());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(files()).hasSize(1);
        made.set(0);
        get(new DiskCache(dir), "k");
        assertThat(made).hasValue(0);
    }

    @Test
    @DisplayName("the folder: the system property, else XDG_CACHE_HOME/skycrane, else ~/.cache/skycrane")
    void defaultFolder() {
        String before = System.getProperty(DiskCache.DIRECTORY_PROPERTY);
        try {
            System.setProperty(DiskCache.DIRECTORY_PROPERTY, dir.toString());
            assertThat(DiskCache.defaultDirectory()).isEqualTo(dir);
            System.clearProperty(DiskCache.DIRECTORY_PROPERTY);
            String xdg = System.getenv("XDG_CACHE_HOME");
            Path expected = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg, "skycrane")
                    : Path.of(System.getProperty("user.home"), ".cache", "skycrane");
            assertThat(DiskCache.defaultDirectory()).isEqualTo(expected);
        } finally {
            if (before == null) {
                System.clearProperty(DiskCache.DIRECTORY_PROPERTY);
            } else {
                System.setProperty(DiskCache.DIRECTORY_PROPERTY, before);
            }
        }
    }

    @Test
    @DisplayName("the code version is stable for the same classes and names their jar or folder")
    void codeVersion() {
        String v = DiskCache.codeVersion(DiskCache.class);
        assertThat(v).hasSize(64).isEqualTo(DiskCache.codeVersion(DiskCache.class));
        assertThat(DiskCache.codeVersion(DiskCache.class, Test.class)).isNotEqualTo(v);
    }

    @Test
    @DisplayName("a jar's fingerprint is kept between runs and follows every rewrite of the jar")
    void jarFingerprintFollowsRewrites() throws IOException {
        Path jar = dir.resolve("code.jar");
        writeJar(jar, "1", 1_000_000_000L);
        String first = DiskCache.rememberedFingerprint(jar);
        assertThat(first).hasSize(64).isEqualTo(DiskCache.rememberedFingerprint(jar));
        writeJar(jar, "2", 2_000_000_000L); // the same size: only the time and the entry's CRC differ
        String second = DiskCache.rememberedFingerprint(jar);
        assertThat(second).hasSize(64).isNotEqualTo(first);
        writeJar(jar, "1", 3_000_000_000L);
        assertThat(DiskCache.rememberedFingerprint(jar)).isEqualTo(first); // the content's, not the file's
    }

    private static void writeJar(Path jar, String content, long millis) throws IOException {
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry("a.txt"));
            out.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(millis));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }
}
