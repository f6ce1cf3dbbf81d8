package org.skycrane.terrain;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleBinaryOperator;

/**
 * Rocks from Golombek's model (Golombek &amp; Rapp 1997, JGR 102(E2); Golombek et al. 2003, JGR
 * 108(E12) 8086): the cumulative fractional area covered by rocks of diameter ≥ D is
 * F_k(D) = k exp(−q(k) D), q(k) = 1.79 + 0.152/k, D in m, k the total rock abundance. The number
 * density per m² per m of diameter follows from dF/dD = −(π/4) D² n(D):
 * n(D) = (4/π) k q e^{−qD} / D². Rocks are drawn per 16 m seed cell, in √2 diameter bins from the
 * smallest kept diameter up to 10 m (above which even k = 0.4 leaves fewer than 10⁻⁴ rocks per km²),
 * with Poisson counts of the bin integrals and diameters by rejection within each bin. The abundance
 * k may vary over the map (boulder fields); it is taken at each cell's centre. Rock height is
 * {@code heightRatio} × D.
 */
final class RockPopulation {

    /** Seed cell side (m). */
    static final double CELL = 16;
    /** Largest rock diameter drawn (m). */
    static final double MAX_DIAMETER = 10;

    private static final long STREAM = 0x524F434BL;

    private final long seed;
    private final double minDiameter;
    private final double heightRatio;
    private final DoubleBinaryOperator abundance;
    private final double[] edges;
    private final ConcurrentHashMap<Double, double[]> expectations = new ConcurrentHashMap<>();

    /**
     * @param seed        terrain seed
     * @param minDiameter smallest rock drawn (m)
     * @param heightRatio rock height over diameter
     * @param abundance   rock abundance k at a map point (east, north) (m)
     */
    RockPopulation(long seed, double minDiameter, double heightRatio, DoubleBinaryOperator abundance) {
        this.seed = seed;
        this.minDiameter = minDiameter;
        this.heightRatio = heightRatio;
        this.abundance = abundance;
        List<Double> e = new ArrayList<>();
        for (double d = minDiameter; d < MAX_DIAMETER; d *= Math.sqrt(2)) {
            e.add(d);
        }
        e.add(MAX_DIAMETER);
        edges = e.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** q(k) = 1.79 + 0.152/k (per m). */
    static double q(double k) {
        return 1.79 + 0.152 / k;
    }

    /** F_k(D): cumulative fractional area of rocks with diameter ≥ D (m). */
    static double cumulativeArea(double k, double diameter) {
        return k <= 0 ? 0 : k * Math.exp(-q(k) * diameter);
    }

    /** n(D) (per m² per m). */
    static double numberDensity(double k, double diameter) {
        double q = q(k);
        return 4 / Math.PI * k * q * Math.exp(-q * diameter) / (diameter * diameter);
    }

    /** Expected rocks per m² in [a, b) (m), Simpson's rule on 64 intervals (relative error below 10⁻⁶ here). */
    static double expectedCount(double k, double a, double b) {
        int n = 64;
        double h = (b - a) / n;
        double sum = numberDensity(k, a) + numberDensity(k, b);
        for (int i = 1; i < n; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * numberDensity(k, a + i * h);
        }
        return sum * h / 3;
    }

    double[] binExpectations(double k) {
        return expectations.computeIfAbsent(k, kk -> {
            double[] out = new double[edges.length - 1];
            for (int i = 0; i < out.length; i++) {
                out[i] = expectedCount(kk, edges[i], edges[i + 1]);
            }
            return out;
        });
    }

    /** Rocks in seed cell (i, j). */
    List<Rock> inCell(long i, long j) {
        double k = abundance.applyAsDouble((i + 0.5) * CELL, (j + 0.5) * CELL);
        if (!(k > 0)) {
            return List.of();
        }
        double q = q(k);
        double[] expected = binExpectations(k);
        CellRandom r = new CellRandom(seed, STREAM, i, j);
        List<Rock> out = new ArrayList<>();
        for (int b = 0; b < expected.length; b++) {
            int count = r.poisson(expected[b] * CELL * CELL);
            double lo = edges[b];
            double hi = edges[b + 1];
            for (int c = 0; c < count; c++) {
                double d;
                do {
                    // Proposal ∝ 1/D² on [lo, hi), accepted with probability e^{−q (D − lo)}.
                    d = 1 / (1 / lo - r.nextDouble() * (1 / lo - 1 / hi));
                } while (r.nextDouble() > Math.exp(-q * (d - lo)));
                double e = (i + r.nextDouble()) * CELL;
                double n = (j + r.nextDouble()) * CELL;
                out.add(new Rock(e, n, d, heightRatio * d));
            }
        }
        return out;
    }

    /** Rocks whose disc overlaps the box [e0, e1] × [n0, n1] (m). */
    List<Rock> overlapping(double e0, double e1, double n0, double n1) {
        double margin = MAX_DIAMETER / 2;
        long i0 = (long) Math.floor((e0 - margin) / CELL);
        long i1 = (long) Math.floor((e1 + margin) / CELL);
        long j0 = (long) Math.floor((n0 - margin) / CELL);
        long j1 = (long) Math.floor((n1 + margin) / CELL);
        List<Rock> out = new ArrayList<>();
        for (long i = i0; i <= i1; i++) {
            for (long j = j0; j <= j1; j++) {
                for (Rock rock : inCell(i, j)) {
                    double h = rock.diameter() / 2;
                    if (rock.east() + h >= e0 && rock.east() - h <= e1 && rock.north() + h >= n0
                            && rock.north() - h <= n1) {
                        out.add(rock);
                    }
                }
            }
        }
        return out;
    }

    double minDiameter() {
        return minDiameter;
    }
}
