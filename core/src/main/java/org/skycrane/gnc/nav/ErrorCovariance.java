package org.skycrane.gnc.nav;

import java.util.Arrays;

/**
 * The covariance of a Kalman filter's error state, with the two operations an error-state filter
 * needs: propagation P ← Φ P Φᵀ + Q and the scalar measurement update. Dense, symmetric, small;
 * transition matrices are mostly zero, so their products skip zeros.
 */
final class ErrorCovariance {

    private final int n;
    private final double[][] p;
    private final double[][] work;
    // scratch, reused by every call (one filter, one thread): no allocation per IMU cycle
    private final int[][] nonzero;
    private final int[] counts;
    private final int[] used;
    private final int[] changed;
    private final double[] a;
    private final double[] k;
    private final double[] delta;

    ErrorCovariance(int n) {
        this.n = n;
        this.p = new double[n][n];
        this.work = new double[n][n];
        this.nonzero = new int[n][n];
        this.counts = new int[n];
        this.used = new int[n];
        this.changed = new int[n];
        this.a = new double[n];
        this.k = new double[n];
        this.delta = new double[n];
    }

    int size() {
        return n;
    }

    double get(int i, int j) {
        return p[i][j];
    }

    void set(int i, int j, double value) {
        p[i][j] = value;
        p[j][i] = value;
    }

    /** A copy of P, for {@link #restore}. */
    double[][] copy() {
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = p[i].clone();
        }
        return out;
    }

    /** P ← {@code saved}, a {@link #copy} of it. */
    void restore(double[][] saved) {
        for (int i = 0; i < n; i++) {
            System.arraycopy(saved[i], 0, p[i], 0, n);
        }
    }

    /** P ← λ P: every uncertainty {@code √λ} times wider, the correlations kept. */
    void widen(double lambda) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                p[i][j] *= lambda;
            }
        }
    }

    /** Sets the variance of state {@code i} and removes its correlations. */
    void reset(int i, double variance) {
        for (int k = 0; k < n; k++) {
            p[i][k] = 0;
            p[k][i] = 0;
        }
        p[i][i] = variance;
    }

    /** P ← Φ P Φᵀ + Q, visiting only the nonzero entries of Φ's rows. */
    void propagate(double[][] phi, double[][] q) {
        for (int i = 0; i < n; i++) {
            int count = 0;
            int[] nz = nonzero[i];
            double[] phiRow = phi[i];
            for (int c = 0; c < n; c++) {
                if (phiRow[c] != 0) {
                    nz[count++] = c;
                }
            }
            counts[i] = count;
        }
        for (int i = 0; i < n; i++) { // work = Φ P
            double[] row = work[i];
            Arrays.fill(row, 0);
            double[] phiRow = phi[i];
            int[] nz = nonzero[i];
            for (int x = 0, count = counts[i]; x < count; x++) {
                int c = nz[x];
                double f = phiRow[c];
                double[] pc = p[c];
                for (int j = 0; j < n; j++) {
                    row[j] += f * pc[j];
                }
            }
        }
        for (int i = 0; i < n; i++) { // P = work Φᵀ + Q, upper triangle mirrored
            double[] w = work[i];
            double[] qi = q[i];
            double[] pi = p[i];
            for (int j = i; j < n; j++) {
                double[] phiRow = phi[j];
                int[] nz = nonzero[j];
                double sum = qi[j];
                for (int x = 0, count = counts[j]; x < count; x++) {
                    int c = nz[x];
                    sum += w[c] * phiRow[c];
                }
                pi[j] = sum;
                p[j][i] = sum;
            }
        }
    }

    /** hᵀ P h + r: the variance of a scalar measurement's innovation. */
    double innovationVariance(double[] h, double r) {
        double s = r;
        for (int i = 0; i < n; i++) {
            if (h[i] != 0) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    sum += p[i][j] * h[j];
                }
                s += h[i] * sum;
            }
        }
        return s;
    }

    /**
     * The scalar update with innovation {@code y} of variance {@code s}, gain K = P h / s: adds K y to
     * {@code correction} and removes K hᵀ P from P.
     */
    void update(double[] h, double y, double s, double[] correction) {
        update(h, y, s, correction, null, -1, -1);
    }

    /**
     * The scalar update with a gain whose rows {@code 0..2} are projected by {@code projector} (3×3, or
     * null for none), and its rows {@code from} to {@code to} (inclusive; -1 for none) zero: a
     * suboptimal gain that leaves part of the state as the prediction had it (a "consider" state),
     * with P updated by Joseph's form, which holds for any gain:
     * P ← P − K aᵀ − a Kᵀ + s K Kᵀ with a = P h.
     */
    void update(double[] h, double y, double s, double[] correction, double[][] projector, int from, int to) {
        int count = 0;
        for (int j = 0; j < n; j++) {
            if (h[j] != 0) {
                used[count++] = j;
            }
        }
        for (int i = 0; i < n; i++) {
            double sum = 0;
            double[] row = p[i];
            for (int c = 0; c < count; c++) {
                sum += row[used[c]] * h[used[c]];
            }
            a[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            k[i] = a[i] / s;
        }
        if (projector != null) {
            double head0 = k[0];
            double head1 = k[1];
            double head2 = k[2];
            for (int i = 0; i < 3; i++) {
                k[i] = projector[i][0] * head0 + projector[i][1] * head1 + projector[i][2] * head2;
            }
        }
        for (int i = Math.max(from, 0); i <= to; i++) {
            k[i] = 0;
        }
        // Joseph's form with K = a/s + Δ reduces to P − a aᵀ/s + s Δ Δᵀ, Δ nonzero only where the
        // gain was projected or zeroed (exact algebra, half the work of the general form)
        int m = 0;
        for (int i = 0; i < n; i++) {
            delta[i] = k[i] - a[i] / s;
            if (delta[i] != 0) {
                changed[m++] = i;
            }
            correction[i] += k[i] * y;
        }
        for (int i = 0; i < n; i++) {
            double ai = a[i] / s;
            double[] row = p[i];
            for (int j = i; j < n; j++) {
                double v = row[j] - ai * a[j];
                row[j] = v;
                p[j][i] = v;
            }
        }
        for (int x = 0; x < m; x++) {
            int i = changed[x];
            for (int z = 0; z < m; z++) {
                p[i][changed[z]] += s * delta[i] * delta[changed[z]];
            }
        }
    }
}
