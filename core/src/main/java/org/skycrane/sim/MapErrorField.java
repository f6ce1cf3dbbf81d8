package org.skycrane.sim;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.hipparchus.util.FastMath;
import org.skycrane.gnc.nav.OnboardMap;

/**
 * The onboard map's own height error, drawn: a stationary Gaussian random field of 1σ {@code sigma}
 * and correlation exp(−d²/L²), made as a sum of random plane waves (the spectral method of Shinozuka
 * & Deodatis, "Simulation of multi-dimensional Gaussian stochastic fields by spectral
 * representation", Applied Mechanics Reviews 49, 1996): each wave's wavenumber drawn from the
 * covariance's spectral density, a normal of variance 2/L² per axis, its phase uniform, so the sum
 * has exactly that covariance in the mean over draws. Evaluated lazily on a grid of
 * {@link #SPACING} and interpolated bilinearly (the field changes little over a tenth of L). On the
 * grid each wave separates, cos(kₓx + k_y y + φ) = cos(kₓx + φ) cos(k_y y) − sin(kₓx + φ) sin(k_y y),
 * so a node costs products of per-column and per-row tables, not a cosine per wave.
 */
final class MapErrorField implements OnboardMap.Correction {

    /** Plane waves summed. */
    static final int WAVES = 64;
    /** Grid spacing of the lazy evaluation (m). */
    static final double SPACING = 200;

    private final double[] kx = new double[WAVES];
    private final double[] ky = new double[WAVES];
    private final double[] phase = new double[WAVES];
    private final double amplitude;
    /** Bound on the exact field's gradient (m/m). */
    private final double slope;
    private final double half;
    private final int size;
    private final double[] grid;
    /** Per grid column i and wave k, cos and sin of kₓ xᵢ + φ (filled a column at a time when first needed). */
    private final double[] columnCos;
    private final double[] columnSin;
    private final boolean[] columnDone;
    /** Per grid row j and wave k, cos and sin of k_y y_j. */
    private final double[] rowCos;
    private final double[] rowSin;
    private final boolean[] rowDone;

    /**
     * @param sigma       1σ (m)
     * @param correlation L (m)
     * @param halfWidth   half the map's width (m); beyond it the field holds its edge value
     * @param seed        the draw
     */
    MapErrorField(double sigma, double correlation, double halfWidth, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x6d61704cL);
        double s = FastMath.sqrt(2) / correlation;
        for (int i = 0; i < WAVES; i++) {
            kx[i] = s * random.nextGaussian();
            ky[i] = s * random.nextGaussian();
            phase[i] = 2 * Math.PI * random.nextDouble();
        }
        this.amplitude = sigma * FastMath.sqrt(2.0 / WAVES);
        double sum = 0;
        for (int i = 0; i < WAVES; i++) {
            sum += FastMath.hypot(kx[i], ky[i]);
        }
        this.slope = amplitude * sum;
        this.size = (int) Math.ceil(2 * halfWidth / SPACING) + 1;
        this.half = (size - 1) * SPACING / 2;
        this.grid = new double[size * size];
        Arrays.fill(grid, Double.NaN);
        this.columnCos = new double[size * WAVES];
        this.columnSin = new double[size * WAVES];
        this.columnDone = new boolean[size];
        this.rowCos = new double[size * WAVES];
        this.rowSin = new double[size * WAVES];
        this.rowDone = new boolean[size];
    }

    /**
     * The exact field's gradient is at most amplitude·Σ|k|, so its grid values' edges are no steeper, and
     * the bilinear interpolant's gradient at most √2 times that.
     */
    @Override
    public double maxSlope() {
        return FastMath.sqrt(2) * slope;
    }

    @Override
    public double at(double east, double north) {
        double x = Math.max(0, Math.min(size - 1, (east + half) * (1 / SPACING)));
        double y = Math.max(0, Math.min(size - 1, (north + half) * (1 / SPACING)));
        int i = Math.min((int) x, size - 2);
        int j = Math.min((int) y, size - 2);
        double fx = x - i;
        double fy = y - j;
        return (1 - fy) * ((1 - fx) * node(i, j) + fx * node(i + 1, j)) + fy * ((1 - fx) * node(i, j + 1)
                + fx * node(i + 1, j + 1));
    }

    /** The field's value at a point (m), summed wave by wave: its definition, which the nodes' tables reproduce. */
    double exact(double east, double north) {
        double sum = 0;
        for (int k = 0; k < WAVES; k++) {
            sum += FastMath.cos(kx[k] * east + ky[k] * north + phase[k]);
        }
        return amplitude * sum;
    }

    /** The field at grid node (i, j), from the column's and the row's tables. */
    double node(int i, int j) {
        int index = j * size + i;
        double v = grid[index];
        if (Double.isNaN(v)) {
            if (!columnDone[i]) {
                double x = nodeCoordinate(i);
                for (int k = 0; k < WAVES; k++) {
                    columnCos[i * WAVES + k] = FastMath.cos(kx[k] * x + phase[k]);
                    columnSin[i * WAVES + k] = FastMath.sin(kx[k] * x + phase[k]);
                }
                columnDone[i] = true;
            }
            if (!rowDone[j]) {
                double y = nodeCoordinate(j);
                for (int k = 0; k < WAVES; k++) {
                    rowCos[j * WAVES + k] = FastMath.cos(ky[k] * y);
                    rowSin[j * WAVES + k] = FastMath.sin(ky[k] * y);
                }
                rowDone[j] = true;
            }
            double sum = 0;
            for (int k = 0; k < WAVES; k++) {
                sum += columnCos[i * WAVES + k] * rowCos[j * WAVES + k] - columnSin[i * WAVES + k] * rowSin[j * WAVES + k];
            }
            v = amplitude * sum;
            grid[index] = v;
        }
        return v;
    }

    /** Map east (m) of grid column {@code i}, and map north (m) of grid row {@code i}. */
    double nodeCoordinate(int i) {
        return i * SPACING - half;
    }
}
