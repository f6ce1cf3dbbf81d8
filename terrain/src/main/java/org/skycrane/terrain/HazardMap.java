package org.skycrane.terrain;

import java.util.Objects;

/**
 * Landing hazards derived from a terrain the way a mission derives its hazard map from orbital data:
 * slope of the plane fitted to the surface over a lander-sized disc (the {@link HazardSpec#baseline}),
 * and the tallest rock under it, each against its limit. Point queries work at 1 m sampling anywhere;
 * {@link #grid} makes the map product on cells of {@link HazardSpec#cellSize}, a cell taking the worst
 * value over a 2.5 m lattice of touchdown points inside it.
 *
 * <p>Pitfall: slope is fitted over the whole footprint, so a single rock raises the rock height,
 * not (much) the slope; both must be checked, as {@link Footprint#safe} does.
 */
public final class HazardMap {

    private static final double SAMPLE = 1.0;
    private static final double LATTICE = 2.5;

    private final Terrain terrain;
    private final HazardSpec spec;

    public HazardMap(Terrain terrain, HazardSpec spec) {
        this.terrain = Objects.requireNonNull(terrain, "terrain");
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    public HazardSpec spec() {
        return spec;
    }

    public Terrain terrain() {
        return terrain;
    }

    /** Hazard of touching down at map point (east, north) (m) with a footprint of the baseline's diameter. */
    public Footprint at(double east, double north) {
        return footprint(east, north, spec.baseline() / 2);
    }

    /**
     * The ground under a round footprint of {@code radius} (m) centred at (east, north) (m): slope of
     * the least-squares plane through heights sampled every 1 m within max(radius, baseline/2), and
     * the tallest rock whose disc meets the footprint.
     */
    public Footprint footprint(double east, double north, double radius) {
        double slope = slope(east, north, Math.max(radius, spec.baseline() / 2));
        double rock = 0;
        for (Rock r : terrain.rocksNear(east, north, radius)) {
            rock = Math.max(rock, r.height());
        }
        boolean safe = slope <= spec.maxSlope() && rock <= spec.maxRockHeight();
        return new Footprint(slope, rock, safe);
    }

    /**
     * Slope (rad) of the least-squares plane through the heights on a 1 m square lattice within
     * {@code radius} (m) of (east, north); the lattice is symmetric, so the fit's gradient is
     * (Σ x h / Σ x², Σ y h / Σ y²).
     */
    public double slope(double east, double north, double radius) {
        int m = (int) Math.floor(radius / SAMPLE);
        double sxh = 0;
        double syh = 0;
        double sxx = 0;
        double syy = 0;
        for (int j = -m; j <= m; j++) {
            for (int i = -m; i <= m; i++) {
                double x = i * SAMPLE;
                double y = j * SAMPLE;
                if (x * x + y * y > radius * radius + 1e-9) {
                    continue;
                }
                double h = terrain.height(east + x, north + y);
                sxh += x * h;
                syh += y * h;
                sxx += x * x;
                syy += y * y;
            }
        }
        if (sxx == 0 || syy == 0) {
            return 0;
        }
        double gx = sxh / sxx;
        double gy = syh / syy;
        return Math.atan(Math.sqrt(gx * gx + gy * gy));
    }

    /** The hazard map over {@code columns} × {@code rows} cells whose south-west corner is at (east0, north0) (m). */
    public HazardGrid grid(double east0, double north0, int columns, int rows) {
        double cell = spec.cellSize();
        int per = Math.max(1, (int) Math.round(cell / LATTICE));
        double step = cell / per;
        float[] slopes = new float[columns * rows];
        float[] rocks = new float[columns * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                double e = east0 + c * cell;
                double n = north0 + r * cell;
                double worstSlope = 0;
                for (int j = 0; j < per; j++) {
                    for (int i = 0; i < per; i++) {
                        worstSlope = Math.max(worstSlope,
                                slope(e + (i + 0.5) * step, n + (j + 0.5) * step, spec.baseline() / 2));
                    }
                }
                double tallest = 0;
                for (Rock rock : terrain.rocksNear(e + cell / 2, n + cell / 2, cell * Math.sqrt(0.5))) {
                    if (rock.east() >= e && rock.east() < e + cell && rock.north() >= n && rock.north() < n + cell) {
                        tallest = Math.max(tallest, rock.height());
                    }
                }
                slopes[r * columns + c] = (float) worstSlope;
                rocks[r * columns + c] = (float) tallest;
            }
        }
        return new HazardGrid(east0, north0, cell, columns, rows, slopes, rocks, spec);
    }

    /**
     * A quick look for pictures of large areas: cells of any size, each holding the hazard of
     * touching down at its centre ({@link #at}), so it samples the touchdown-safety field instead of
     * taking the worst over the cell as the map product does; the share of safe cells estimates the
     * chance that a random touchdown is safe.
     */
    public HazardGrid preview(double east0, double north0, double cell, int columns, int rows) {
        if (!(cell > 0)) {
            throw new IllegalArgumentException("cell must be > 0 m: " + cell);
        }
        float[] slopes = new float[columns * rows];
        float[] rocks = new float[columns * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                Footprint f = at(east0 + (c + 0.5) * cell, north0 + (r + 0.5) * cell);
                slopes[r * columns + c] = (float) f.slope();
                rocks[r * columns + c] = (float) f.rockHeight();
            }
        }
        return new HazardGrid(east0, north0, cell, columns, rows, slopes, rocks, spec);
    }
}
