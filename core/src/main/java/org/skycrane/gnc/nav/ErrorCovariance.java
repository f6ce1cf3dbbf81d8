package org.skycrane.gnc.nav;

import java.util.Arrays;

/**
 * The covariance of a Kalman filter's error state, with the two operations an error-state filter
 * needs: propagation P ← Φ P Φᵀ + Q and the scalar measurement update. Dense, symmetric, small, kept
 * row-major in one array; transition matrices are mostly zero, so their products skip zeros.
 */
final class ErrorCovariance {

    /**
     * A gain with at most this share of its entries nonzero (a scalar update with most states
     * considered) updates only the rows and columns it touches.
     */
    private static final double SPARSE_GAIN = 1.0 / 3;

    private final int n;
    private final double[] p;
    private final double[] work;
    // scratch, reused by every call (one filter, one thread): no allocation per IMU cycle
    private final int[] nonzero;
    private final int[] counts;
    private final int[] used;
    private final int[] changed;
    private final int[] gain;
    private final double[] a;
    private final double[] k;
    private final double[] optimal;
    private final double[] delta;
    /** The row whose P h is in {@link #a}, from {@link #prepare} (null: none). */
    private double[] prepared;

    ErrorCovariance(int n) {
        this.n = n;
        this.p = new double[n * n];
        this.work = new double[n * n];
        this.nonzero = new int[n * n];
        this.counts = new int[n];
        this.used = new int[n];
        this.changed = new int[n];
        this.gain = new int[n];
        this.a = new double[n];
        this.k = new double[n];
        this.optimal = new double[n];
        this.delta = new double[n];
    }

    double get(int i, int j) {
        return p[i * n + j];
    }

    void set(int i, int j, double value) {
        prepared = null;
        p[i * n + j] = value;
        p[j * n + i] = value;
    }

    /** A copy of P, for {@link #restore}. */
    double[] copy() {
        return p.clone();
    }

    /** P ← {@code saved}, a {@link #copy} of it. */
    void restore(double[] saved) {
        prepared = null;
        System.arraycopy(saved, 0, p, 0, p.length);
    }

    /** P ← λ P: every uncertainty {@code √λ} times wider, the correlations kept. */
    void widen(double lambda) {
        prepared = null;
        for (int i = 0; i < p.length; i++) {
            p[i] *= lambda;
        }
    }

    /** Sets the variance of state {@code i} and removes its correlations. */
    void reset(int i, double variance) {
        prepared = null;
        for (int x = 0; x < n; x++) {
            p[i * n + x] = 0;
            p[x * n + i] = 0;
        }
        p[i * n + i] = variance;
    }

    /** P ← Φ P Φᵀ + Q, visiting only the nonzero entries of Φ's rows. */
    void propagate(double[][] phi, double[][] q) {
        propagate(phi, q, n);
    }

    /**
     * P ← Φ P Φᵀ + Q for a Φ whose rows from {@code dense} on hold their diagonal entry alone (states that
     * persist or decay on their own, as an error-state filter's calibration states do), visiting only the
     * nonzero entries of the rows before it. Each entry is summed in the same order, term for term, as a
     * product that visits every nonzero entry of Φ would sum it, so the result does not depend on
     * {@code dense}; what it saves is the work on the diagonal rows (two thirds of a navigation filter's Φ)
     * and the dependent chain of a dot product per entry, which summing a row of entries at once breaks.
     */
    void propagate(double[][] phi, double[][] q, int dense) {
        assert diagonalFrom(phi, dense) : "rows of Φ from " + dense + " on must hold their diagonal entry alone";
        prepared = null;
        for (int i = 0; i < dense; i++) {
            int count = 0;
            double[] phiRow = phi[i];
            for (int c = 0; c < n; c++) {
                if (phiRow[c] != 0) {
                    nonzero[i * n + count++] = c;
                }
            }
            counts[i] = count;
        }
        for (int i = 0; i < dense; i++) { // work = Φ P, its first rows
            int row = i * n;
            Arrays.fill(work, row, row + n, 0);
            double[] phiRow = phi[i];
            for (int x = 0, count = counts[i]; x < count; x++) {
                int c = nonzero[i * n + x];
                double f = phiRow[c];
                int pc = c * n;
                for (int j = 0; j < n; j++) {
                    work[row + j] += f * p[pc + j];
                }
            }
        }
        // P = work Φᵀ + Q, upper triangle mirrored. Rows of the dense block: column j of the result over
        // rows i ≤ j at once, term by term along row j of Φ
        double[] column = delta;
        for (int j = 0; j < dense; j++) {
            double[] phiRow = phi[j];
            for (int i = 0; i <= j; i++) {
                column[i] = q[i][j];
            }
            for (int x = 0, count = counts[j]; x < count; x++) {
                int c = nonzero[j * n + x];
                double f = phiRow[c];
                for (int i = 0; i <= j; i++) {
                    column[i] += work[i * n + c] * f;
                }
            }
            for (int i = 0; i <= j; i++) {
                p[i * n + j] = column[i];
                p[j * n + i] = column[i];
            }
        }
        for (int i = 0; i < dense; i++) { // against the diagonal rows: one term each
            int row = i * n;
            double[] qi = q[i];
            for (int j = dense; j < n; j++) {
                double d = phi[j][j];
                double sum = d != 0 ? qi[j] + work[row + j] * d : qi[j];
                p[row + j] = sum;
                p[j * n + i] = sum;
            }
        }
        for (int i = dense; i < n; i++) { // among the diagonal rows (read before written: upper triangle)
            int row = i * n;
            double di = phi[i][i];
            double[] qi = q[i];
            for (int j = i; j < n; j++) {
                double d = phi[j][j];
                double w = di != 0 ? 0 + di * p[row + j] : 0;
                double sum = d != 0 ? qi[j] + w * d : qi[j];
                p[row + j] = sum;
                p[j * n + i] = sum;
            }
        }
    }

    private static boolean diagonalFrom(double[][] phi, int dense) {
        for (int i = dense; i < phi.length; i++) {
            for (int j = 0; j < phi[i].length; j++) {
                if (j != i && phi[i][j] != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** hᵀ P h + r: the variance of a scalar measurement's innovation. */
    double innovationVariance(double[] h, double r) {
        double s = prepare(h, r);
        prepared = null;
        return s;
    }

    /**
     * hᵀ P h + r, as {@link #innovationVariance}, keeping a = P h for an {@link #update} with this row
     * that follows before P changes. The row is recognised by identity: its entries must not change in
     * between (any change to P forgets a; an update with another array computes its own). P is symmetric, so a is the sum of P's rows weighted by h's nonzero
     * entries, taken row by row.
     */
    double prepare(double[] h, double r) {
        final double[] pp = p;
        final double[] aa = a;
        final int size = n;
        Arrays.fill(aa, 0);
        for (int c = 0; c < size; c++) {
            double hc = h[c];
            if (hc != 0) {
                int row = c * size;
                for (int i = 0; i < size; i++) {
                    aa[i] += pp[row + i] * hc;
                }
            }
        }
        double s = r;
        for (int c = 0; c < size; c++) {
            if (h[c] != 0) {
                s += h[c] * aa[c];
            }
        }
        prepared = h;
        return s;
    }

    /**
     * The innovation of a scalar measurement whose residual against the state before this update is
     * {@code y}, after the corrections {@code dx} its earlier rows already made: y − h·dx.
     */
    static double innovation(double[] h, double y, double[] dx) {
        double innovation = y;
        for (int i = 0; i < h.length; i++) {
            innovation -= h[i] * dx[i];
        }
        return innovation;
    }

    /** Whether residual {@code y} of row {@code h} (noise variance r), after {@code dx}, lies inside χ² gate {@code gate}. */
    boolean inGate(double[] h, double y, double r, double[] dx, double gate) {
        double innovation = innovation(h, y, dx);
        return innovation * innovation <= gate * innovationVariance(h, r);
    }

    /**
     * The scalar update of residual {@code y} of row {@code h} (noise variance r), after {@code dx}, if its
     * innovation passes χ² gate {@code gate} (its variance computed once); the gain as in
     * {@link #update(double[], double, double, double[], double[][], int, int)}. Returns whether it passed.
     */
    boolean gatedUpdate(double[] h, double y, double r, double[] dx, double gate, double[][] projector, int from,
                        int to) {
        double innovation = innovation(h, y, dx);
        double s = prepare(h, r);
        if (innovation * innovation > gate * s) {
            return false;
        }
        update(h, innovation, s, dx, projector, from, to);
        return true;
    }

    /** The scalar update of residual {@code y} of row {@code h} (noise variance r), after {@code dx}, already gated. */
    void scalarUpdate(double[] h, double y, double r, double[] dx, double[][] projector, int from, int to) {
        double s = prepare(h, r);
        update(h, innovation(h, y, dx), s, dx, projector, from, to);
    }

    /**
     * The covariance R P Rᵀ of the linear combinations of the state that are {@code rows} (each of
     * length n, mostly zero).
     */
    double[][] project(double[][] rows) {
        int m = rows.length;
        int[][] support = new int[m][]; // each row's nonzero entries, in order
        for (int i = 0; i < m; i++) {
            int count = 0;
            for (int a = 0; a < n; a++) {
                if (rows[i][a] != 0) {
                    count++;
                }
            }
            support[i] = new int[count];
            count = 0;
            for (int a = 0; a < n; a++) {
                if (rows[i][a] != 0) {
                    support[i][count++] = a;
                }
            }
        }
        double[][] out = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double sum = 0;
                for (int a : support[i]) {
                    double ra = rows[i][a];
                    for (int b : support[j]) {
                        sum += ra * p[a * n + b] * rows[j][b];
                    }
                }
                out[i][j] = sum;
            }
        }
        return out;
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
        if (prepared != h) {
            prepare(h, 0);
        }
        prepared = null;
        final double[] pp = p;
        final double[] aa = a;
        final double[] kk = k;
        final int size = n;
        double perS = 1 / s;
        for (int i = 0; i < size; i++) {
            optimal[i] = aa[i] * perS;
            kk[i] = optimal[i];
        }
        if (projector != null) {
            double head0 = kk[0];
            double head1 = kk[1];
            double head2 = kk[2];
            for (int i = 0; i < 3; i++) {
                kk[i] = projector[i][0] * head0 + projector[i][1] * head1 + projector[i][2] * head2;
            }
        }
        for (int i = Math.max(from, 0); i <= to; i++) {
            kk[i] = 0;
        }
        int m = 0;
        int support = 0;
        for (int i = 0; i < size; i++) {
            delta[i] = kk[i] - optimal[i];
            if (delta[i] != 0) {
                changed[m++] = i;
            }
            if (kk[i] != 0) {
                gain[support++] = i;
            }
            correction[i] += kk[i] * y;
        }
        if (m > 0 && support <= SPARSE_GAIN * size) {
            sparseJoseph(s, support);
            return;
        }
        // Joseph's form with K = a/s + Δ reduces to P − a aᵀ/s + s Δ Δᵀ, Δ nonzero only where the
        // gain was projected or zeroed (exact algebra, half the work of the general form); row by row
        // over the whole of P, contiguous loops a compiler may vectorise (at 24–27 long C2 mostly does not,
        // docs/performance.md), and (aᵢ aⱼ)/s is the same product for (i, j) and (j, i), so P stays
        // exactly symmetric
        for (int i = 0; i < size; i++) {
            double ai = aa[i];
            int row = i * size;
            for (int j = 0; j < size; j++) {
                pp[row + j] -= ai * aa[j] * perS;
            }
        }
        for (int x = 0; x < m; x++) {
            int i = changed[x];
            double sdi = s * delta[i];
            for (int z = x; z < m; z++) {
                int j = changed[z];
                double v = pp[i * size + j] + sdi * delta[j];
                pp[i * size + j] = v;
                pp[j * size + i] = v;
            }
        }
    }

    /**
     * Joseph's form term by term, P ← P − K aᵀ − a Kᵀ + s K Kᵀ, for a gain with few nonzero entries
     * ({@code support} of them, listed in {@link #gain}): only their rows and columns change (a range with
     * the inertial states considered corrects six of 27 states, and so touches two fifths of P instead of
     * all of it).
     */
    private void sparseJoseph(double s, int support) {
        final double[] pp = p;
        final double[] aa = a;
        final double[] kk = k;
        final int size = n;
        for (int x = 0; x < support; x++) {
            int i = gain[x];
            double ki = kk[i];
            double ai = aa[i];
            int row = i * size;
            for (int j = 0; j < size; j++) {
                if (kk[j] != 0 && j < i) { // done with row j
                    continue;
                }
                double v = pp[row + j] - ki * aa[j] - ai * kk[j] + s * ki * kk[j];
                pp[row + j] = v;
                pp[j * size + i] = v;
            }
        }
    }
}
