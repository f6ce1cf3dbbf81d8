package org.skycrane.film.flight;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.RotationConvention;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.flight.EdlEvent;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.AttitudeSample;
import org.skycrane.sim.BodyTrack;
import org.skycrane.sim.EventRecord;
import org.skycrane.sim.Result;
import org.skycrane.sim.TrajectorySample;
import org.skycrane.terrain.Terrain;
import org.skycrane.vehicle.Vehicle;

/**
 * A simulated flight as the cameras need it: the flying stack's state at any instant (cubic Hermite
 * between the run's trajectory samples, attitude interpolated along the shortest rotation), the
 * events, the jettisoned bodies' tracks, and the vehicle and ground it flew, all in the scene's
 * {@link LocalFrame}. Immutable.
 */
public final class Footage {

    private final Scenario scenario;
    private final Result result;
    private final Vehicle vehicle;
    private final Terrain terrain;
    private final LocalFrame frame;
    private final List<TrajectorySample> samples;
    private final List<AttitudeSample> attitudes;
    private final Map<EdlEvent, Double> events = new EnumMap<>(EdlEvent.class);

    /**
     * @param scenario the scenario flown (its vehicle, terrain and canopy code)
     * @param result   a run with its trajectory recorded
     * @throws IllegalArgumentException when the run has no trajectory
     */
    public Footage(Scenario scenario, Result result) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.result = Objects.requireNonNull(result, "result");
        if (result.trajectory().size() < 2 || result.attitude().size() != result.trajectory().size()) {
            throw new IllegalArgumentException("the run of " + scenario.name() + " has no recorded trajectory to film");
        }
        this.vehicle = scenario.vehicle().vehicle();
        this.terrain = scenario.terrain().terrain(scenario.site().site());
        this.frame = new LocalFrame(terrain.frame());
        this.samples = result.trajectory();
        this.attitudes = result.attitude();
        for (EventRecord r : result.timeline().records()) {
            events.putIfAbsent(r.event(), r.time());
        }
    }

    public Scenario scenario() {
        return scenario;
    }

    public Result result() {
        return result;
    }

    public Vehicle vehicle() {
        return vehicle;
    }

    public Terrain terrain() {
        return terrain;
    }

    public LocalFrame frame() {
        return frame;
    }

    /** First and last recorded times (s since entry interface). */
    public double start() {
        return samples.get(0).time();
    }

    public double end() {
        return samples.get(samples.size() - 1).time();
    }

    /** Time of the first {@code event} (s), or NaN when it did not happen. */
    public double time(EdlEvent event) {
        return events.getOrDefault(event, Double.NaN);
    }

    /** Whether {@code event} happened at or before {@code t}. */
    public boolean happened(EdlEvent event, double t) {
        double at = time(event);
        return !Double.isNaN(at) && at <= t;
    }

    /** The last event at or before {@code t}, or null before the first. */
    public EventRecord lastEvent(double t) {
        EventRecord last = null;
        for (EventRecord r : result.timeline().records()) {
            if (r.time() <= t + 1e-9) {
                last = r;
            }
        }
        return last;
    }

    /** The stack's state at {@code t} (held at the ends of the record). */
    public StackState at(double t) {
        double time = Math.max(start(), Math.min(end(), t));
        int i = index(time);
        TrajectorySample a = samples.get(i);
        TrajectorySample b = samples.get(i + 1);
        double h = b.time() - a.time();
        double s = h > 0 ? (time - a.time()) / h : 0;
        Vector3D p = hermite(a.position(), a.velocity(), b.position(), b.velocity(), h, s);
        Vector3D v = h > 0 ? hermiteRate(a.position(), a.velocity(), b.position(), b.velocity(), h, s) : a.velocity();
        AttitudeSample qa = attitudes.get(i);
        AttitudeSample qb = attitudes.get(i + 1);
        Rotation q = slerp(qa.attitude(), qb.attitude(), s);
        Vector3D thrust = new Vector3D(1 - s, qa.thrust(), s, qb.thrust());
        return new StackState(time, frame.position(p), frame.direction(v), frame.attitude(q), frame.direction(thrust),
                lerp(a.heightAboveGround(), b.heightAboveGround(), s), lerp(a.altitude(), b.altitude(), s),
                lerp(a.speed(), b.speed(), s), lerp(a.dynamicPressure(), b.dynamicPressure(), s),
                lerp(a.mach(), b.mach(), s), a.phase());
    }

    /**
     * Position of a jettisoned body ({@code heat_shield}, {@code backshell}) at {@code t} (local m), or
     * null before it separated or when it has no track. Between its separation and the first sample
     * of its track (the next output time) it is interpolated from the stack's position at separation.
     */
    public Vector3D trackPosition(String body, double t) {
        BodyTrack track = result.track(body);
        double separated = separation(body);
        if (track == null || track.times().length == 0 || Double.isNaN(separated) || t < separated) {
            return null;
        }
        if (t < track.start()) {
            Vector3D from = frame.position(stackPositionAt(separated));
            Vector3D to = frame.position(track.at(track.start()));
            double span = track.start() - separated;
            double f = span > 0 ? (t - separated) / span : 1;
            return new Vector3D(1 - f, from, f, to);
        }
        return frame.position(track.at(t));
    }

    /** Velocity of a jettisoned body at {@code t} (local m/s, a difference over 0.1 s of its positions), or null. */
    public Vector3D trackVelocity(String body, double t) {
        double separated = separation(body);
        if (Double.isNaN(separated) || t < separated || result.track(body) == null) {
            return null;
        }
        double dt = 0.1;
        double t0 = Math.max(separated, t - dt / 2);
        Vector3D a = trackPosition(body, t0);
        Vector3D b = trackPosition(body, t0 + dt);
        return a == null || b == null ? null : b.subtract(a).scalarMultiply(1 / dt);
    }

    private double separation(String body) {
        return switch (body) {
            case "heat_shield" -> time(EdlEvent.HEAT_SHIELD_SEPARATION);
            case "backshell" -> time(EdlEvent.BACKSHELL_SEPARATION);
            default -> Double.NaN;
        };
    }

    /** The stack's Mars-fixed position at {@code t}. */
    private Vector3D stackPositionAt(double t) {
        double time = Math.max(start(), Math.min(end(), t));
        int i = index(time);
        TrajectorySample a = samples.get(i);
        TrajectorySample b = samples.get(i + 1);
        double h = b.time() - a.time();
        double s = h > 0 ? (time - a.time()) / h : 0;
        return hermite(a.position(), a.velocity(), b.position(), b.velocity(), h, s);
    }

    /**
     * Length of bridle paid out at {@code t} (m): the sim's model ({@code Stack.payout}), a steady
     * rate from the rappel delay after sky-crane start until fully out.
     */
    public double payout(double t) {
        double start = time(EdlEvent.SKY_CRANE_START);
        if (Double.isNaN(start)) {
            return 0;
        }
        var bridles = vehicle.bridles();
        double from = start + bridles.rappelDelay();
        double touchdown = time(EdlEvent.TOUCHDOWN);
        double until = Double.isNaN(touchdown) ? t : Math.min(t, touchdown);
        return until <= from ? 0 : Math.min(bridles.length(), bridles.payoutSpeed() * (until - from));
    }

    /**
     * Open fraction of the canopy's drag area at {@code t}: 0 before line stretch, the sim's
     * inflation model ({@code Parachute.openFraction}) after, with the fill time n D₀ / V at line stretch.
     */
    public double canopyOpen(double t) {
        double stretch = time(EdlEvent.LINE_STRETCH);
        if (Double.isNaN(stretch) || t < stretch) {
            return 0;
        }
        var parachute = vehicle.parachute();
        double fill = parachute.fillTime(at(stretch).speed());
        return parachute.openFraction(t - stretch, fill);
    }

    private int index(double t) {
        int lo = 0;
        int hi = samples.size() - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (samples.get(mid).time() <= t) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double lerp(double a, double b, double s) {
        return a + (b - a) * s;
    }

    private static Vector3D hermite(Vector3D p0, Vector3D v0, Vector3D p1, Vector3D v1, double h, double s) {
        double s2 = s * s;
        double s3 = s2 * s;
        double h00 = 2 * s3 - 3 * s2 + 1;
        double h10 = s3 - 2 * s2 + s;
        double h01 = -2 * s3 + 3 * s2;
        double h11 = s3 - s2;
        return new Vector3D(h00, p0, h10 * h, v0, h01, p1, h11 * h, v1);
    }

    /** Time derivative of {@link #hermite}: the velocity consistent with the interpolated position. */
    private static Vector3D hermiteRate(Vector3D p0, Vector3D v0, Vector3D p1, Vector3D v1, double h, double s) {
        double s2 = s * s;
        double d00 = (6 * s2 - 6 * s) / h;
        double d10 = 3 * s2 - 4 * s + 1;
        double d01 = (-6 * s2 + 6 * s) / h;
        double d11 = 3 * s2 - 2 * s;
        return new Vector3D(d00, p0, d10, v0, d01, p1, d11, v1);
    }

    /** The rotation a fraction {@code s} of the way from {@code a} to {@code b}, along the shortest path. */
    static Rotation slerp(Rotation a, Rotation b, double s) {
        Rotation delta = b.compose(a.revert(), RotationConvention.VECTOR_OPERATOR);
        double angle = delta.getAngle();
        if (angle < 1e-12) {
            return a;
        }
        Rotation part = new Rotation(delta.getAxis(RotationConvention.VECTOR_OPERATOR), angle * s,
                RotationConvention.VECTOR_OPERATOR);
        return part.compose(a, RotationConvention.VECTOR_OPERATOR);
    }
}
