package org.skycrane.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.RotationConvention;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.dynamics.Actuation;
import org.skycrane.dynamics.AirData;
import org.skycrane.dynamics.BodyAttitude;
import org.skycrane.dynamics.FlightState;
import org.skycrane.flight.EdlEvent;
import org.skycrane.gnc.nav.NavState;
import org.skycrane.gnc.nav.NavigationFilter;
import org.skycrane.gnc.nav.RadarFrame;
import org.skycrane.gnc.nav.RadarMonitor;
import org.skycrane.mars.Geodesy;
import org.skycrane.mars.Planet;
import org.skycrane.scenario.FaultSpec;
import org.skycrane.sensors.Imu;
import org.skycrane.sensors.TerminalDescentSensor;
import org.skycrane.vehicle.Stack;

/**
 * The boundary between the true flight and the flight software's navigation: at each tick it turns
 * the true motion since the last tick into the IMU's increments and the radar's returns, hands them
 * to the navigation filter, and keeps the filter's error (estimate minus truth) for the navigated
 * state between ticks, which is the truth plus that error, held until the next tick. Confined to the
 * flight's thread.
 */
final class Avionics {


    private final Planet planet;
    private final Imu imu;
    private final TerminalDescentSensor radar;
    private final NavigationFilter filter;
    private final List<NavigationSample> samples = new ArrayList<>();
    private final RadarMonitor monitor = new RadarMonitor();
    private final List<Notice> notices = new ArrayList<>();

    private FlightState last;
    private Rotation lastAttitude;
    private Vector3D positionError = Vector3D.ZERO;
    private Vector3D velocityError = Vector3D.ZERO;
    private Vector3D sensed = Vector3D.ZERO;
    private Vector3D cycle = Vector3D.ZERO;
    private Ballistic.Track heatShield;
    private double heatShieldRadius;
    private boolean radarOn = true;
    private boolean recording = true;
    private boolean locked;
    private TerrainNavigation trn;

    /**
     * Something the flight software's fault protection or navigation did at a tick, for the timeline.
     *
     * @param event what happened
     * @param label why, or what was done
     */
    record Notice(EdlEvent event, String label) {
    }

    Avionics(Planet planet, Imu imu, TerminalDescentSensor radar, NavigationFilter filter, Rotation entryAttitude,
             FlightState entry) {
        this.planet = planet;
        this.imu = imu;
        this.radar = radar;
        this.filter = filter;
        this.lastAttitude = entryAttitude;
        this.last = entry;
        NavState nav = filter.state();
        positionError = nav.position().subtract(entry.position());
        velocityError = nav.velocity().subtract(entry.velocity());
    }

    NavigationFilter filter() {
        return filter;
    }

    /** Flies terrain-relative navigation with this filter from now on. */
    void attach(TerrainNavigation terrainNavigation) {
        trn = terrainNavigation;
    }

    /** Terrain-relative navigation's record, or null without it. */
    TrnReport trnReport() {
        return trn == null ? null : trn.report();
    }

    /** Ends terrain-relative navigation (releases its camera). */
    void closeTrn() {
        if (trn != null) {
            trn.close();
        }
    }

    /** What happened at the last ticks since asked, in order; clears them. */
    List<Notice> takeNotices() {
        List<Notice> out = List.copyOf(notices);
        notices.clear();
        return out;
    }

    /** Injects a sensor fault now (truth side: the flight software is not told). */
    void inject(FaultSpec f) {
        switch (f.kind()) {
            case "radar_loss" -> radarOn = false;
            case "radar_beam_loss" -> f.beams().forEach(radar::fail);
            case "imu_bias_step" -> imu.stepAccelerometerBias(new Vector3D(f.biasStep().get(0),
                    f.biasStep().get(1), f.biasStep().get(2)));
            case "lvs_failure" -> {
                if (trn != null) {
                    trn.fail();
                }
            }
            default -> throw new IllegalStateException("not a sensor fault: " + f.kind());
        }
    }

    /** The heat shield has left: fly it now, so the radar can see it fall. */
    void heatShieldSeparated(Ballistic.Track track, double radius) {
        heatShield = track;
        heatShieldRadius = radius;
    }

    /** Whether each tick adds a {@link NavigationSample} (on unless switched off). */
    void keepRecord(boolean on) {
        recording = on;
    }

    List<NavigationSample> samples() {
        return List.copyOf(samples);
    }

    /**
     * One tick at true state {@code s}: sense, update the filter, and return its solution.
     *
     * @param s         the true state
     * @param air       its air data
     * @param stack     what is attached
     * @param actuation what the actuators delivered since the last tick
     * @param ground    true height above ground at {@code s} (m), asked for only by the record
     */
    NavState tick(FlightState s, AirData air, Stack stack, Actuation actuation, DoubleSupplier ground) {
        double g = planet.gravity(s.position()).getNorm();
        Rotation attitude = BodyAttitude.of(s, air, stack, actuation, lastAttitude, g);
        double dt = s.time() - last.time();
        if (dt > 1e-9) {
            Rotation i0 = fixedToInertial(last.time());
            Rotation i1 = fixedToInertial(s.time());
            Vector3D r0 = i0.applyTo(last.position());
            Vector3D r1 = i1.applyTo(s.position());
            Vector3D v0 = i0.applyTo(last.velocity().add(Vector3D.crossProduct(planet.spin(), last.position())));
            Vector3D v1 = i1.applyTo(s.velocity().add(Vector3D.crossProduct(planet.spin(), s.position())));
            Vector3D g0 = planet.gravity(r0);
            Vector3D g1 = planet.gravity(r1);
            Vector3D dv = new Vector3D(1, v1, -1, v0, -dt / 2, g0.add(g1));
            Vector3D dr = new Vector3D(1, r1, -1, r0, -dt, v0).subtract(new Vector3D(dt * dt / 3, g0, dt * dt / 6, g1));
            filter.propagate(imu.measure(s.time(), dt, dv, dr,
                    i0.compose(lastAttitude, RotationConvention.VECTOR_OPERATOR),
                    i1.compose(attitude, RotationConvention.VECTOR_OPERATOR)));
        }
        int accepted = 0;
        int rejected = 0;
        boolean sensing = !stack.heatShield() && (stack.rover() == Stack.Rover.STOWED
                || stack.rover() == Stack.Rover.HANGING);
        if (sensing && !monitor.radarLost()) {
            int samples = (int) Math.max(1, Math.floor(dt * TerminalDescentSensor.SAMPLE_RATE + 1e-9));
            RadarFrame frame = radarOn ? radar.measure(s.time(), s.position(), s.velocity(), attitude, obstacles(s.time()),
                    samples) : new RadarFrame(s.time(), List.of());
            // fault protection judges the radar once the filter has used it on the ground (returns from
            // the falling heat shield before that prove nothing)
            List<RadarMonitor.Decision> decisions = locked ? monitor.beforeUpdate(frame, filter.expectedBeams(0.9))
                    : List.of();
            for (RadarMonitor.Decision d : decisions) {
                notices.add(new Notice(EdlEvent.FAULT_DETECTED, d.detected()));
                notices.add(new Notice(EdlEvent.FAULT_RESPONSE, d.response()));
            }
            if (!monitor.radarLost()) {
                var update = filter.update(frame, monitor.excluded());
                accepted = update.accepted();
                rejected = update.rejected();
                if (accepted > 0 && !locked) {
                    locked = true;
                    notices.add(new Notice(EdlEvent.RADAR_LOCK, accepted + " beams" + (update.widened() > 1
                            ? String.format(Locale.ROOT, ", uncertainty widened %.2f times to acquire", update.widened())
                            : "")));
                }
                RadarMonitor.Decision d = locked ? monitor.afterUpdate(update) : null;
                if (d != null) {
                    filter.reopenImuBiases(RadarMonitor.INCONSISTENT_FRAMES * (s.time() - last.time()));
                    notices.add(new Notice(EdlEvent.FAULT_DETECTED, d.detected()));
                    notices.add(new Notice(EdlEvent.FAULT_RESPONSE, d.response()));
                }
            }
        }
        if (trn != null) {
            trn.tick(s, attitude, filter, sensing, locked, notices);
        }
        NavState nav = filter.state();
        positionError = nav.position().subtract(s.position());
        velocityError = nav.velocity().subtract(s.velocity());
        if (recording) {
            record(s, nav, attitude, ground.getAsDouble(), accepted, rejected);
        }
        if (dt > 1e-9) { // a second tick at the same instant leaves its turn to the next cycle's gyros
            last = s;
            lastAttitude = attitude;
        }
        sensed = nav.sensedAcceleration();
        cycle = nav.cycleAcceleration();
        return nav;
    }

    /** The record of a tick: the errors against the truth, the filter's 1σ and the NEES. */
    private void record(FlightState s, NavState nav, Rotation attitude, double ground, int accepted, int rejected) {
        double[] error = ned(s.position(), positionError, velocityError);
        double[][] covariance = filter.covarianceNed();
        double[] sigma = new double[6];
        for (int i = 0; i < 6; i++) {
            sigma[i] = Math.sqrt(covariance[i][i]);
        }
        double[] phi = attitudeError(filter.attitude(), attitude);
        double[] phiNed = ned(s.position(), new Vector3D(phi[0], phi[1], phi[2]), Vector3D.ZERO);
        samples.add(new NavigationSample(s.time(), error, sigma, nav.heightAboveGround() - ground, accepted, rejected,
                Rotation.distance(filter.attitude(), attitude), nees(error, covariance),
                nees(phi, filter.attitudeCovariance()), new double[] {phiNed[0], phiNed[1], phiNed[2]}));
    }

    /** The navigated state at true state {@code s} between ticks: truth plus the error of the last tick. */
    NavState between(FlightState s) {
        Vector3D r = s.position().add(positionError);
        return new NavState(s.time(), r, s.velocity().add(velocityError), sensed, filter.heightAboveGround(r), cycle);
    }

    private List<TerminalDescentSensor.Obstacle> obstacles(double t) {
        if (heatShield == null || heatShield.times().length < 2) {
            return List.of();
        }
        double[] times = heatShield.times();
        if (t < times[0] || t > times[times.length - 1]) {
            return List.of();
        }
        int i = 0;
        while (i + 2 < times.length && times[i + 1] < t) {
            i++;
        }
        double f = (t - times[i]) / (times[i + 1] - times[i]);
        Vector3D a = heatShield.points()[i];
        Vector3D b = heatShield.points()[i + 1];
        Vector3D centre = new Vector3D(1 - f, a, f, b);
        Vector3D velocity = b.subtract(a).scalarMultiply(1 / (times[i + 1] - times[i]));
        return List.of(new TerminalDescentSensor.Obstacle(centre, velocity, heatShieldRadius));
    }

    private Rotation fixedToInertial(double t) {
        return new Rotation(Vector3D.PLUS_K, planet.rotationRate() * t, RotationConvention.VECTOR_OPERATOR);
    }

    /**
     * eᵀ P⁻¹ e by a Cholesky factorization of the small symmetric P (a few hundred operations, no
     * allocation beyond one triangle), or NaN when P is not positive definite (a filter with nothing
     * uncertain).
     */
    static double nees(double[] e, double[][] p) {
        int n = e.length;
        double[] l = new double[n * n]; // row-major, one allocation
        double scale = 0;
        for (int i = 0; i < n; i++) {
            scale = Math.max(scale, Math.abs(p[i][i]));
        }
        for (int j = 0; j < n; j++) {
            double d = p[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j * n + k] * l[j * n + k];
            }
            if (!(d > 1e-14 * scale)) {
                return Double.NaN;
            }
            l[j * n + j] = Math.sqrt(d);
            for (int i = j + 1; i < n; i++) {
                double sum = p[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i * n + k] * l[j * n + k];
                }
                l[i * n + j] = sum / l[j * n + j];
            }
        }
        double total = 0;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) { // L y = e, and eᵀ P⁻¹ e = |y|²
            double sum = e[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i * n + k] * y[k];
            }
            y[i] = sum / l[i * n + i];
            total += y[i] * y[i];
        }
        return total;
    }

    /** The attitude error φ, truth = (I + [φ×]) estimate, Mars-fixed axes (rad): the filter's error state. */
    static double[] attitudeError(Rotation estimate, Rotation truth) {
        Rotation d = truth.compose(estimate.revert(), RotationConvention.VECTOR_OPERATOR);
        Vector3D phi = d.getAngle() < 1e-15 ? Vector3D.ZERO
                : d.getAxis(RotationConvention.VECTOR_OPERATOR).scalarMultiply(d.getAngle());
        return new double[] {phi.getX(), phi.getY(), phi.getZ()};
    }

    /** North, east, down components of position and velocity errors at {@code r}. */
    static double[] ned(Vector3D r, Vector3D dr, Vector3D dv) {
        Vector3D n = Geodesy.north(r);
        Vector3D e = Geodesy.east(r);
        Vector3D d = Geodesy.up(r).negate();
        return new double[] {dr.dotProduct(n), dr.dotProduct(e), dr.dotProduct(d), dv.dotProduct(n), dv.dotProduct(e),
            dv.dotProduct(d)};
    }
}
