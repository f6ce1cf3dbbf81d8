package org.skycrane.sim;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.skycrane.DiskCache;
import org.skycrane.gnc.trn.SafeTargetsMap;
import org.skycrane.scenario.TrnSpec;
import org.skycrane.terrain.HazardMap;
import org.skycrane.terrain.SyntheticTerrain;
import org.skycrane.terrain.Terrain;

/**
 * The safe-targets map as a mission makes it before flight, from the site's hazard map: 10 m cells
 * (Mars 2020's), each unsafe when the slope under a footprint the cell's size or the tallest rock in
 * it exceeds the sky crane's limits ({@link Touchdown#HAZARDS}); a cell's hazard is then the fraction
 * of unsafe cells within {@code hazard_radius_m} of it, so that a target keeps its distance from
 * hazards by about the landing's own accuracy. The product covers the whole site; it is made here in
 * 1 km tiles when first asked for and kept (one per terrain), which gives the same values: in memory
 * for the JVM and, for a synthetic terrain, in the {@link DiskCache} for later runs, under a key
 * naming the terrain's full specification and seed, the hazard limits, the tile size, the format
 * and the code that made it.
 */
final class SafeTargets {

    /** Cells per tile side. */
    private static final int TILE = 100;

    /** Version of the tiles' content as stored; raise it when what a tile holds changes. */
    private static final int FORMAT = 1;

    /** Folder of the tiles in the disk cache. */
    static final String KIND = "safe-targets";

    private static final Map<List<Object>, boolean[]> TILES = new ConcurrentHashMap<>();

    private SafeTargets() {
    }

    /** The map over the square of half-width {@code half} (m) about map point (east, north). */
    static SafeTargetsMap around(Terrain ground, TrnSpec spec, double east, double north, double half) {
        return around(ground, spec, east, north, half, DiskCache.shared());
    }

    /** {@link #around(Terrain, TrnSpec, double, double, double)} with tiles kept in {@code cache}. */
    static SafeTargetsMap around(Terrain ground, TrnSpec spec, double east, double north, double half,
                                 DiskCache cache) {
        double cell = Touchdown.HAZARDS.cellSize();
        int i0 = (int) Math.floor((east - half) / cell);
        int j0 = (int) Math.floor((north - half) / cell);
        int n = (int) Math.ceil(2 * half / cell) + 1;
        int r = (int) Math.ceil(spec.hazardRadius() / cell);
        boolean[] unsafe = new boolean[(n + 2 * r) * (n + 2 * r)];
        int w = n + 2 * r;
        // one tile lookup per run of cells in the same tile, not one keyed map lookup per cell
        boolean[] tile = null;
        int lastTi = 0;
        int lastTj = 0;
        for (int j = 0; j < w; j++) {
            int cj = j0 - r + j;
            int tj = Math.floorDiv(cj, TILE);
            for (int i = 0; i < w; i++) {
                int ci = i0 - r + i;
                int ti = Math.floorDiv(ci, TILE);
                if (tile == null || ti != lastTi || tj != lastTj) {
                    tile = kept(ground, ti, tj, cache);
                    lastTi = ti;
                    lastTj = tj;
                }
                unsafe[j * w + i] = tile[(cj - tj * TILE) * TILE + ci - ti * TILE];
            }
        }
        float[] hazard = new float[n * n];
        for (int row = 0; row < n; row++) {
            int j = n - 1 - row; // row 0 is the northernmost
            for (int i = 0; i < n; i++) {
                int bad = 0;
                int all = 0;
                for (int b = -r; b <= r; b++) {
                    for (int a = -r; a <= r; a++) {
                        if ((a * a + b * b) * cell * cell > spec.hazardRadius() * spec.hazardRadius() + 1e-9) {
                            continue;
                        }
                        all++;
                        bad += unsafe[(j + r + b) * w + i + r + a] ? 1 : 0;
                    }
                }
                hazard[row * n + i] = (float) bad / all;
            }
        }
        return new SafeTargetsMap(hazard, n, n, i0 * cell, (j0 + n) * cell, cell, spec.hazardThreshold());
    }

    /** Tile (ti, tj): which of its cells (row-major from the south-west) are unsafe; kept for the JVM. */
    private static boolean[] kept(Terrain ground, int ti, int tj, DiskCache cache) {
        return TILES.computeIfAbsent(List.of(ground, ti, tj, cache), k -> stored(ground, ti, tj, cache));
    }

    /** The tile from the disk cache, made and stored if it is not there; a terrain without a key is made. */
    private static boolean[] stored(Terrain ground, int ti, int tj, DiskCache cache) {
        String key = key(ground, ti, tj);
        return key == null ? tile(ground, ti, tj)
                : cache.get(KIND, key, DiskCache.bits(TILE * TILE), () -> tile(ground, ti, tj));
    }

    /** Everything tile (ti, tj) depends on, as text, or null for a terrain {@link #terrainKey} cannot name. */
    static String key(Terrain ground, int ti, int tj) {
        String terrain = terrainKey(ground);
        return terrain == null ? null : "safe-targets tile, format " + FORMAT + ", " + TILE + " cells a side"
                + "\nhazards " + Touchdown.HAZARDS + "\n" + terrain + "\ntile " + ti + " " + tj;
    }

    /**
     * What fixes every height of {@code ground}, as text for a {@link DiskCache} key, or null for a
     * terrain that cannot be named by its values: a synthetic terrain is (its specification, a record
     * of plain values, its seed, and the code that draws it).
     */
    static String terrainKey(Terrain ground) {
        if (!(ground instanceof SyntheticTerrain synthetic)) {
            return null;
        }
        String code = DiskCache.codeVersion(SafeTargets.class, SyntheticTerrain.class);
        return code == null ? null
                : "terrain " + synthetic.spec() + "\nseed " + synthetic.seed() + "\ncode " + code;
    }

    private static boolean[] tile(Terrain ground, int ti, int tj) {
        HazardMap hazards = new HazardMap(ground, Touchdown.HAZARDS);
        double cell = Touchdown.HAZARDS.cellSize();
        boolean[] out = new boolean[TILE * TILE];
        for (int j = 0; j < TILE; j++) {
            for (int i = 0; i < TILE; i++) {
                double e = (ti * TILE + i + 0.5) * cell;
                double n = (tj * TILE + j + 0.5) * cell;
                out[j * TILE + i] = !hazards.footprint(e, n, cell / 2).safe();
            }
        }
        return out;
    }
}
