package org.skycrane.film.scene;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.RotationConvention;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.canopy.CanopyCode;
import org.skycrane.canopy.CanopyPattern;
import org.skycrane.canopy.Location;
import org.skycrane.canopy.Message;
import org.skycrane.earth.SunDirection;
import org.skycrane.film.flight.Footage;
import org.skycrane.film.flight.StackState;
import org.skycrane.flight.EdlEvent;
import org.skycrane.render.scene.Body;
import org.skycrane.render.scene.HeightField;
import org.skycrane.render.scene.Lighting;
import org.skycrane.render.scene.MarsSky;
import org.skycrane.render.scene.Mesh;
import org.skycrane.render.scene.Polyline;
import org.skycrane.render.scene.Pose;
import org.skycrane.render.scene.Rgb;
import org.skycrane.render.scene.Scene;
import org.skycrane.render.scene.Shapes;

/**
 * The scene of a simulated flight at any instant: the landing site's terrain lit by the Sun of that
 * moment and place ({@link SunDirection}), the Mars sky, and every part of the vehicle where the
 * flight put it. Models beyond the simulation's own (all stated in docs/film.md):
 *
 * <ul>
 *   <li><b>Parachute</b>: after mortar fire the pack flies out along the relative wind at the speed
 *       that reaches line stretch at the simulated delay; from line stretch the canopy's radius grows
 *       with the square root of the simulated drag-area fraction ({@code Parachute.openFraction}).
 *       The canopy hangs along the relative wind above the backshell, whose attitude swings under it.</li>
 *   <li><b>Heat shield</b>: on its simulated ballistic track; it keeps the stack's attitude at
 *       separation and tumbles by {@link #HEAT_SHIELD_SPIN} about its axis with a nutation of
 *       {@link #HEAT_SHIELD_NUTATION} (ASSUMED, of the order seen in the flown rover down-look video).</li>
 *   <li><b>Backshell</b> after separation: on its simulated track, its axis along its velocity.</li>
 *   <li><b>Rover</b>: hangs straight below the stage by the simulated bridle payout, then stays where
 *       its wheels touched down; three bridles and the umbilical run between them until the cut.</li>
 *   <li><b>Dust</b>: see {@link PlumeDust}.</li>
 * </ul>
 */
public final class FlightScene {

    /** Heat shield spin after separation (rad/s), ASSUMED. */
    public static final double HEAT_SHIELD_SPIN = Math.toRadians(20);
    /** Heat shield nutation amplitude (rad), ASSUMED. */
    public static final double HEAT_SHIELD_NUTATION = Math.toRadians(8);
    /** Heat shield nutation period (s), ASSUMED. */
    public static final double HEAT_SHIELD_NUTATION_PERIOD = 1.7;
    /** Length of the riser from the support structure to the suspension lines' confluence (m), ASSUMED. */
    public static final double RISER = 3.0;
    /** Suspension-line length over the nominal diameter, ASSUMED (MSL's canopy flew "more than 50 m" above its capsule). */
    public static final double LINES_PER_DIAMETER = 1.7;

    private static final Rgb BRIDLE = Rgb.grey(0.75);
    private static final Rgb LINE = Rgb.grey(0.85);
    private static final Vector3D DOWN = Vector3D.MINUS_K;
    private static final Mesh PACK = Shapes.closedCylinder(0.35, 0.8, 16);

    private final Footage footage;
    private final HeightField ground;
    private final CanopyModel canopy;
    private final MarsSky sky = MarsSky.daytime(0.6, 0.4);
    private final double lineLength;

    /**
     * @param footage the flight
     * @param ground  its terrain as a height field ({@link SiteGround})
     */
    public FlightScene(Footage footage, HeightField ground) {
        this.footage = footage;
        this.ground = ground;
        double diameter = footage.vehicle().parachute().diameter();
        this.canopy = new CanopyModel(diameter, pattern(footage));
        this.lineLength = LINES_PER_DIAMETER * diameter;
    }

    /** The canopy code the scenario's parachute carries (the Mars 2020 one when it names none). */
    public static CanopyPattern pattern(Footage footage) {
        var p = footage.scenario().vehicle().parachute();
        CanopyCode code = p.message() == null ? CanopyCode.MARS_2020
                : new CanopyCode(Message.parse(p.message()), Location.parse(p.location()));
        return code.encode();
    }

    public Footage footage() {
        return footage;
    }

    /** The terrain drawn. */
    public HeightField ground() {
        return ground;
    }

    /** The Sun at time {@code t} (s since entry interface), in the local frame, as scene lighting. */
    public Lighting lighting(double t) {
        SunDirection sun = SunDirection.at(footage.scenario().mission().entryInterface()
                .plusMillis(Math.round(t * 1000)));
        var site = footage.frame().site();
        return Lighting.marsDaylight(sun.elevation(site.latitude(), site.longitude()),
                sun.azimuth(site.latitude(), site.longitude()), 1.6, 0.45);
    }

    /** The scene at {@code t} (s since entry interface). */
    public Scene at(double t) {
        StackState stack = footage.at(t);
        Scene.Builder scene = Scene.builder(lighting(t)).terrain(ground).sky(sky);
        Pose stackPose = new Pose(stack.position(), stack.attitude());
        scene.shadowFocus(stack.position(), 12 + footage.payout(t));

        // heat shield
        double hs = footage.time(EdlEvent.HEAT_SHIELD_SEPARATION);
        if (Double.isNaN(hs) || t < hs) {
            Hardware.heatShield(stackPose).forEach(scene::add);
        } else {
            Pose pose = heatShieldPose(t, hs);
            if (pose != null) {
                Hardware.heatShield(pose).forEach(scene::add);
            }
        }
        // backshell and parachute
        Pose backshell = backshellPose(t, stack, stackPose);
        if (backshell != null) {
            Hardware.backshell(backshell).forEach(scene::add);
            Vector3D velocity = footage.happened(EdlEvent.BACKSHELL_SEPARATION, t)
                    ? footage.trackVelocity("backshell", t) : stack.velocity();
            addParachute(scene, t, backshell, velocity);
        }
        // descent stage and rover: inside the aeroshell, out of every view, until the backshell goes
        if (!footage.happened(EdlEvent.BACKSHELL_SEPARATION, t)) {
            PlumeDust.at(footage, t, stack).ifPresent(scene::add);
            return scene.build();
        }
        Hardware.descentStage(stackPose).forEach(scene::add);
        // rover and bridles
        Pose rover = roverPose(t);
        Hardware.rover(rover).forEach(scene::add);
        if (footage.happened(EdlEvent.SKY_CRANE_START, t) && !footage.happened(EdlEvent.BRIDLE_CUT, t)
                && footage.payout(t) > 0) {
            for (int k = 0; k < 3; k++) {
                scene.add(Polyline.segment(point(stackPose, Hardware.bridleOnStage(k)),
                        point(rover, Hardware.bridleOnRover(k)), BRIDLE));
            }
            scene.add(Polyline.segment(point(stackPose, new Vector3D(Hardware.STAGE_BOTTOM_X, 0, 0.1)),
                    point(rover, new Vector3D(Hardware.ROVER_DECK_X, 0, 0.1)), Rgb.grey(0.35)));
        }
        PlumeDust.at(footage, t, stack).ifPresent(scene::add);
        return scene.build();
    }

    /** The pose of the rover's body frame at {@code t}. */
    public Pose roverPose(double t) {
        double touchdown = footage.time(EdlEvent.TOUCHDOWN);
        double at = Double.isNaN(touchdown) ? t : Math.min(t, touchdown);
        StackState s = footage.at(at);
        return new Pose(s.position().add(DOWN.scalarMultiply(footage.payout(at))), s.attitude());
    }

    /** The pose of the backshell's body frame at {@code t}, or null once it has no track. */
    public Pose backshellPose(double t, StackState stack, Pose stackPose) {
        double bs = footage.time(EdlEvent.BACKSHELL_SEPARATION);
        if (Double.isNaN(bs) || t < bs) {
            return stackPose;
        }
        Vector3D p = footage.trackPosition("backshell", t);
        Vector3D v = footage.trackVelocity("backshell", t);
        if (p == null || v == null || v.getNorm() < 1e-6) {
            return p == null ? null : new Pose(p, footage.at(bs).attitude());
        }
        Rotation at = footage.at(bs).attitude();
        Rotation turn = new Rotation(at.applyTo(Vector3D.PLUS_I), v.normalize());
        return new Pose(p, turn.compose(at, RotationConvention.VECTOR_OPERATOR));
    }

    /** The pose of the heat shield's body frame at {@code t}, after its separation at {@code hs}. */
    public Pose heatShieldPose(double t, double hs) {
        Vector3D p = footage.trackPosition("heat_shield", t);
        if (p == null) {
            return null;
        }
        double tau = t - hs;
        Rotation spin = new Rotation(Vector3D.PLUS_I, HEAT_SHIELD_SPIN * tau, RotationConvention.VECTOR_OPERATOR);
        double nutation = HEAT_SHIELD_NUTATION * Math.min(1, tau / 2)
                * Math.sin(2 * Math.PI * tau / HEAT_SHIELD_NUTATION_PERIOD);
        Rotation tilt = new Rotation(Vector3D.PLUS_J, nutation, RotationConvention.VECTOR_OPERATOR);
        Rotation body = footage.at(hs).attitude()
                .compose(tilt, RotationConvention.VECTOR_OPERATOR)
                .compose(spin, RotationConvention.VECTOR_OPERATOR);
        return new Pose(p, body);
    }

    /**
     * The parachute at {@code t}: nothing before mortar fire; the pack on its way out; the canopy on its
     * lines, opening, along the relative wind above the backshell.
     */
    private void addParachute(Scene.Builder scene, double t, Pose backshell, Vector3D velocity) {
        double mortar = footage.time(EdlEvent.PARACHUTE_DEPLOY);
        if (Double.isNaN(mortar) || t < mortar) {
            return;
        }
        Vector3D top = point(backshell, new Vector3D(Hardware.SUPPORT_TOP_X, 0, 0));
        Vector3D up = velocity == null || velocity.getNorm() < 1e-6
                ? backshell.attitude().applyTo(Vector3D.MINUS_I) : velocity.normalize().negate();
        double total = RISER + lineLength;
        double stretch = footage.time(EdlEvent.LINE_STRETCH);
        double delay = Double.isNaN(stretch) ? footage.vehicle().parachute().lineStretchDelay() : stretch - mortar;
        double out = delay > 0 ? Math.min(total, total * (t - mortar) / delay) : total;
        Vector3D confluence = top.add(up.scalarMultiply(Math.min(out, RISER)));
        Vector3D skirt = top.add(up.scalarMultiply(out));
        scene.add(Polyline.segment(top, confluence, BRIDLE));
        double open = footage.canopyOpen(t);
        if (open <= 0) {
            scene.add(Body.of(PACK, Hardware.BACKSHELL_WHITE,
                    new Pose(skirt, new Rotation(Vector3D.PLUS_K, up))));
            if (out > RISER) {
                scene.add(Polyline.segment(confluence, skirt, LINE));
            }
            return;
        }
        double radial = Math.max(0.08, Math.min(1.2, Math.sqrt(open)));
        double axial = Math.min(1, 0.4 + 0.6 * radial);
        Rotation attitude = new Rotation(Vector3D.PLUS_K, up);
        Pose pose = new Pose(skirt, attitude);
        Vector3D scale = new Vector3D(radial, radial, axial);
        scene.add(new Body(canopy.disk(), canopy.material(), pose, scale, true));
        scene.add(new Body(canopy.band(), canopy.material(), pose, scale, true));
        List<Vector3D> edge = new ArrayList<>();
        for (int k = 0; k < 80; k += 2) {
            double az = 2 * Math.PI * k / 80;
            double r = canopy.skirtRadius() * radial;
            edge.add(skirt.add(attitude.applyTo(new Vector3D(r * Math.cos(az), r * Math.sin(az), 0))));
        }
        for (Vector3D e : edge) {
            scene.add(Polyline.segment(confluence, e, LINE));
        }
    }

    private static Vector3D point(Pose pose, Vector3D body) {
        return pose.position().add(pose.attitude().applyTo(body));
    }
}
