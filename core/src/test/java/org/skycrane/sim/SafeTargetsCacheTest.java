package org.skycrane.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skycrane.DiskCache;
import org.skycrane.gnc.trn.SafeTargetsMap;
import org.skycrane.io.ScenarioReader;
import org.skycrane.scenario.Scenario;
import org.skycrane.scenario.TrnSpec;
import org.skycrane.terrain.FlatTerrain;
import org.skycrane.terrain.SyntheticTerrain;
import org.skycrane.terrain.Terrain;

/**
 * The safe-targets tiles kept on disk give the map made without them, bit for bit (the reference is
 * the same code with a memory-only cache), whether the cache is cold, warm or damaged.
 */
class SafeTargetsCacheTest {

    private static final Scenario MARS2020 = ScenarioReader.read("mars2020");
    private static final SyntheticTerrain JEZERO = (SyntheticTerrain) MARS2020.environment().terrain();
    private static final TrnSpec TRN = MARS2020.trn();
    /** A square inside one 1 km tile (cells 10..89 of tile (0, 0)), so each map needs one tile. */
    private static final double EAST = 500;
    private static final double NORTH = 500;
    private static final double HALF = 350;

    @TempDir
    Path dir;

    /** A new instance of the Jezero terrain, so the JVM's own tiles are not reused. */
    private static Terrain fresh() {
        return new SyntheticTerrain(JEZERO.spec(), JEZERO.seed());
    }

    private static SafeTargetsMap map(DiskCache cache) {
        return SafeTargets.around(fresh(), TRN, EAST, NORTH, HALF, cache);
    }

    @Test
    @DisplayName("cold, warm and damaged disk caches all give the map made without one")
    void coldWarmAndDamagedGiveTheSameMap() throws IOException {
        SafeTargetsMap reference = map(new DiskCache(null));
        DiskCache cache = new DiskCache(dir);
        SafeTargetsMap cold = map(cache);
        List<Path> tiles = tiles();
        assertThat(tiles).hasSize(1);
        byte[] stored = Files.readAllBytes(tiles.get(0));
        SafeTargetsMap warm = map(new DiskCache(dir));
        assertSame(cold, reference);
        assertSame(warm, reference);
        assertThat(reference.hazard()).as("the square has hazards and safe cells").contains(0f).contains(1f);

        byte[] corrupt = stored.clone();
        corrupt[corrupt.length - 20] ^= 0x01;   // a bit of the tile's payload
        Files.write(tiles.get(0), corrupt);
        assertSame(map(new DiskCache(dir)), reference);
        assertThat(Files.readAllBytes(tiles.get(0))).isEqualTo(stored);   // rewritten whole
        Files.write(tiles.get(0), new byte[] {1, 2, 3});                    // truncated
        assertSame(map(new DiskCache(dir)), reference);
        assertThat(Files.readAllBytes(tiles.get(0))).isEqualTo(stored);
    }

    @Test
    @DisplayName("the key names the terrain's specification and seed, the tile and the code; a flat ground has none")
    void keys() {
        String key = SafeTargets.key(JEZERO, 0, 0);
        assertThat(key).contains(JEZERO.spec().toString()).contains("seed " + JEZERO.seed())
                .contains(org.skycrane.terrain.HazardSpec.skyCrane().toString());
        assertThat(SafeTargets.key(fresh(), 0, 0)).isEqualTo(key);
        assertThat(SafeTargets.key(new SyntheticTerrain(JEZERO.spec(), JEZERO.seed() + 1), 0, 0)).isNotEqualTo(key);
        assertThat(SafeTargets.key(new SyntheticTerrain(JEZERO.spec().withSurfaceAge(2.5), JEZERO.seed()), 0, 0))
                .isNotEqualTo(key);
        assertThat(SafeTargets.key(new SyntheticTerrain(JEZERO.spec().withRelief(JEZERO.spec().rmsSlope(), 0.79),
                JEZERO.seed()), 0, 0)).isNotEqualTo(key);
        assertThat(SafeTargets.key(JEZERO, 0, 1)).isNotEqualTo(key);
        assertThat(SafeTargets.key(new FlatTerrain(JEZERO.frame(), -2640, 0.2), 0, 0)).isNull();
    }

    /** Same cells, same values bit for bit (SafeTargetsMap's own equality is identity). */
    private static void assertSame(SafeTargetsMap actual, SafeTargetsMap expected) {
        assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
        assertThat(Arrays.equals(actual.hazard(), expected.hazard())).isTrue();
    }

    private List<Path> tiles() throws IOException {
        try (Stream<Path> s = Files.walk(dir.resolve(SafeTargets.KIND))) {
            return s.filter(Files::isRegularFile).toList();
        }
    }
}
