package org.skycrane.verification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.skycrane.dynamics.Actuation;
import org.skycrane.dynamics.BodyDrag;
import org.skycrane.dynamics.EquationsOfMotion;
import org.skycrane.dynamics.FlightState;
import org.skycrane.dynamics.SuttonGraves;
import org.skycrane.mars.Environment;
import org.skycrane.mars.LandingSite;
import org.skycrane.vehicle.Body;

/**
 * A check case flown by Skycrane's own flight dynamics: {@link EquationsOfMotion} (gravity with J2,
 * Coriolis and centrifugal terms of the rotating frame, forces on the air-relative velocity) acting
 * on a ballistic {@link Body} (constant C_D·A, no flight software) through {@link BodyDrag}, in an
 * {@link Environment} whose altitude datum is the case's ellipsoid or sphere. Hipparchus'
 * Dormand–Prince 8(5,3), integrated from each requested time to the next so every compared sample
 * is an integrator end point, with tolerances of 10⁻⁷ m and 10⁻¹⁰ m/s absolute and 10⁻¹³ relative
 * (about four orders below the comparison's floors of 1 cm and 1 mm/s).
 */
public final class NescFlight implements Trajectory {

    private static final double[] ABSOLUTE = {1e-7, 1e-7, 1e-7, 1e-10, 1e-10, 1e-10, 1e-9, 1.0};
    private static final double[] RELATIVE = {1e-13, 1e-13, 1e-13, 1e-13, 1e-13, 1e-13, 1e-13, 1e-13};
    /** No heating on a check case: the heat-load state stays zero. */
    private static final SuttonGraves NO_HEATING = new SuttonGraves(0, 1);

    private final CheckCase checkCase;
    private final EquationsOfMotion equations;
    private final Map<Long, TrajectorySample> samples = new HashMap<>();
    private double time;
    private double[] state;

    /** Ready to fly {@code checkCase} from its release at t = 0. */
    public NescFlight(CheckCase checkCase) {
        this.checkCase = checkCase;
        Body sphere = new Body(checkCase.mass(), checkCase.dragCoefficient() * checkCase.referenceArea());
        this.equations = new EquationsOfMotion(environment(checkCase), List.of(new BodyDrag(sphere.dragArea())),
                Actuation.NONE, NO_HEATING);
        Vector3D r = checkCase.startPosition();
        this.state = EquationsOfMotion.pack(new FlightState(0, r, Vector3D.ZERO, sphere.mass(), 0));
    }

    /**
     * The case's world: its planet and atmosphere, altitude above its ellipsoid; the site (which sets
     * no datum here, only the unused ground) is the release point on the equator.
     */
    public static Environment environment(CheckCase checkCase) {
        LandingSite release = new LandingSite("NESC release point", checkCase.start().latitude(),
                checkCase.start().longitude(), checkCase.shape().equatorialRadius(), 0);
        return new Environment(checkCase.planet(), checkCase.atmosphere(), release, checkCase.shape(), true);
    }

    /** The sample at {@code t} (s), integrating forward from the last one (times must not decrease). */
    @Override
    public TrajectorySample at(double t) {
        TrajectorySample known = samples.get(Math.round(t * 1e6));
        if (known != null) {
            return known;
        }
        if (t < time) {
            throw new IllegalArgumentException("a check-case flight goes forward only: " + t + " s after " + time + " s");
        }
        if (t > time) {
            DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-9, 1.0, ABSOLUTE, RELATIVE);
            ODEStateAndDerivative end = integrator.integrate(equations, new ODEState(time, state), t);
            state = end.getPrimaryState();
            time = t;
        }
        FlightState now = EquationsOfMotion.unpack(t, state);
        TrajectorySample sample = checkCase.sample(t, now.position(), now.velocity());
        samples.put(Math.round(t * 1e6), sample);
        return sample;
    }
}
