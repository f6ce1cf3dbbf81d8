package org.skycrane.gnc.guidance;

import java.util.ArrayList;
import java.util.List;
import org.skycrane.mars.Atmosphere;
import org.skycrane.math.Curve;

/**
 * The entry reference trajectory that range control flies about: a planar point-mass entry over a
 * spherical planet (the model of Apollo's and MSL's ground-computed references) with the rotating
 * frame's vertical Coriolis and centrifugal terms frozen at the entry latitude and heading,
 * flown with the nominal bank profile from the entry state down to the end speed, and tabulated
 * against planet-relative speed V: range to go R(V), drag acceleration D(V), altitude rate ṙ(V),
 * vertical lift-to-drag u(V) = (L/D) cos σ(V), and the influence coefficients
 * F1 = ∂R/∂D, F2 = ∂R/∂ṙ, F3 = ∂R/∂u ([Apollo REENTRY_CONTROL], [Mendeck-Craig 2011]). The coefficients are found by central
 * finite differences of re-flown trajectories (perturbing altitude for D, flight-path angle for ṙ,
 * and u over the rest of the flight), which needs no adjoint sign convention; their signs are
 * F1 &lt; 0, F2 &gt; 0, F3 &gt; 0.
 */
public final class ReferenceTrajectory {

    private static final double STEP = 0.25;

    /**
     * What the reference is computed with.
     *
     * @param atmosphere    nominal atmosphere, altitude above {@code radius}
     * @param radius        planet radius at the altitude datum (m)
     * @param gm            μ (m³/s²)
     * @param mass          entry mass (kg)
     * @param dragArea      reference area (m²)
     * @param drag          drag coefficient against Mach
     * @param liftToDrag    L/D
     * @param bankVsSpeed   reference bank magnitude (rad) against speed (m/s)
     * @param coriolis      vertical Coriolis rate 2ω cos φ sin ψ at the entry latitude φ and heading ψ
     *                      (1/s): the rotating planet's lift-like term in γ̇
     * @param centrifugal   ω² cos² φ (1/s²): the centrifugal relief of gravity per metre of radius
     * @param controlEnd    speed below which range control no longer acts (m/s): the L/D perturbation of
     *                      F3 applies only above it
     * @param ballisticBelow speed below which the capsule flies without lift (m/s; the balance masses are gone)
     */
    public record Model(Atmosphere atmosphere, double radius, double gm, double mass, double dragArea, Curve drag,
                        double liftToDrag, Curve bankVsSpeed, double coriolis, double centrifugal, double controlEnd,
                        double ballisticBelow) {
    }

    private final Curve range;
    private final Curve drag;
    private final Curve altitudeRate;
    private final Curve verticalLiftToDrag;
    private final Curve f1;
    private final Curve f2;
    private final Curve f3;
    private final double endSpeed;

    private ReferenceTrajectory(double[] v, double[] r, double[] d, double[] rdot, double[] u, double[] f1,
                                double[] f2, double[] f3, double endSpeed) {
        this.range = Curve.of(v, r);
        this.drag = Curve.of(v, d);
        this.altitudeRate = Curve.of(v, rdot);
        this.verticalLiftToDrag = Curve.of(v, u);
        this.f1 = Curve.of(v, f1);
        this.f2 = Curve.of(v, f2);
        this.f3 = Curve.of(v, f3);
        this.endSpeed = endSpeed;
    }

    /**
     * Flies and tabulates the reference from speed {@code v0} (m/s), flight-path angle {@code gamma0}
     * (rad) and altitude {@code h0} (m) down to {@code endSpeed}, at {@code points} table speeds.
     */
    public static ReferenceTrajectory compute(Model model, double v0, double gamma0, double h0, double endSpeed,
                                              int points) {
        double[] start = {0, v0, gamma0, h0};
        List<double[]> path = fly(model, start, endSpeed, 0.0, true);
        double total = path.get(path.size() - 1)[0];
        // table speeds: from just below entry speed to the end speed, ascending for the curves
        double[] v = new double[points];
        double[] r = new double[points];
        double[] d = new double[points];
        double[] rdot = new double[points];
        double[] u = new double[points];
        double[] c1 = new double[points];
        double[] c2 = new double[points];
        double[] c3 = new double[points];
        double vTop = path.get(1)[1];
        for (int k = 0; k < points; k++) {
            double speed = endSpeed + (vTop - endSpeed) * k / (points - 1);
            double[] s = at(path, speed);
            v[k] = speed;
            r[k] = total - s[0];
            d[k] = drag(model, s);
            rdot[k] = s[1] * Math.sin(s[2]);
            u[k] = model.liftToDrag() * Math.cos(model.bankVsSpeed().value(speed));
            if (k == 0) {
                continue; // at the end point the remaining range does not depend on anything
            }
            double dh = 50.0;
            double rPlus = rangeFrom(model, new double[] {0, s[1], s[2], s[3] + dh}, endSpeed, 0.0);
            double rMinus = rangeFrom(model, new double[] {0, s[1], s[2], s[3] - dh}, endSpeed, 0.0);
            double dD = drag(model, new double[] {0, s[1], s[2], s[3] + dh}) - drag(model, new double[] {0, s[1], s[2], s[3] - dh});
            c1[k] = (rPlus - rMinus) / dD;
            double dg = 2e-4;
            double gPlus = rangeFrom(model, new double[] {0, s[1], s[2] + dg, s[3]}, endSpeed, 0.0);
            double gMinus = rangeFrom(model, new double[] {0, s[1], s[2] - dg, s[3]}, endSpeed, 0.0);
            c2[k] = (gPlus - gMinus) / (s[1] * (Math.sin(s[2] + dg) - Math.sin(s[2] - dg)));
            double du = 0.01;
            double uPlus = rangeFrom(model, new double[] {0, s[1], s[2], s[3]}, endSpeed, du);
            double uMinus = rangeFrom(model, new double[] {0, s[1], s[2], s[3]}, endSpeed, -du);
            c3[k] = (uPlus - uMinus) / (2 * du);
        }
        c1[0] = c1[1];
        c2[0] = c2[1];
        // F3 vanishes at the end; keep it away from zero so the gain stays finite ([Apollo REENTRY_CONTROL])
        double f3max = 0;
        for (double f : c3) {
            f3max = Math.max(f3max, f);
        }
        for (int k = 0; k < points; k++) {
            c3[k] = Math.max(c3[k], 0.02 * f3max);
        }
        return new ReferenceTrajectory(v, r, d, rdot, u, c1, c2, c3, endSpeed);
    }

    private static double rangeFrom(Model model, double[] start, double endSpeed, double extraU) {
        List<double[]> path = fly(model, start, endSpeed, extraU, false);
        return path.get(path.size() - 1)[0];
    }

    /** Planar state (s, V, γ, h) sampled every step until V falls to {@code endSpeed}. */
    private static List<double[]> fly(Model model, double[] start, double endSpeed, double extraU, boolean keep) {
        List<double[]> path = new ArrayList<>();
        double[] y = start.clone();
        path.add(y.clone());
        for (int i = 0; i < 40000; i++) {
            double[] next = rk4(model, y, STEP, extraU);
            if (next[1] <= endSpeed) {
                double f = (y[1] - endSpeed) / (y[1] - next[1]);
                double[] end = new double[4];
                for (int j = 0; j < 4; j++) {
                    end[j] = y[j] + f * (next[j] - y[j]);
                }
                path.add(end);
                return path;
            }
            if (next[3] < -10000) {
                break; // the reference would hit the ground before slowing down: keep what there is
            }
            y = next;
            if (keep) {
                path.add(y.clone());
            }
        }
        path.add(y);
        return path;
    }

    private static double[] rk4(Model m, double[] y, double h, double extraU) {
        double[] k1 = rates(m, y, extraU);
        double[] k2 = rates(m, add(y, k1, h / 2), extraU);
        double[] k3 = rates(m, add(y, k2, h / 2), extraU);
        double[] k4 = rates(m, add(y, k3, h), extraU);
        double[] out = new double[4];
        for (int j = 0; j < 4; j++) {
            out[j] = y[j] + h / 6 * (k1[j] + 2 * k2[j] + 2 * k3[j] + k4[j]);
        }
        return out;
    }

    private static double[] add(double[] y, double[] k, double h) {
        return new double[] {y[0] + h * k[0], y[1] + h * k[1], y[2] + h * k[2], y[3] + h * k[3]};
    }

    private static double drag(Model m, double[] y) {
        var air = m.atmosphere().at(y[3]);
        double mach = y[1] / air.speedOfSound();
        return 0.5 * air.density() * y[1] * y[1] * m.drag().value(mach) * m.dragArea() / m.mass();
    }

    /** ṡ, V̇, γ̇, ḣ of the planar point mass ([Apollo REENTRY_CONTROL]). */
    private static double[] rates(Model m, double[] y, double extraU) {
        double v = y[1];
        double gamma = y[2];
        double r = m.radius() + y[3];
        double g = m.gm() / (r * r) - m.centrifugal() * r;
        double d = drag(m, y);
        double u = v < m.ballisticBelow() ? 0.0
                : m.liftToDrag() * Math.cos(m.bankVsSpeed().value(v)) + (v > m.controlEnd() ? extraU : 0.0);
        return new double[] {
            v * Math.cos(gamma) * m.radius() / r,
            -d - g * Math.sin(gamma),
            (u * d) / v + (v / r - g / v) * Math.cos(gamma) + m.coriolis(),
            v * Math.sin(gamma)};
    }

    /** State interpolated at speed {@code speed} along a path of decreasing speed. */
    private static double[] at(List<double[]> path, double speed) {
        for (int i = 1; i < path.size(); i++) {
            double[] a = path.get(i - 1);
            double[] b = path.get(i);
            if (b[1] <= speed && a[1] >= speed) {
                double f = a[1] == b[1] ? 0 : (a[1] - speed) / (a[1] - b[1]);
                double[] out = new double[4];
                for (int j = 0; j < 4; j++) {
                    out[j] = a[j] + f * (b[j] - a[j]);
                }
                return out;
            }
        }
        return path.get(path.size() - 1);
    }

    /**
     * The same influence coefficients with range, drag and altitude rate tabulated from a flight of the
     * full model instead of the planar one (speeds ascending; values at each speed).
     */
    public ReferenceTrajectory withFlownTables(double[] v, double[] r, double[] d, double[] rdot) {
        double[] u = new double[v.length];
        double[] c1 = new double[v.length];
        double[] c2 = new double[v.length];
        double[] c3 = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = verticalLiftToDrag.value(v[i]);
            c1[i] = f1.value(v[i]);
            c2[i] = f2.value(v[i]);
            c3[i] = f3.value(v[i]);
        }
        return new ReferenceTrajectory(v, r, d, rdot, u, c1, c2, c3, endSpeed);
    }

    /** Reference range to go (m) at speed {@code v} (m/s). */
    public double range(double v) {
        return range.value(v);
    }

    /** Reference drag acceleration (m/s²). */
    public double drag(double v) {
        return drag.value(v);
    }

    /** Reference altitude rate (m/s). */
    public double altitudeRate(double v) {
        return altitudeRate.value(v);
    }

    /** Reference vertical lift-to-drag. */
    public double verticalLiftToDrag(double v) {
        return verticalLiftToDrag.value(v);
    }

    /** ∂R/∂D (m per m/s²). */
    public double f1(double v) {
        return f1.value(v);
    }

    /** ∂R/∂ṙ (s). */
    public double f2(double v) {
        return f2.value(v);
    }

    /** ∂R/∂u (m). */
    public double f3(double v) {
        return f3.value(v);
    }

    /** Speed at which the reference ends (m/s). */
    public double endSpeed() {
        return endSpeed;
    }

    /**
     * The tables, for storing: the speeds (ascending), then range to go, drag, altitude rate, vertical
     * L/D, F1, F2 and F3 at each; {@link #ofTables} makes the same reference from them.
     */
    public double[][] tables() {
        return new double[][] {range.xs(), range.ys(), drag.ys(), altitudeRate.ys(), verticalLiftToDrag.ys(),
            f1.ys(), f2.ys(), f3.ys()};
    }

    /** The reference whose {@link #tables()} are {@code tables}, ending at {@code endSpeed} (m/s). */
    public static ReferenceTrajectory ofTables(double[][] tables, double endSpeed) {
        if (tables.length != 8) {
            throw new IllegalArgumentException("a reference has 8 tables, got " + tables.length);
        }
        return new ReferenceTrajectory(tables[0], tables[1], tables[2], tables[3], tables[4], tables[5], tables[6],
                tables[7], endSpeed);
    }
}
