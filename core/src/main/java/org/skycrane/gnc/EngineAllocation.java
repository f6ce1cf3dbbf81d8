package org.skycrane.gnc;

import org.skycrane.vehicle.EngineLayout;
import org.skycrane.vehicle.Engines;

/**
 * How the flight software shares a net thrust among the engines it has lit: the throttles t_i in
 * [min throttle, 1] of the smallest Σ t_i² that give the net thrust along the axis and no pitch or
 * yaw torque (roll torque is zero for engines canted in their radial planes). A least-norm solution
 * t = Aᵀ(AAᵀ)⁻¹b of the three linear conditions, with an engine that would leave its range fixed at
 * the bound and the rest solved again (an active set, at most one pass per engine). With all engines
 * of a symmetric layout working it is the equal share; with one out, the engines across from it carry
 * less.
 */
public final class EngineAllocation {

    /** The throttles and what they leave. */
    public record Share(double[] throttles, double thrust, double torque) {
    }

    private final Engines engines;
    private final EngineLayout layout;

    public EngineAllocation(Engines engines, EngineLayout layout) {
        this.engines = engines;
        this.layout = layout;
    }

    /** The share of net thrust {@code wanted} (N) over the engines not in {@code off} (a bit per engine). */
    public Share allocate(double wanted, int off) {
        int n = engines.count();
        double cant = engines.cantAngle();
        double axial = engines.maxThrust() * Math.cos(cant);
        double[][] a = new double[3][n];
        boolean[] free = new boolean[n];
        double[] t = new double[n];
        for (int k = 0; k < n; k++) {
            free[k] = k >= 31 || (off & (1 << k)) == 0;
            double[] tq = layout.torquePerEngine(k, n, engines.maxThrust(), cant);
            a[0][k] = axial;
            a[1][k] = tq[0];
            a[2][k] = tq[1];
        }
        double[] b = {wanted, 0, 0};
        for (int pass = 0; pass <= n; pass++) {
            double[] rest = b.clone();
            int count = 0;
            for (int k = 0; k < n; k++) {
                if (!free[k]) {
                    for (int i = 0; i < 3; i++) {
                        rest[i] -= a[i][k] * t[k];
                    }
                } else {
                    count++;
                }
            }
            if (count == 0) {
                break;
            }
            double[] y = solve(gram(a, free), rest);
            boolean clipped = false;
            for (int k = 0; k < n; k++) {
                if (free[k]) {
                    t[k] = a[0][k] * y[0] + a[1][k] * y[1] + a[2][k] * y[2];
                }
            }
            for (int k = 0; k < n; k++) {
                if (free[k] && (t[k] > 1 || t[k] < engines.minThrottle())) {
                    t[k] = Math.max(engines.minThrottle(), Math.min(1, t[k]));
                    free[k] = false;
                    clipped = true;
                }
            }
            if (!clipped) {
                break;
            }
        }
        double thrust = 0;
        double mx = 0;
        double my = 0;
        for (int k = 0; k < n; k++) {
            if (k < 31 && (off & (1 << k)) != 0) {
                t[k] = 0;
            }
            thrust += a[0][k] * t[k];
            mx += a[1][k] * t[k];
            my += a[2][k] * t[k];
        }
        return new Share(t, thrust, Math.hypot(mx, my));
    }

    /**
     * The largest net thrust (N) the engines not in {@code off} give with their torque below
     * {@code bound} (N·m), by bisection on the allocation, and never above the cluster's limit.
     */
    public double balancedCapacity(int off, double bound) {
        int lit = engines.count() - Integer.bitCount(off);
        double hi = engines.maxNetThrust(lit);
        double lo = 0;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            Share s = allocate(mid, off);
            if (Math.abs(s.thrust() - mid) <= 1e-6 * mid && s.torque() <= bound) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double[][] gram(double[][] a, boolean[] free) {
        double[][] g = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < a[0].length; k++) {
                    if (free[k]) {
                        g[i][j] += a[i][k] * a[j][k];
                    }
                }
            }
        }
        return g;
    }

    /** Solves the 3 × 3 system g y = r by Gaussian elimination with partial pivoting; a singular row gives 0. */
    private static double[] solve(double[][] g, double[] r) {
        double[][] m = new double[3][4];
        for (int i = 0; i < 3; i++) {
            System.arraycopy(g[i], 0, m[i], 0, 3);
            m[i][3] = r[i];
        }
        double scale = Math.max(Math.abs(g[0][0]), Math.max(Math.abs(g[1][1]), Math.abs(g[2][2])));
        for (int c = 0; c < 3; c++) {
            int p = c;
            for (int i = c + 1; i < 3; i++) {
                if (Math.abs(m[i][c]) > Math.abs(m[p][c])) {
                    p = i;
                }
            }
            double[] tmp = m[c];
            m[c] = m[p];
            m[p] = tmp;
            if (Math.abs(m[c][c]) <= 1e-12 * scale) {
                continue;
            }
            for (int i = 0; i < 3; i++) {
                if (i != c) {
                    double f = m[i][c] / m[c][c];
                    for (int j = c; j < 4; j++) {
                        m[i][j] -= f * m[c][j];
                    }
                }
            }
        }
        double[] y = new double[3];
        for (int i = 0; i < 3; i++) {
            y[i] = Math.abs(m[i][i]) <= 1e-12 * scale ? 0 : m[i][3] / m[i][i];
        }
        return y;
    }
}
