package org.skycrane.sim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.dynamics.FlightState;
import org.skycrane.flight.EdlEvent;
import org.skycrane.gnc.FlightSoftware;
import org.skycrane.gnc.nav.MapProjection;
import org.skycrane.gnc.nav.NavState;
import org.skycrane.gnc.nav.NavigationFilter;
import org.skycrane.gnc.nav.OnboardMap;
import org.skycrane.gnc.nav.PositionFix;
import org.skycrane.gnc.trn.GroundProjection;
import org.skycrane.gnc.trn.LanderVisionSystem;
import org.skycrane.gnc.trn.SafeTargetSelection;
import org.skycrane.gnc.trn.SafeTargetsMap;
import org.skycrane.scenario.TrnSpec;
import org.skycrane.sensors.DescentCamera;
import org.skycrane.terrain.MapPoint;
import org.skycrane.terrain.Terrain;

/**
 * Terrain-relative navigation in one flight, at the boundary of truth and flight software: from the
 * navigated start height it takes the descent camera's images at the true pose (images mode) and
 * hands them to the Lander Vision System, whose position fixes go through the navigation filter's
 * gate; or (model mode) it stands in for the image processing with one fix whose error is drawn
 * from the fitted pointing model (the filter's attitude error projected over the true height, plus a
 * bias and a matching scatter per axis), or, with the model's no-solution probability, no solution at
 * all. Once the solution is made, Safe Target Selection picks the target on the
 * safe-targets map from the navigated state and the powered descent is retargeted. Without a
 * solution after {@code max_images}, the flight lands without the divert. Confined to the flight's
 * thread.
 */
final class TerrainNavigation {

    private final TrnSpec spec;
    private final Terrain ground;
    private final MapProjection projection;
    private final LanderVisionSystem lvs;
    private final DescentCamera camera;
    private final FlightSoftware fsw;
    private final SplittableRandom random;
    private final double ignitionHeight;
    private final List<TrnReport.Frame> frames = new ArrayList<>();

    /**
     * Navigated height above the onboard map (m) down to which the LVS keeps fixing the position after
     * its solution: just above backshell separation (2.1 km on Mars 2020), ASSUMED.
     */
    static final double TRACKING_FLOOR = 2200;
    private boolean tracking;
    private boolean failed;
    /** Model mode: this flight's LVS finds no solution (drawn at its start, as image mode sometimes does). */
    private boolean modelNoSolution;
    /** Model mode: the drawn fix passed the filter's gate. */
    private boolean modelSolved;

    private boolean started;
    private boolean done;
    private boolean coarseDone;
    private double nextImage;
    private double startTime = Double.NaN;
    private int images;
    private int fused;
    private TrnReport report;

    /**
     * @param spec   the trn block
     * @param ground the true ground (for the truth-side error and the safe-targets map's making)
     * @param vision the image source (null in model mode)
     * @param filter the flight's navigation filter (its onboard map is the LVS's elevation model)
     * @param fsw    the flight software to retarget
     * @param seed   this flight's seed for the model's draws
     * @param entryInterface the instant of flight time 0 (the descent images' Sun)
     * @param ignitionHeight height above the ground of backshell separation and powered descent's start (m)
     */
    TerrainNavigation(TrnSpec spec, Terrain ground, Vision vision, NavigationFilter filter, FlightSoftware fsw,
                      long seed, Instant entryInterface, double ignitionHeight) {
        this.ignitionHeight = ignitionHeight;
        this.spec = spec;
        this.ground = ground;
        OnboardMap dem = filter.map();
        this.projection = dem != null ? dem.projection() : NavigationSetup.projection(ground.frame());
        this.fsw = fsw;
        this.random = new SplittableRandom(seed ^ 0x4c5653L);
        if (spec.mode().equals("images")) {
            if (vision == null) {
                throw new IllegalStateException("trn.mode images needs a renderer (the vision module)");
            }
            this.lvs = new LanderVisionSystem(LanderVisionSystem.Config.standard(), vision.maps(ground, spec),
                    projection, new GroundProjection(projection, dem));
            this.camera = vision.camera(ground, spec, entryInterface);
        } else {
            this.lvs = null;
            this.camera = null;
        }
    }

    /**
     * The Lander Vision System fails (a fault, truth side): from now on no image gives a position fix,
     * whatever it shows. The flight software is not told; it sees fixes stop coming.
     */
    void fail() {
        failed = true;
    }

    /** What happened, or null before the LVS has finished (or if it never started). */
    TrnReport report() {
        if (report == null && started) {
            return new TrnReport(spec.mode(), startTime, Double.NaN, Double.NaN, Double.NaN, images, fused,
                    "the flight ended before the LVS finished", null, Double.NaN, Double.NaN, List.copyOf(frames));
        }
        return report;
    }

    /**
     * One tick, after the filter's own updates.
     *
     * @param s        true state
     * @param attitude true body attitude
     * @param filter   the filter
     * @param sensing  whether the heat shield is off and the camera sees the ground
     * @param radarLocked whether the filter has used a radar return on the ground: the LVS projects its
     *                 images with the onboard altitude, so it waits for the radar to have set it
     * @param notices  where timeline notices go
     */
    void tick(FlightState s, Rotation attitude, NavigationFilter filter, boolean sensing, boolean radarLocked,
              List<Avionics.Notice> notices) {
        if (done) {
            return;
        }
        NavState nav = filter.state();
        double t = s.time();
        if (tracking) {
            track(s, attitude, filter, sensing, nav, notices);
            return;
        }
        if (!started) {
            if (!sensing || !radarLocked || !(nav.heightAboveGround() <= spec.startHeight())) {
                return;
            }
            started = true;
            startTime = t;
            modelNoSolution = lvs == null && random.nextDouble() < spec.modelFailureProbability();
            nextImage = t;
            notices.add(new Avionics.Notice(EdlEvent.LVS_START, spec.mode() + " mode"));
        }
        if (t < nextImage - 1e-9) {
            return;
        }
        nextImage += spec.imageInterval();
        images++;
        double[] sigma = filter.sigmaNed();
        double horizontal = Math.max(sigma[0], sigma[1]);
        if (failed) {
            // a failed LVS: the image is taken, no solution comes of it
            frames.add(new TrnReport.Frame(t, !coarseDone, false, "LVS failed", 0, 0, Double.NaN, List.of()));
        } else if (lvs != null) {
            LanderVisionSystem.ImageResult r = lvs.process(camera.capture(t, s.position(), attitude), nav.position(),
                    filter.attitude(), horizontal, !coarseDone);
            boolean accepted = r.fix() != null && filter.update(r.fix());
            if (accepted) {
                coarseDone = true;
                fused++;
            }
            frames.add(new TrnReport.Frame(t, r.coarse(), accepted, r.rejected(), r.templates(), r.inliers(),
                    r.fix() == null ? Double.NaN : horizontalDistance(r.fix().position(), s.position()), r.matches()));
        } else if (images >= spec.images() && !modelNoSolution) {
            if (filter.update(modelFix(s, attitude, filter, nav))) {
                fused = 1; // the one drawn fix that stands for the images' solution
                modelSolved = true;
            }
        }
        if (fused >= spec.images() || modelSolved) {
            solve(s, filter, notices);
        } else if (images >= spec.maxImages()) {
            done = true;
            close();
            String why = "LVS: no valid solution after " + images + " images";
            report = new TrnReport(spec.mode(), startTime, Double.NaN, Double.NaN, Double.NaN, images, fused, why, null,
                    Double.NaN, Double.NaN, List.copyOf(frames));
            notices.add(new Avionics.Notice(EdlEvent.FAULT_DETECTED, why));
            notices.add(new Avionics.Notice(EdlEvent.FAULT_RESPONSE, "land without the safe-target divert, on "
                    + "inertial and radar navigation, at the original target"));
        }
    }

    /** After the solution: fine fixes at the image rate until the tracking floor, keeping the position map-relative. */
    private void track(FlightState s, Rotation attitude, NavigationFilter filter, boolean sensing, NavState nav,
                       List<Avionics.Notice> notices) {
        double t = s.time();
        if (failed && sensing && t >= nextImage - 1e-9) {
            // the solution and the target stand; the map-relative tracking ends
            done = true;
            close();
            notices.add(new Avionics.Notice(EdlEvent.FAULT_DETECTED, "LVS: no valid fix while tracking"));
            notices.add(new Avionics.Notice(EdlEvent.FAULT_RESPONSE, "keep the selected target; navigate on the IMU "
                    + "and radar"));
            return;
        }
        if (!sensing || !(nav.heightAboveGround() > TRACKING_FLOOR)) {
            done = true;
            close();
            return;
        }
        if (t < nextImage - 1e-9) {
            return;
        }
        nextImage += spec.imageInterval();
        double[] sigma = filter.sigmaNed();
        LanderVisionSystem.ImageResult r = lvs.process(camera.capture(t, s.position(), attitude), nav.position(),
                filter.attitude(), Math.max(sigma[0], sigma[1]), false);
        boolean accepted = r.fix() != null && filter.update(r.fix());
        frames.add(new TrnReport.Frame(t, false, accepted, r.rejected(), r.templates(), r.inliers(),
                r.fix() == null ? Double.NaN : horizontalDistance(r.fix().position(), s.position()), r.matches()));
    }

    /**
     * Model mode's solution, drawn as the LVS would make it (docs/trn.md, fitted to flight-level image-mode
     * solutions): the LVS projects its matches to the ground with the filter's attitude, so the filter's
     * attitude error φ (truth = (I + [φ×]) estimate) moves the fix by the true height above the ground
     * times the tilt, east by −h·φ_N and north by h·φ_E; to that come a bias and a Gaussian matching
     * scatter per axis. The fix states the 1σ the LVS states beyond the pointing term, and the believed
     * height above the ground it was projected over, from which the filter adds the pointing term itself.
     */
    private PositionFix modelFix(FlightState s, Rotation attitude, NavigationFilter filter, NavState nav) {
        double[] phi = Avionics.attitudeError(filter.attitude(), attitude);
        double[] phiNed = Avionics.ned(s.position(), new Vector3D(phi[0], phi[1], phi[2]), Vector3D.ZERO);
        double h = ground.heightAboveGround(s.position());
        double[] m = projection.toMap(s.position());
        double east = m[0] - h * phiNed[0] + spec.modelBiasEast() + spec.modelScatterEast() * random.nextGaussian();
        double north = m[1] + h * phiNed[1] + spec.modelBiasNorth() + spec.modelScatterNorth() * random.nextGaussian();
        Vector3D drawn = projection.toMarsFixed(east, north, projection.toMap(nav.position())[2]);
        return new PositionFix(s.time(), drawn, spec.modelSigma(), nav.heightAboveGround());
    }

    /** Frames so far, including those after the solution. */
    List<TrnReport.Frame> frames() {
        return List.copyOf(frames);
    }

    private void solve(FlightState s, NavigationFilter filter, List<Avionics.Notice> notices) {
        if (lvs != null) {
            tracking = true;
        } else {
            done = true;
        }
        NavState nav = filter.state();
        double[] sigma = filter.sigmaNed();
        double error = horizontalDistance(nav.position(), s.position());
        double sig = Math.max(sigma[0], sigma[1]);
        notices.add(new Avionics.Notice(EdlEvent.LVS_SOLUTION, String.format(Locale.ROOT,
                "error %.1f m, 1-sigma %.1f m, %d images", error, sig, images)));
        // reach is measured from where powered descent would land undiverted; the cost prefers its aim at the target
        double[] predicted = projection.toMap(fsw.predictedTouchdown(nav, ignitionHeight));
        double[] aim0 = projection.toMap(fsw.plannedLanding(nav));
        double half = spec.maxDivert() + spec.hazardRadius() + 20;
        SafeTargetsMap map = SafeTargets.around(ground, spec, predicted[0], predicted[1], half);
        SafeTargetSelection.Target target = new SafeTargetSelection(map, spec.minDivert(), spec.maxDivert(),
                spec.divertWeight()).select(predicted[0], predicted[1], aim0[0], aim0[1]);
        Vector3D aim = null;
        if (target != null) {
            aim = projection.toMarsFixed(target.east(), target.north(), 0);
            fsw.retarget(aim);
            notices.add(new Avionics.Notice(EdlEvent.SAFE_TARGET_SELECTED, String.format(Locale.ROOT,
                    "divert %.0f m, hazard %.2f", target.divert(), target.hazard())));
        } else {
            notices.add(new Avionics.Notice(EdlEvent.FAULT_DETECTED, "STS: no safe cell within the divert limits"));
            notices.add(new Avionics.Notice(EdlEvent.FAULT_RESPONSE, "land at the predicted touchdown"));
        }
        report = new TrnReport(spec.mode(), startTime, s.time(), error, sig, images, fused, null, aim,
                target == null ? Double.NaN : target.divert(), target == null ? Double.NaN : target.hazard(),
                List.copyOf(frames));
    }

    private double horizontalDistance(Vector3D a, Vector3D b) {
        MapPoint pa = ground.frame().toMap(a);
        MapPoint pb = ground.frame().toMap(b);
        return Math.hypot(pa.east() - pb.east(), pa.north() - pb.north());
    }

    void close() {
        if (camera != null) {
            camera.close();
        }
    }
}
