package org.skycrane.verification;

import java.util.HashMap;
import java.util.Map;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.skycrane.mars.GeodeticPoint;

/**
 * TEST HARNESS ONLY, not Skycrane's flight dynamics: the dropped-sphere equations of a check case
 * integrated on their own, to exercise the comparison end to end and to show what accuracy the real
 * integration must reach. Planet-fixed rotating frame: dr/dt = v, dv/dt = g(r) − 2ω×v − ω×(ω×r)
 * − (ρ C_D S / 2m) |v − w| (v − w), with g the case's point-mass-plus-J2 gravity, ρ the case's
 * atmosphere at the geodetic altitude and w its wind there. Hipparchus' Dormand–Prince 8(5,3) with
 * tolerances of 10⁻⁷ m and 10⁻¹⁰ m/s absolute and 10⁻¹³ relative, integrated from each sample time
 * to the next so every sample is an integrator end point.
 */
final class DroppedSphereHarness implements Trajectory {

    private final CheckCase checkCase;
    private final Map<Long, TrajectorySample> samples = new HashMap<>();
    private double time;
    private double[] state;
    private int evaluations;

    private final double[] absoluteTolerance;
    private final double[] relativeTolerance;

    DroppedSphereHarness(CheckCase checkCase) {
        this(checkCase, new double[] {1e-7, 1e-7, 1e-7, 1e-10, 1e-10, 1e-10}, 1e-13);
    }

    /** With scalar tolerances, to see how loose an integration may be: absolute (m and m/s alike) and relative. */
    DroppedSphereHarness(CheckCase checkCase, double absolute, double relative) {
        this(checkCase, new double[] {absolute, absolute, absolute, absolute, absolute, absolute}, relative);
    }

    private DroppedSphereHarness(CheckCase checkCase, double[] absolute, double relative) {
        this.absoluteTolerance = absolute.clone();
        this.relativeTolerance = new double[] {relative, relative, relative, relative, relative, relative};
        this.checkCase = checkCase;
        Vector3D r = checkCase.startPosition();
        this.state = new double[] {r.getX(), r.getY(), r.getZ(), 0, 0, 0};
        this.time = 0;
    }

    /** Right-hand side evaluations so far. */
    int evaluations() {
        return evaluations;
    }

    /** The sample at {@code t}, integrating forward from the last one (times must not decrease). */
    @Override
    public TrajectorySample at(double t) {
        TrajectorySample known = samples.get(Math.round(t * 1e6));
        if (known != null) {
            return known;
        }
        if (t < time) {
            throw new IllegalArgumentException("the harness integrates forward only: " + t + " s after " + time + " s");
        }
        if (t > time) {
            DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-9, 1.0, absoluteTolerance,
                    relativeTolerance);
            ODEStateAndDerivative end = integrator.integrate(equations(), new ODEState(time, state), t);
            state = end.getPrimaryState();
            time = t;
        }
        TrajectorySample sample = checkCase.sample(t, new Vector3D(state[0], state[1], state[2]),
                new Vector3D(state[3], state[4], state[5]));
        samples.put(Math.round(t * 1e6), sample);
        return sample;
    }

    private OrdinaryDifferentialEquation equations() {
        double k = checkCase.dragCoefficient() * checkCase.referenceArea() / (2 * checkCase.mass());
        return new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 6;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                evaluations++;
                Vector3D r = new Vector3D(y[0], y[1], y[2]);
                Vector3D v = new Vector3D(y[3], y[4], y[5]);
                Vector3D a = checkCase.planet().gravity(r).add(checkCase.planet().frameAcceleration(r, v));
                if (k > 0) {
                    GeodeticPoint point = checkCase.shape().geodetic(r);
                    double rho = checkCase.atmosphere().at(point.altitude()).density();
                    Vector3D air = v.subtract(checkCase.wind(r, point));
                    a = a.subtract(k * rho * air.getNorm(), air);
                }
                return new double[] {y[3], y[4], y[5], a.getX(), a.getY(), a.getZ()};
            }
        };
    }
}
