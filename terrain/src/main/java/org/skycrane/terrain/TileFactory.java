package org.skycrane.terrain;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills the tiles of a {@link SyntheticTerrain}: each sample of level ℓ is the same continuous
 * function of map position, band-limited to that level's cells — relief octaves of wavelength ≥ 2
 * cells, craters of diameter ≥ 4 cells, rocks only on the 1 m level — plus the site features, so
 * levels differ only by the detail the coarser one cannot hold.
 */
final class TileFactory {

    /** Relief octaves: wavelengths 2^1 … 2^12 m. */
    static final int FIRST_OCTAVE = 1;
    static final int LAST_OCTAVE = 12;

    private final TerrainSpec spec;
    private final FractalNoise relief;
    private final CraterPopulation craters;
    private final RockPopulation rocks;
    private final List<SiteFeature> shaping = new ArrayList<>();
    private final List<Rock> planted = new ArrayList<>();
    private final FractalNoise patches;
    private final FractalNoise texture;

    TileFactory(TerrainSpec spec, long seed, FractalNoise relief) {
        this.spec = spec;
        this.relief = relief;
        this.craters = new CraterPopulation(seed, spec.surfaceAge(), spec.minCraterDiameter(),
                spec.maxCraterDiameter());
        this.rocks = new RockPopulation(seed, spec.minRockDiameter(), spec.rockHeightRatio(), this::rockAbundance);
        for (SiteFeature f : spec.features()) {
            planted.addAll(f.rocks());
            if (!(f instanceof SiteFeature.PlantedRock) && !(f instanceof SiteFeature.BoulderField)) {
                shaping.add(f);
            }
        }
        // Albedo: geological patches at 32 m – 2 km and texture at 2–16 m, each normalised to about unit RMS.
        this.patches = new FractalNoise(seed, 0x414C42L, 5, 11, 0.3, 1 / (2.2 * Math.pow(2048, 0.3)));
        this.texture = new FractalNoise(seed, 0x544558L, 1, 4, 0.3, 1 / (1.2 * Math.pow(16, 0.3)));
    }

    CraterPopulation craters() {
        return craters;
    }

    RockPopulation rocks() {
        return rocks;
    }

    List<Rock> plantedRocks() {
        return planted;
    }

    /** Rock abundance at (e, n) (m): the background, raised by boulder fields. */
    double rockAbundance(double e, double n) {
        double k = spec.rockAbundance();
        for (SiteFeature f : spec.features()) {
            k = f.rockAbundance(e, n, k);
        }
        return k;
    }

    /** Smallest crater diameter a level holds (m). */
    static double minCraterDiameter(int level) {
        return 4 * LevelGrid.CELL[level];
    }

    /** First relief octave a level holds. */
    static int firstOctave(int level) {
        return FIRST_OCTAVE + 2 * level;
    }

    /** Height samples (m above the site elevation) of a tile. */
    float[] heights(int level, int ix, int iy) {
        int s = LevelGrid.STRIDE;
        double c = LevelGrid.CELL[level];
        int col0 = ix * LevelGrid.TILE;
        int row0 = iy * LevelGrid.TILE;
        double e0 = LevelGrid.coordinate(level, col0);
        double n0 = LevelGrid.coordinate(level, row0);
        double e1 = e0 + LevelGrid.TILE * c;
        double n1 = n0 + LevelGrid.TILE * c;
        double[] h = new double[s * s];
        int octave = firstOctave(level);
        FractalNoise.Cursor noise = relief.cursor();
        for (int j = 0; j < s; j++) {
            double n = n0 + j * c;
            for (int i = 0; i < s; i++) {
                double e = e0 + i * c;
                double v = noise.value(e, n, octave);
                for (SiteFeature f : shaping) {
                    v += f.height(e, n);
                }
                h[j * s + i] = v;
            }
        }
        for (Crater crater : craters.overlapping(e0, e1, n0, n1, minCraterDiameter(level))) {
            stamp(h, e0, n0, c, crater.east(), crater.north(), crater.reach(), crater::profile);
        }
        if (level == 0) {
            List<Rock> all = new ArrayList<>(rocks.overlapping(e0, e1, n0, n1));
            all.addAll(planted);
            for (Rock rock : all) {
                stamp(h, e0, n0, c, rock.east(), rock.north(), rock.diameter() / 2, rock::profile);
            }
        }
        float[] out = new float[s * s];
        for (int k = 0; k < out.length; k++) {
            out[k] = (float) h[k];
        }
        return out;
    }

    private interface Profile {
        double at(double r);
    }

    private static void stamp(double[] h, double e0, double n0, double c, double ce, double cn, double reach,
            Profile profile) {
        int s = LevelGrid.STRIDE;
        int i0 = Math.max(0, (int) Math.ceil((ce - reach - e0) / c));
        int i1 = Math.min(s - 1, (int) Math.floor((ce + reach - e0) / c));
        int j0 = Math.max(0, (int) Math.ceil((cn - reach - n0) / c));
        int j1 = Math.min(s - 1, (int) Math.floor((cn + reach - n0) / c));
        for (int j = j0; j <= j1; j++) {
            double dn = n0 + j * c - cn;
            for (int i = i0; i <= i1; i++) {
                double de = e0 + i * c - ce;
                double r = Math.sqrt(de * de + dn * dn);
                if (r < reach) {
                    h[j * s + i] += profile.at(r);
                }
            }
        }
    }

    /**
     * Albedo samples of a tile. Normal albedo A = A₀ (1 + C (0.7 P + 0.5 T + 0.6 dust)) (1 − ½ cover):
     * P geological patches (32 m – 2 km), T texture (2–16 m, only where the level resolves it), dust a
     * brightening of concave ground (hollows and crater floors, where dust collects: tanh of the
     * Laplacian over 0.05 m⁻¹), cover the fraction of ground under rocks, darkening it by half (rocks
     * taken as half as bright as the dusty soil). The weights are this model's choices, made so
     * that relief, geology and rocks all show in an image; they are not fitted to orbital data.
     */
    float[] albedo(int level, int ix, int iy, HeightLookup heights) {
        int s = LevelGrid.STRIDE;
        double c = LevelGrid.CELL[level];
        double e0 = LevelGrid.coordinate(level, ix * LevelGrid.TILE);
        double n0 = LevelGrid.coordinate(level, iy * LevelGrid.TILE);
        double e1 = e0 + LevelGrid.TILE * c;
        double n1 = n0 + LevelGrid.TILE * c;
        double[] cover = new double[s * s];
        double kSmall;
        if (level == 0) {
            List<Rock> all = new ArrayList<>(rocks.overlapping(e0, e1, n0, n1));
            all.addAll(planted);
            for (Rock rock : all) {
                double radius = rock.diameter() / 2;
                if (radius >= c / 2) {
                    stamp(cover, e0, n0, c, rock.east(), rock.north(), radius, r -> 1);
                } else {
                    int i = (int) Math.round((rock.east() - e0) / c);
                    int j = (int) Math.round((rock.north() - n0) / c);
                    if (i >= 0 && i < s && j >= 0 && j < s) {
                        cover[j * s + i] += Math.PI * radius * radius / (c * c);
                    }
                }
            }
        }
        double a0 = spec.albedo();
        double contrast = spec.albedoContrast();
        double step = 2 * c;
        float[] out = new float[s * s];
        for (int j = 0; j < s; j++) {
            double n = n0 + j * c;
            for (int i = 0; i < s; i++) {
                double e = e0 + i * c;
                double k = rockAbundance(e, n);
                double unresolved = level == 0 ? k - RockPopulation.cumulativeArea(k, spec.minRockDiameter()) : k;
                double h = heights.at(level, e, n);
                double laplacian = (heights.at(level, e + step, n) + heights.at(level, e - step, n)
                        + heights.at(level, e, n + step) + heights.at(level, e, n - step) - 4 * h) / (step * step);
                double dust = Math.tanh(laplacian / 0.05);
                double t = c <= 8 ? texture.value(e, n, firstOctave(level)) : 0;
                double a = a0 * (1 + contrast * (0.7 * patches.value(e, n) + 0.5 * t + 0.6 * dust));
                double rocky = Math.min(1, cover[j * s + i] + unresolved);
                out[j * s + i] = (float) Math.max(0.02, Math.min(0.9, a * (1 - 0.5 * rocky)));
            }
        }
        return out;
    }

    /** Height (m above the site elevation) of one level at a point. */
    @FunctionalInterface
    interface HeightLookup {
        double at(int level, double e, double n);
    }
}
