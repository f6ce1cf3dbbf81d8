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
 * {@link #SPACING} and interpolated bilinearly (the field changes little over a tenth of L).
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
        double x = Math.max(0, Math.min(size - 1, (east + half) / SPACING));
        double y = Math.max(0, Math.min(size - 1, (north + half) / SPACING));
        int i = Math.min((int) x, size - 2);
        int j = Math.min((int) y, size - 2);
        double fx = x - i;
        double fy = y - j;
        return (1 - fy) * ((1 - fx) * node(i, j) + fx * node(i + 1, j)) + fy * ((1 - fx) * node(i, j + 1)
                + fx * node(i + 1, j + 1));
    }

    /** The field's value at a point (m), summed exactly. */
    double exact(double east, double north) {
        double sum = 0;
        for (int k = 0; k < WAVES; k++) {
            sum += FastMath.cos(kx[k] * east + ky[k] * north + phase[k]);
        }
        return amplitude * sum;
    }

    private double node(int i, int j) {
        int index = j * size + i;
        double v = grid[index];
        if (Double.isNaN(v)) {
            v = exact(i * SPACING - half, j * SPACING - half);
            grid[index] = v;
        }
        return v;
    }
}
