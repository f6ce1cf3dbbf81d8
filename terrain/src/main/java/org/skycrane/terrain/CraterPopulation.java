package org.skycrane.terrain;

import java.util.ArrayList;
import java.util.List;

/**
 * Craters of a surface of given age: where they are and how big and deep, drawn per cell from
 * counter-based streams so any part of the map can be generated alone.
 *
 * <p><b>Size-frequency.</b> The production function is Hartmann &amp; Daubar (2016, Meteoritics &amp;
 * Planetary Science 52, "Martian cratering 11"), the 1-Gyr isochron tabulated as the number of craters
 * per km² in √2-wide diameter bins from 0.98 m to 724 km ({@link #H_1GA}; the table as distributed with
 * Michael's craterstats, which extends Hartmann 2005, Icarus 174, to decametre craters). It is scaled
 * to the surface's age T by the chronology N(1 km) = 3.79×10⁻¹⁴ (e^{6.93 T} − 1) + 5.84×10⁻⁴ T per km²
 * (T in Gyr; Hartmann 2005 in the form of Michael 2013, Icarus 226). Small craters cannot exceed
 * saturation equilibrium: each bin is capped at Hartmann's (1984, Icarus 60) empirical equilibrium,
 * cumulative log N = −1.14 − 1.83 log D (D in km, N per km²), which on old surfaces is what sets the
 * density of craters below about 100 m.
 *
 * <p><b>Shape.</b> Fresh simple craters have depth d = 0.14 D^0.90 (km; Garvin &amp; Frawley 1998,
 * GRL 25, from MOLA, simple below 8 km) and rim height h = 0.036 D^1.014 (km; Pike 1977, lunar fresh
 * simple craters, used here for want of a Mars decametre fit). Each crater has a freshness f drawn
 * uniformly in [0.2, 1] and depth and rim f·d, f·h: with constant production and degradation at a
 * steady rate the states of a crater population are uniformly spread, and craters shallower than a
 * fifth of their fresh depth are taken as erased (not counted). This uniform-state rule is the
 * model's assumption, not a published fit.
 */
final class CraterPopulation {

    /** Hartmann &amp; Daubar (2016) 1-Gyr isochron: craters per km² in the √2 bin starting at 2^((i−20)/2) km. */
    static final double[] H_1GA = {
        1.10e+05, 7.50e+04, 4.50e+04, 2.40e+04, 1.10e+04, 4.20e+03, 1.60e+03, 6.00e+02, 1.90e+02, 6.70e+01,
        2.40e+01, 9.44e+00, 3.30e+00, 1.22e+00, 4.37e-01, 1.47e-01, 4.70e-02, 1.38e-02, 4.02e-03, 1.15e-03,
        3.08e-04, 1.28e-04, 6.85e-05, 3.67e-05, 1.98e-05, 1.06e-05, 5.68e-06, 3.04e-06, 1.62e-06, 8.71e-07,
        4.67e-07, 2.40e-07, 1.12e-07, 5.21e-08, 2.43e-08, 1.13e-08, 5.28e-09, 2.47e-09, 1.15e-09, 5.37e-10};
    /** Index of the bin starting at 1 km. */
    static final int INDEX_1KM = 20;
    /** Smallest freshness kept (depth fraction of a fresh crater's). */
    static final double MIN_FRESHNESS = 0.2;

    private static final long STREAM = 0x435241544552L;

    private final long seed;
    private final double minDiameter;
    private final double maxDiameter;
    private final int firstBin;
    private final int lastBin;
    private final double[] density;
    private final double[] cell;

    /**
     * @param seed        terrain seed
     * @param age         surface age (Gyr)
     * @param minDiameter smallest crater made (m)
     * @param maxDiameter largest crater made (m)
     */
    CraterPopulation(long seed, double age, double minDiameter, double maxDiameter) {
        this.seed = seed;
        this.minDiameter = minDiameter;
        this.maxDiameter = maxDiameter;
        int n = H_1GA.length;
        density = new double[n];
        cell = new double[n];
        double scale = age > 0 ? chronology(age) / chronology(1.0) : 0;
        int first = n;
        int last = -1;
        for (int i = 0; i < n; i++) {
            double lower = binLower(i);
            double upper = lower * Math.sqrt(2);
            if (upper <= minDiameter || lower >= maxDiameter || scale == 0) {
                continue;
            }
            double perKm2 = Math.min(H_1GA[i] * scale, equilibriumInBin(lower / 1000));
            density[i] = perKm2 * 1e-6;
            cell[i] = Math.max(32, 8 * upper);
            first = Math.min(first, i);
            last = Math.max(last, i);
        }
        firstBin = first;
        lastBin = last;
    }

    /** Cumulative density of craters ≥ 1 km (per km²) on a surface {@code age} Gyr old. */
    static double chronology(double age) {
        return 3.79e-14 * (Math.exp(6.93 * age) - 1) + 5.84e-4 * age;
    }

    /** Hartmann (1984) equilibrium in the √2 bin starting at {@code lowerKm} (per km²). */
    static double equilibriumInBin(double lowerKm) {
        return Math.pow(10, -1.14) * Math.pow(lowerKm, -1.83) * (1 - Math.pow(Math.sqrt(2), -1.83));
    }

    /** Lower edge of bin {@code i} (m). */
    static double binLower(int i) {
        return 1000 * Math.pow(2, (i - INDEX_1KM) / 2.0);
    }

    /** Expected craters per m² in bin {@code i} (whole bin, before clipping to the diameter limits). */
    double density(int i) {
        return density[i];
    }

    /** Fresh depth, rim crest to floor (m), of a crater of diameter D (m): Garvin &amp; Frawley (1998). */
    static double freshDepth(double diameter) {
        double km = diameter / 1000;
        return 1000 * (km < 8 ? 0.14 * Math.pow(km, 0.90) : 0.25 * Math.pow(km, 0.49));
    }

    /** Fresh rim height (m) of a crater of diameter D (m): Pike (1977). */
    static double freshRimHeight(double diameter) {
        return 1000 * 0.036 * Math.pow(diameter / 1000, 1.014);
    }

    /**
     * Craters with diameter ≥ {@code smallest} (m) whose reach overlaps the box [e0, e1] × [n0, n1] (m).
     */
    List<Crater> overlapping(double e0, double e1, double n0, double n1, double smallest) {
        List<Crater> out = new ArrayList<>();
        for (int b = firstBin; b <= lastBin; b++) {
            double upper = binLower(b) * Math.sqrt(2);
            if (upper <= smallest) {
                continue;
            }
            double size = cell[b];
            double margin = Crater.EJECTA_REACH * upper / 2;
            long i0 = (long) Math.floor((e0 - margin) / size);
            long i1 = (long) Math.floor((e1 + margin) / size);
            long j0 = (long) Math.floor((n0 - margin) / size);
            long j1 = (long) Math.floor((n1 + margin) / size);
            for (long i = i0; i <= i1; i++) {
                for (long j = j0; j <= j1; j++) {
                    for (Crater c : inCell(b, i, j)) {
                        if (c.diameter() >= smallest && c.east() + c.reach() >= e0 && c.east() - c.reach() <= e1
                                && c.north() + c.reach() >= n0 && c.north() - c.reach() <= n1) {
                            out.add(c);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The craters of bin {@code b} centred in seed cell (i, j), within the diameter limits. */
    List<Crater> inCell(int b, long i, long j) {
        double size = cell[b];
        CellRandom r = new CellRandom(seed, STREAM + b, i, j);
        int count = r.poisson(density[b] * size * size);
        List<Crater> out = new ArrayList<>(count);
        double lower = binLower(b);
        for (int k = 0; k < count; k++) {
            double e = (i + r.nextDouble()) * size;
            double n = (j + r.nextDouble()) * size;
            // Within the bin, cumulative slope −2: 1/D² uniform between the edges.
            double inv2 = 1 / (lower * lower);
            double d = 1 / Math.sqrt(inv2 - r.nextDouble() * (inv2 - inv2 / 2));
            double fresh = MIN_FRESHNESS + (1 - MIN_FRESHNESS) * r.nextDouble();
            if (d >= minDiameter && d < maxDiameter) {
                out.add(new Crater(e, n, d, fresh * freshDepth(d), fresh * freshRimHeight(d)));
            }
        }
        return out;
    }

    int firstBin() {
        return firstBin;
    }

    int lastBin() {
        return lastBin;
    }

    double cellSize(int b) {
        return cell[b];
    }
}
