package org.skycrane.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skycrane.DiskCache;
import org.skycrane.io.ScenarioReader;
import org.skycrane.scenario.Scenario;

/** A guidance design kept on disk is the design computed, bit for bit; its key is the whole scenario. */
class GuidanceDesignStoreTest {

    /** Mars 2020 deploys on the range trigger, so its design has all three parts. */
    private static final Scenario M2020 = ScenarioReader.read("mars2020");

    /** The design computed, without the caches. */
    private static final GuidanceDesign REFERENCE = GuidanceDesign.compute(M2020);

    @TempDir
    Path dir;

    private final AtomicInteger computed = new AtomicInteger();

    private GuidanceDesign design(DiskCache cache) {
        return GuidanceDesignStore.get(cache, M2020, () -> {
            computed.incrementAndGet();
            return REFERENCE;
        });
    }

    @Test
    @DisplayName("cold, warm and corrupt stores give the computed design's tables bit for bit")
    void coldWarmAndCorrupt() throws IOException {
        GuidanceDesign reference = REFERENCE;
        assertThat(reference.chuteDistance()).isNotNull();
        GuidanceDesign cold = design(new DiskCache(dir));
        GuidanceDesign warm = design(new DiskCache(dir));
        assertThat(computed).hasValue(1);
        assertSame(cold, reference);
        assertSame(warm, reference);
        assertThat(warm).isNotSameAs(reference);   // read back, not the object in memory

        List<Path> files = files();
        assertThat(files).hasSize(1);
        byte[] stored = Files.readAllBytes(files.get(0));
        byte[] corrupt = stored.clone();
        corrupt[stored.length - 12] ^= 0x40;
        Files.write(files.get(0), corrupt);
        assertSame(design(new DiskCache(dir)), reference);
        assertThat(computed).hasValue(2);
        assertThat(Files.readAllBytes(files.get(0))).isEqualTo(stored);
    }

    @Test
    @DisplayName("bytes that are not a design decode to nothing")
    void garbage() {
        byte[] whole = GuidanceDesignStore.encode(REFERENCE);
        assertThat(GuidanceDesignStore.decode(Arrays.copyOf(whole, whole.length - 1))).isNull();
        assertThat(GuidanceDesignStore.decode(Arrays.copyOf(whole, whole.length + 1))).isNull();
        assertThat(GuidanceDesignStore.decode(new byte[0])).isNull();
    }

    @Test
    @DisplayName("another scenario, even one field apart, is another key")
    void keys() {
        String key = GuidanceDesignStore.key(M2020);
        assertThat(key).contains(M2020.toString());
        assertThat(GuidanceDesignStore.key(ScenarioReader.read("mars2020"))).isEqualTo(key);
        assertThat(GuidanceDesignStore.key(M2020.withTrnMode("none"))).isNotEqualTo(key);
        assertThat(GuidanceDesignStore.key(ScenarioReader.read("msl"))).isNotEqualTo(key);
    }

    private static void assertSame(GuidanceDesign actual, GuidanceDesign expected) {
        double[][] a = actual.reference().tables();
        double[][] e = expected.reference().tables();
        assertThat(a.length).isEqualTo(e.length);
        for (int k = 0; k < a.length; k++) {
            assertThat(Arrays.equals(a[k], e[k])).as("table %d", k).isTrue();
        }
        assertThat(Double.doubleToRawLongBits(actual.reference().endSpeed()))
                .isEqualTo(Double.doubleToRawLongBits(expected.reference().endSpeed()));
        assertThat(actual.referenceBank()).isEqualTo(expected.referenceBank());
        assertThat(actual.chuteDistance()).isEqualTo(expected.chuteDistance());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.walk(dir.resolve(GuidanceDesignStore.KIND))) {
            return s.filter(Files::isRegularFile).toList();
        }
    }
}
