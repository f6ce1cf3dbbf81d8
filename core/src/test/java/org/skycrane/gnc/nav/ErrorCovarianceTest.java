package org.skycrane.gnc.nav;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;

/**
 * The covariance's scalar update against Joseph's form written out in full,
 * P' = (I − K hᵀ) P (I − K hᵀ)ᵀ + K r Kᵀ, on random covariances: a closed form, which holds for any
 * gain, so it checks the optimal update, the projected and consider-state gains, and the shortcut that
 * touches only the rows of a sparse gain, to rounding (1e-12 of P's largest entry).
 */
class ErrorCovarianceTest {

    /** The filter's layout: its state count and, below, its consider ranges and a range row's states. */
    private static final int N = NavigationFilter.N;

    @Test
    void theOptimalUpdateIsJosephsForm() {
        check(null, -1, -1, 1);
    }

    @Test
    void aGainWithConsiderStatesIsJosephsForm() {
        check(null, NavigationFilter.PHI, NavigationFilter.PHI + 2, 2); // the attitude considered: a dense gain
    }

    @Test
    void aSparseGainTouchingOnlyItsRowsIsJosephsForm() {
        // the ranges once settled: velocity to the IMU's calibration considered, position projected on the
        // vertical, so the gain has six nonzero entries and the update takes its sparse path
        double[] up = {0.3, -0.5, 0.81};
        double norm = Math.sqrt(up[0] * up[0] + up[1] * up[1] + up[2] * up[2]);
        double[][] vertical = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                vertical[i][j] = up[i] * up[j] / (norm * norm);
            }
        }
        check(vertical, NavigationFilter.V, NavigationFilter.OFFSET - 1, 3);
    }

    /**
     * P h kept by {@code prepare} is used only for the row it was computed for and only while P is as it
     * was: an update with another row, or after P changed, computes its own (both against Joseph's form).
     */
    @Test
    void aKeptPhIsNotUsedForAnotherRowOrAfterPChanged() {
        SplittableRandom random = new SplittableRandom(4);
        double[][] p = randomCovariance(random);
        double[] h = new double[N];
        double[] other = new double[N];
        for (int i = 0; i < 9; i++) {
            h[i] = random.nextGaussian();
            other[N - 1 - i] = random.nextGaussian();
        }
        double r = 0.3;
        for (int variant = 0; variant < 2; variant++) {
            ErrorCovariance c = new ErrorCovariance(N);
            load(c, p);
            c.prepare(h, r);
            double[] row = other;
            if (variant == 1) { // P changes between the gate and the update
                p[2][2] += 1;
                c.set(2, 2, p[2][2]);
                row = h;
            }
            double[] ph = multiply(p, row);
            double s = r;
            for (int i = 0; i < N; i++) {
                s += row[i] * ph[i];
            }
            double[] correction = new double[N];
            c.update(row, 1.0, s, correction); // straight after, without preparing this row

            double[] k = new double[N];
            for (int i = 0; i < N; i++) {
                k[i] = ph[i] / s;
            }
            double[][] expected = joseph(p, k, row, r);
            for (int i = 0; i < N; i++) {
                for (int j = 0; j < N; j++) {
                    assertEquals(expected[i][j], c.get(i, j), 1e-10, "variant " + variant + ", P[" + i + "][" + j + "]");
                }
            }
        }
    }

    /**
     * R P Rᵀ of sparse rows against the product written out (to 1e-12 relative), and the gate: a
     * residual just outside χ² gate γ (y² = 1.01 γ s) leaves P and the correction as they were, one just
     * inside (0.99 γ s) updates both, as the ungated update does.
     */
    @Test
    void projectionAndGateAgainstTheirDefinitions() {
        SplittableRandom random = new SplittableRandom(5);
        double[][] p = randomCovariance(random);
        ErrorCovariance c = new ErrorCovariance(N);
        load(c, p);
        double[][] rows = new double[3][N];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < N; j++) {
                rows[i][j] = random.nextInt(3) == 0 ? random.nextGaussian() : 0;
            }
        }
        double[][] projected = c.project(rows);
        for (int i = 0; i < 3; i++) {
            double[] pr = multiply(p, rows[i]);
            for (int j = 0; j < 3; j++) {
                double expected = 0; // (R P Rᵀ)ᵢⱼ = rowⱼ · (P rowᵢ), P symmetric
                for (int x = 0; x < N; x++) {
                    expected += rows[j][x] * pr[x];
                }
                assertEquals(expected, projected[i][j], 1e-12 * Math.abs(expected), "R P Rᵀ (" + i + ", " + j + ")");
            }
        }
        double[] h = rows[0];
        double r = 0.5;
        double gate = 9;
        double s = c.innovationVariance(h, r);
        double[] before = c.copy();
        double[] dx = new double[N];
        assertFalse(c.gatedUpdate(h, Math.sqrt(1.01 * gate * s), r, dx, gate, null, -1, -1), "outside the gate");
        assertArrayEquals(before, c.copy(), "P untouched by a rejected residual");
        assertArrayEquals(new double[N], dx, "correction untouched");
        assertTrue(c.gatedUpdate(h, Math.sqrt(0.99 * gate * s), r, dx, gate, null, -1, -1), "inside the gate");
        ErrorCovariance ungated = new ErrorCovariance(N);
        load(ungated, p);
        double[] dy = new double[N];
        ungated.scalarUpdate(h, Math.sqrt(0.99 * gate * s), r, dy, null, -1, -1);
        assertArrayEquals(ungated.copy(), c.copy(), "the gated update is the scalar update");
        assertArrayEquals(dy, dx, "and so is its correction");
        // after an earlier row's correction dx the innovation is y − h·dx: a residual just inside the gate
        // on its own is outside once dx has moved this row's prediction 3σ (3√s) the other way
        double[] taken = new double[N];
        double[] a = multiply(p, h);
        double hph = multiply(h, a);
        for (int i = 0; i < N; i++) {
            taken[i] = -3 * Math.sqrt(s) * a[i] / hph; // h·taken = −3√s
        }
        load(c, p);
        double edge = Math.sqrt(0.99 * gate * s);
        assertTrue(c.inGate(h, edge, r, new double[N], gate), "inside the gate without earlier corrections");
        double shift = ErrorCovariance.innovation(h, 0, taken);
        assertEquals(-multiply(h, taken), shift, 1e-12 * Math.abs(shift), "innovation of a zero residual is −h·dx");
        assertFalse(c.inGate(h, edge, r, taken, gate), "outside once dx has moved the prediction away");
    }

    /**
     * Propagation, P ← Φ P Φᵀ + Q, against the product written out, for a Φ shaped as the filter's (its
     * first rows coupled, the rest diagonal, some of those zero, as after a reset) and a Q with entries in
     * both parts; and the shortcut that treats the diagonal rows as such gives the general product's
     * numbers bit for bit (it sums every entry in the same order), so switching to it moved no flight.
     * The filter's Φ has that shape: {@link ErrorDynamics#transition} leaves the rows from
     * {@link ErrorDynamics#COUPLED_ROWS} on diagonal.
     */
    @Test
    void propagationAgainstItsDefinitionAndTheDiagonalRowsShortcutBitForBit() {
        SplittableRandom random = new SplittableRandom(11);
        int coupled = ErrorDynamics.COUPLED_ROWS;
        for (int trial = 0; trial < 10; trial++) {
            double[][] p = randomCovariance(random);
            double[][] phi = new double[N][N];
            double[][] q = new double[N][N];
            for (int i = 0; i < N; i++) {
                for (int j = 0; j < N; j++) {
                    phi[i][j] = i < coupled ? (random.nextInt(3) == 0 ? 0 : random.nextGaussian()) : 0;
                }
                if (i >= coupled) {
                    phi[i][i] = random.nextInt(5) == 0 ? 0 : 1 - 0.1 * random.nextDouble();
                }
                for (int j = 0; j <= i; j++) {
                    double v = random.nextInt(4) == 0 ? 0.01 * random.nextGaussian() : 0;
                    q[i][j] = v;
                    q[j][i] = v;
                }
            }
            ErrorCovariance general = new ErrorCovariance(N);
            load(general, p);
            general.propagate(phi, q);
            ErrorCovariance shortcut = new ErrorCovariance(N);
            load(shortcut, p);
            shortcut.propagate(phi, q, coupled);
            assertArrayEquals(general.copy(), shortcut.copy(), "the shortcut sums as the general product does");
            assertArrayEquals(asBefore(p, phi, q), general.copy(), "and both as the product before 2026-12-08 did");
            double scale = 0;
            for (int i = 0; i < N; i++) {
                for (int j = 0; j < N; j++) {
                    double expected = q[i][j];
                    for (int a = 0; a < N; a++) {
                        for (int b = 0; b < N; b++) {
                            expected += phi[i][a] * p[a][b] * phi[j][b];
                        }
                    }
                    scale = Math.max(scale, Math.abs(expected));
                    assertEquals(expected, general.get(i, j), 1e-12 * Math.max(1, scale), "(Φ P Φᵀ + Q) " + i + ", " + j);
                }
            }
        }
        double[][] phi = new double[N][N];
        var c = new Rotation(0.8, 0.2, -0.4, 0.4, true);
        ErrorDynamics.transition(phi, 4.28e13, new Vector3D(3.39e6, 1e5, 2e5),
                0.1, new Vector3D(1, 2, 3),
                new Vector3D(0.3, 0.1, -0.2),
                new Vector3D(-2, 1, 3),
                new Vector3D(0.2, -0.3, 0.1),
                new Vector3D(1e-3, 2e-3, -1e-3), c, c);
        for (int i = coupled; i < N; i++) {
            for (int j = 0; j < N; j++) {
                assertEquals(i == j ? 1 : 0, phi[i][j], "row " + i + " of the filter's Φ is diagonal");
            }
        }
    }

    /**
     * Φ P Φᵀ + Q as {@link ErrorCovariance#propagate} summed it until 2026-12-08 (617236f's parent), kept
     * as the reference for the bit-for-bit claim: W = Φ P row by row over Φ's nonzero entries, then each
     * upper entry one dot product of W's row with Φ's, Q first, mirrored.
     */
    private static double[] asBefore(double[][] pIn, double[][] phi, double[][] q) {
        double[] p = new double[N * N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                p[i * N + j] = pIn[Math.min(i, j)][Math.max(i, j)];
            }
        }
        double[] work = new double[N * N];
        for (int i = 0; i < N; i++) {
            for (int c = 0; c < N; c++) {
                if (phi[i][c] != 0) {
                    for (int j = 0; j < N; j++) {
                        work[i * N + j] += phi[i][c] * p[c * N + j];
                    }
                }
            }
        }
        double[] out = new double[N * N];
        for (int i = 0; i < N; i++) {
            for (int j = i; j < N; j++) {
                double sum = q[i][j];
                for (int c = 0; c < N; c++) {
                    if (phi[j][c] != 0) {
                        sum += work[i * N + c] * phi[j][c];
                    }
                }
                out[i * N + j] = sum;
                out[j * N + i] = sum;
            }
        }
        return out;
    }

    private static void load(ErrorCovariance c, double[][] p) {
        for (int i = 0; i < N; i++) {
            for (int j = i; j < N; j++) {
                c.set(i, j, p[i][j]);
            }
        }
    }

    private static void check(double[][] projector, int from, int to, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int trial = 0; trial < 20; trial++) {
            double[][] p = randomCovariance(random);
            ErrorCovariance c = new ErrorCovariance(N);
            for (int i = 0; i < N; i++) {
                for (int j = i; j < N; j++) {
                    c.set(i, j, p[i][j]);
                }
            }
            double[] h = new double[N];
            int offset = NavigationFilter.OFFSET;
            for (int i : new int[] {0, 1, 2, 6, 7, 8, offset, offset + 1, offset + 2}) { // a range's row
                h[i] = random.nextGaussian();
            }
            double r = 0.3;
            double s = c.prepare(h, r);
            double[] ph = multiply(p, h);
            double expectedS = r;
            for (int i = 0; i < N; i++) {
                expectedS += h[i] * ph[i];
            }
            assertEquals(expectedS, s, 1e-12 * Math.abs(expectedS), "innovation variance");
            double[] k = new double[N];
            for (int i = 0; i < N; i++) {
                k[i] = ph[i] / s;
            }
            if (projector != null) {
                double[] head = {k[0], k[1], k[2]};
                for (int i = 0; i < 3; i++) {
                    k[i] = projector[i][0] * head[0] + projector[i][1] * head[1] + projector[i][2] * head[2];
                }
            }
            for (int i = Math.max(from, 0); i <= to; i++) {
                k[i] = 0;
            }
            double y = random.nextGaussian();
            double[] correction = new double[N];
            c.update(h, y, s, correction, projector, from, to);
            double[][] expected = joseph(p, k, h, r);
            double scale = 0;
            for (double[] row : p) {
                for (double v : row) {
                    scale = Math.max(scale, Math.abs(v));
                }
            }
            for (int i = 0; i < N; i++) {
                assertEquals(k[i] * y, correction[i], 1e-12 * Math.max(1, Math.abs(k[i] * y)), "correction " + i);
                for (int j = 0; j < N; j++) {
                    assertEquals(expected[i][j], c.get(i, j), 1e-12 * scale, "P[" + i + "][" + j + "]");
                    assertEquals(c.get(j, i), c.get(i, j), 0, "symmetry at " + i + ", " + j);
                }
            }
        }
    }

    /** (I − K hᵀ) P (I − K hᵀ)ᵀ + K r Kᵀ, as written. */
    private static double[][] joseph(double[][] p, double[] k, double[] h, double r) {
        double[][] a = new double[N][N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                a[i][j] = (i == j ? 1 : 0) - k[i] * h[j];
            }
        }
        double[][] ap = new double[N][N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                for (int x = 0; x < N; x++) {
                    ap[i][j] += a[i][x] * p[x][j];
                }
            }
        }
        double[][] out = new double[N][N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                double sum = k[i] * r * k[j];
                for (int x = 0; x < N; x++) {
                    sum += ap[i][x] * a[j][x];
                }
                out[i][j] = sum;
            }
        }
        return out;
    }

    private static double multiply(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < N; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double[] multiply(double[][] p, double[] h) {
        double[] out = new double[N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                out[i] += p[i][j] * h[j];
            }
        }
        return out;
    }

    /** L Lᵀ + I/10 for a random L: symmetric, positive definite, with correlations everywhere. */
    private static double[][] randomCovariance(SplittableRandom random) {
        double[][] l = new double[N][N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                l[i][j] = random.nextGaussian();
            }
        }
        double[][] p = new double[N][N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                double sum = i == j ? 0.1 : 0;
                for (int x = 0; x < N; x++) {
                    sum += l[i][x] * l[j][x];
                }
                p[i][j] = sum;
            }
        }
        return p;
    }
}
