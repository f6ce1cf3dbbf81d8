package org.skycrane.sim;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.skycrane.gnc.trn.SafeTargetsMap;
import org.skycrane.scenario.TrnSpec;
import org.skycrane.terrain.HazardMap;
import org.skycrane.terrain.Terrain;

/**
 * The safe-targets map as a mission makes it before flight, from the site's hazard map: 10 m cells
 * (Mars 2020's), each unsafe when the slope under a footprint the cell's size or the tallest rock in
 * it exceeds the sky crane's limits ({@link Touchdown#HAZARDS}); a cell's hazard is then the fraction
 * of unsafe cells within {@code hazard_radius_m} of it, so that a target keeps its distance from
 * hazards by about the landing's own accuracy. The product covers the whole site; it is made here in
 * 1 km tiles when first asked for and kept (one per terrain), which gives the same values.
 */
final class SafeTargets {

    /** Cells per tile side. */
    private static final int TILE = 100;

    private static final Map<List<Object>, boolean[]> TILES = new ConcurrentHashMap<>();

    private SafeTargets() {
    }

    /** The map over the square of half-width {@code half} (m) about map point (east, north). */
    static SafeTargetsMap around(Terrain ground, TrnSpec spec, double east, double north, double half) {
        double cell = Touchdown.HAZARDS.cellSize();
        int i0 = (int) Math.floor((east - half) / cell);
        int j0 = (int) Math.floor((north - half) / cell);
        int n = (int) Math.ceil(2 * half / cell) + 1;
        int r = (int) Math.ceil(spec.hazardRadius() / cell);
        boolean[] unsafe = new boolean[(n + 2 * r) * (n + 2 * r)];
        int w = n + 2 * r;
        for (int j = 0; j < w; j++) {
            for (int i = 0; i < w; i++) {
                unsafe[j * w + i] = unsafe(ground, i0 - r + i, j0 - r + j);
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

    /** Whether the cell with south-west corner (i·cell, j·cell) is unsafe. */
    private static boolean unsafe(Terrain ground, int i, int j) {
        int ti = Math.floorDiv(i, TILE);
        int tj = Math.floorDiv(j, TILE);
        boolean[] tile = TILES.computeIfAbsent(List.of(ground, ti, tj), k -> tile(ground, ti, tj));
        return tile[(j - tj * TILE) * TILE + i - ti * TILE];
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
