package org.skycrane.gnc.nav;

import static org.skycrane.gnc.nav.NavigationFilter.BA;
import static org.skycrane.gnc.nav.NavigationFilter.BG;
import static org.skycrane.gnc.nav.NavigationFilter.MA;
import static org.skycrane.gnc.nav.NavigationFilter.N;
import static org.skycrane.gnc.nav.NavigationFilter.PHI;
import static org.skycrane.gnc.nav.NavigationFilter.R;
import static org.skycrane.gnc.nav.NavigationFilter.SA;
import static org.skycrane.gnc.nav.NavigationFilter.SG;
import static org.skycrane.gnc.nav.NavigationFilter.V;

import java.util.Arrays;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * The navigation filter's error dynamics over one IMU cycle: the transition matrix Φ, the first-order
 * linearization of the strapdown mechanization (trapezoid gravity, increments at the mid-cycle
 * attitude), and the process noise Q of the IMU's random walks, in the filter's state order.
 */
final class ErrorDynamics {

    /**
     * Rows of Φ from this one on hold their diagonal entry alone: the IMU's calibration, the ground
     * offset and the map error's gradient change only by themselves (constant, or Gauss–Markov decay);
     * only position, velocity and attitude are coupled to other states.
     */
    static final int COUPLED_ROWS = BA;

    private ErrorDynamics() {
    }

    /**
     * Fills {@code phi} for one cycle of length {@code dt} (s).
     *
     * @param drI Δr of the cycle in inertial axes (m); {@code dvI} the same for Δv (m/s)
     * @param drB Δr, body axes; {@code dvB} Δv, body axes; {@code dth} the rotation vector (rad)
     * @param mid the body-to-inertial attitude at mid-cycle; {@code c1} at its end
     */
    static void transition(double[][] phi, double gm, Vector3D r, double dt, Vector3D drI, Vector3D dvI, Vector3D drB,
                           Vector3D dvB, Vector3D dth, Rotation mid, Rotation c1) {
        for (double[] row : phi) {
            Arrays.fill(row, 0);
        }
        for (int i = 0; i < N; i++) {
            phi[i][i] = 1;
        }
        double[][] gg = gravityGradient(gm, r);
        double[][] c = matrix(mid);
        double[][] cEnd = matrix(c1);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                phi[R + i][R + j] += gg[i][j] * dt * dt / 2;
                phi[V + i][R + j] = gg[i][j] * dt;
                phi[R + i][BA + j] = -c[i][j] * dt * dt / 2;
                phi[V + i][BA + j] = -c[i][j] * dt;
                phi[R + i][SA + j] = -c[i][j] * component(drB, j);
                phi[V + i][SA + j] = -c[i][j] * component(dvB, j);
                phi[PHI + i][BG + j] = -cEnd[i][j] * dt;
                phi[PHI + i][SG + j] = -cEnd[i][j] * component(dth, j);
            }
            phi[R + i][V + i] = dt;
        }
        // the accelerometers' misalignment m: the body increment is u − m × u, so truth minus estimate
        // gains C (u × δm) = C [u×] δm
        double[][] cdv = product(c, skew(dvB));
        double[][] cdr = product(c, skew(drB));
        cross(phi, R, PHI, drI, -1);
        cross(phi, V, PHI, dvI, -1);
        // the mid-cycle attitude, which refers the increments to inertial axes, carries half the cycle's
        // gyro-bias and gyro scale-factor errors: ½ [Δv×] C dt and ½ [Δv×] C diag(Δθ), and the same with Δr.
        // [Δv_I×] C equals C [Δv_B×] above but for rounding; each is kept as the flights were validated with
        double[][] dvc = product(skew(dvI), c);
        double[][] drc = product(skew(drI), c);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                phi[V + i][MA + j] = cdv[i][j];
                phi[R + i][MA + j] = cdr[i][j];
                phi[V + i][BG + j] = 0.5 * dvc[i][j] * dt;
                phi[R + i][BG + j] = 0.5 * drc[i][j] * dt;
                phi[V + i][SG + j] = 0.5 * dvc[i][j] * component(dth, j);
                phi[R + i][SG + j] = 0.5 * drc[i][j] * component(dth, j);
            }
        }
    }

    /** The product of two 3 × 3 matrices. */
    private static double[][] product(double[][] a, double[][] b) {
        double[][] m = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double sum = 0;
                for (int k = 0; k < 3; k++) {
                    sum += a[i][k] * b[k][j];
                }
                m[i][j] = sum;
            }
        }
        return m;
    }

    /**
     * Fills {@code q} for one cycle: the random walks, and the gyros' misalignment as white noise in
     * the cycle's rotation (the accelerometers' is a state).
     */
    static void noise(double[][] q, ImuErrors e, double dt, Vector3D dth, Vector3D dvI) {
        for (double[] row : q) {
            Arrays.fill(row, 0);
        }
        // the gyros' errors within the cycle turn the mid-cycle attitude, and with it Δv. The noise of the
        // first half, n₁ (variance σ²/2 of the cycle's σ² per axis): δv = [Δv×] C n₁, φ = −C (n₁ + n₂), so
        // Q_vv = (σ²/2) [Δv×][Δv×]ᵀ and Q_vφ = −(σ²/2) [Δv×]. The misalignment's share ε of the rotation
        // (variance σε²) builds up over the cycle, half of it by mid-cycle: Q_vv = (σε²/4) [Δv×][Δv×]ᵀ,
        // Q_vφ = −(σε²/2) [Δv×]
        double mis = sq(e.misalignment());
        double turn = mis * dth.getNormSq();
        double noise = sq(e.angleRandomWalk()) * dt;
        double vv = noise / 2 + turn / 4;
        double vphi = noise / 2 + turn / 2;
        double[][] dvx = skew(dvI);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double sum = 0;
                for (int k = 0; k < 3; k++) {
                    sum += dvx[i][k] * dvx[j][k];
                }
                q[V + i][V + j] = vv * sum;
                q[V + i][PHI + j] = -vphi * dvx[i][j];
                q[PHI + j][V + i] = -vphi * dvx[i][j];
            }
        }
        double vrw = sq(e.velocityRandomWalk());
        for (int i = 0; i < 3; i++) {
            q[R + i][R + i] = vrw * dt * dt * dt / 3;
            q[R + i][V + i] = vrw * dt * dt / 2;
            q[V + i][R + i] = vrw * dt * dt / 2;
            q[V + i][V + i] += vrw * dt;
            q[PHI + i][PHI + i] = noise + turn;
            q[BA + i][BA + i] = sq(e.accelBiasWalk()) * dt;
            q[BG + i][BG + i] = sq(e.gyroBiasWalk()) * dt;
        }
    }

    /** ∂g/∂r of a point mass (1/s²): GM/r³ (3 u uᵀ − I). */
    static double[][] gravityGradient(double gm, Vector3D position) {
        double rr = position.getNorm();
        double k = gm / (rr * rr * rr);
        Vector3D u = position.scalarMultiply(1 / rr);
        double[][] g = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                g[i][j] = k * (3 * component(u, i) * component(u, j) - (i == j ? 1 : 0));
            }
        }
        return g;
    }

    static double[][] matrix(Rotation rotation) {
        double[][] m = new double[3][3];
        Vector3D[] columns = {rotation.applyTo(Vector3D.PLUS_I), rotation.applyTo(Vector3D.PLUS_J),
            rotation.applyTo(Vector3D.PLUS_K)};
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 3; i++) {
                m[i][j] = component(columns[j], i);
            }
        }
        return m;
    }

    static double[][] skew(Vector3D a) {
        return new double[][] {{0, -a.getZ(), a.getY()}, {a.getZ(), 0, -a.getX()}, {-a.getY(), a.getX(), 0}};
    }


    /** Adds sign·[a×] into the 3×3 block at (row, col). */
    static void cross(double[][] m, int row, int col, Vector3D a, double sign) {
        double[][] s = skew(a);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                m[row + i][col + j] += sign * s[i][j];
            }
        }
    }

    /** Component {@code i} (0 x, 1 y, 2 z) of a vector. */
    static double component(Vector3D a, int i) {
        return i == 0 ? a.getX() : i == 1 ? a.getY() : a.getZ();
    }

    private static double sq(double x) {
        return x * x;
    }
}
