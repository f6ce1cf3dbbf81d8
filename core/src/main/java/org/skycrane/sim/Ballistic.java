package org.skycrane.sim;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.skycrane.dynamics.Actuation;
import org.skycrane.dynamics.BodyDrag;
import org.skycrane.dynamics.EquationsOfMotion;
import org.skycrane.dynamics.FlightState;
import org.skycrane.dynamics.SuttonGraves;
import org.skycrane.mars.Environment;
import org.skycrane.vehicle.Body;

/** Ballistic flight of jettisoned hardware: gravity, the rotating frame and constant-area drag. */
final class Ballistic {

    private Ballistic() {
    }

    /**
     * A ballistic flight: where it came down (null if still aloft at the end) and, when asked for, its
     * positions on a fixed time grid.
     *
     * @param end    state at ground contact, or null
     * @param times  sample times (s)
     * @param points positions at those times (m, Mars-fixed)
     */
    record Track(FlightState end, double[] times, Vector3D[] points) {
    }

    /** Flies {@code body} from {@code start} to the ground; null if it is still aloft at {@code until} (s). */
    static FlightState toGround(Environment environment, Body body, FlightState start, SuttonGraves heating,
                                double until) {
        return fly(environment, body, start, heating, until, 0).end();
    }

    /**
     * Flies {@code body} from {@code start} to the ground or {@code until} (s), sampling its position
     * every {@code step} seconds on the grid of multiples of the step (none when {@code step} is 0).
     */
    static Track fly(Environment environment, Body body, FlightState start, SuttonGraves heating, double until,
                     double step) {
        EquationsOfMotion eom = new EquationsOfMotion(environment, List.of(new BodyDrag(body.dragArea())),
                Actuation.NONE, heating);
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-9, 100,
                new double[] {1e-2, 1e-2, 1e-2, 1e-5, 1e-5, 1e-5, 1e-6, 10}, new double[] {1e-9, 1e-9, 1e-9, 1e-9,
                    1e-9, 1e-9, 1e-9, 1e-9});
        boolean[] landed = {false};
        integrator.addEventDetector(new Detector(s -> {
            double[] y = s.getPrimaryState();
            return environment.heightAboveGround(new Vector3D(y[0], y[1], y[2]));
        }, Action.STOP, s -> landed[0] = true));
        List<Double> times = new ArrayList<>();
        List<Vector3D> points = new ArrayList<>();
        if (step > 0) {
            integrator.addStepHandler(interpolator -> {
                double from = interpolator.getPreviousState().getTime();
                double to = interpolator.getCurrentState().getTime();
                for (double t = Math.ceil(from / step) * step; t <= to; t += step) {
                    if (times.isEmpty() || t > times.get(times.size() - 1) + 1e-9) {
                        double[] y = interpolator.getInterpolatedState(t).getPrimaryState();
                        times.add(t);
                        points.add(new Vector3D(y[0], y[1], y[2]));
                    }
                }
            });
        }
        FlightState initial = new FlightState(start.time(), start.position(), start.velocity(), body.mass(), 0.0);
        ODEStateAndDerivative end = integrator.integrate(eom, new ODEState(start.time(),
                EquationsOfMotion.pack(initial)), until);
        FlightState landing = landed[0] ? EquationsOfMotion.unpack(end.getTime(), end.getPrimaryState()) : null;
        return new Track(landing, times.stream().mapToDouble(Double::doubleValue).toArray(),
                points.toArray(new Vector3D[0]));
    }
}
