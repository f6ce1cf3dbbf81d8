package org.skycrane.sim;

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

    /** Flies {@code body} from {@code start} to the ground; null if it is still aloft at {@code until} (s). */
    static FlightState toGround(Environment environment, Body body, FlightState start, SuttonGraves heating,
                                double until) {
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
        FlightState initial = new FlightState(start.time(), start.position(), start.velocity(), body.mass(), 0.0);
        ODEStateAndDerivative end = integrator.integrate(eom, new ODEState(start.time(),
                EquationsOfMotion.pack(initial)), until);
        return landed[0] ? EquationsOfMotion.unpack(end.getTime(), end.getPrimaryState()) : null;
    }
}
