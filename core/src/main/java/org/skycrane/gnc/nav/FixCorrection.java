package org.skycrane.gnc.nav;

import static org.skycrane.gnc.nav.NavigationFilter.N;
import static org.skycrane.gnc.nav.NavigationFilter.PHI;
import static org.skycrane.gnc.nav.NavigationFilter.R;

import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.mars.Geodesy;

/**
 * An absolute horizontal position fix (terrain-relative navigation's, {@link PositionFix}) as the
 * navigation filter takes it: two scalar rows, east and north at the believed position, each the
 * position along its axis plus the pointing term by which the fix moved with the filter's own tilt,
 * gated together. The fix's model lives here as the radar's lives in {@link RadarCorrection}; what the
 * fix does to the ground offset under the moved position is the radar's
 * ({@link RadarCorrection#moved}).
 */
final class FixCorrection {

    private FixCorrection() {
    }

    /**
     * The correction of the error state by {@code fix}, with P updated; null (P untouched) when either
     * axis falls outside χ² gate {@code gate}: half a fix would move the position along one axis only.
     *
     * @param p          the filter's error covariance
     * @param rf         the believed position, Mars-fixed (m)
     * @param toInertial the rotation from Mars-fixed to the filter's inertial axes now
     */
    static double[] apply(ErrorCovariance p, double gate, Vector3D rf, Rotation toInertial, PositionFix fix) {
        Vector3D residual = toInertial.applyTo(fix.position().subtract(rf));
        double[] dx = new double[N];
        Vector3D[] axes = {toInertial.applyTo(Geodesy.east(rf)), toInertial.applyTo(Geodesy.north(rf))};
        Vector3D down = toInertial.applyTo(Geodesy.up(rf)).negate();
        double[][] h = new double[2][N];
        double variance = fix.sigma() * fix.sigma();
        boolean ok = true;
        for (int k = 0; k < 2; k++) {
            // residual along axis a: a·δr + h·a·(φ × down) = a·δr + φ·(h·down × a)
            Vector3D pointing = Vector3D.crossProduct(down, axes[k]).scalarMultiply(fix.pointingHeight());
            for (int i = 0; i < 3; i++) {
                h[k][R + i] = ErrorDynamics.component(axes[k], i);
                h[k][PHI + i] = ErrorDynamics.component(pointing, i);
            }
            ok &= p.inGate(h[k], Vector3D.dotProduct(axes[k], residual), variance, dx, gate);
        }
        if (!ok) {
            return null;
        }
        for (int k = 0; k < 2; k++) {
            p.scalarUpdate(h[k], Vector3D.dotProduct(axes[k], residual), variance, dx, null, -1, -1);
        }
        return dx;
    }
}
