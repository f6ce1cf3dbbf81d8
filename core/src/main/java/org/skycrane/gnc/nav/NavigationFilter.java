package org.skycrane.gnc.nav;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.RotationConvention;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.hipparchus.util.FastMath;
import org.skycrane.mars.Geodesy;
import org.skycrane.mars.Planet;

/**
 * The flight software's navigation: an error-state extended Kalman filter that dead-reckons with the
 * IMU's increments and corrects with the terminal descent sensor's beams over its onboard map (and
 * with absolute position fixes when a source provides them).
 *
 * <p>The whole state is kept in an inertial frame (Mars-fixed axes frozen at entry interface):
 * position, velocity, the body-to-inertial attitude and the IMU's calibration. The filter's 24 error
 * states, truth minus estimate, are position (0–2), velocity (3–5), the attitude error φ with
 * C_true = (I + [φ×]) Ĉ (6–8), accelerometer bias (9–11), gyro bias (12–14), accelerometer scale
 * factor (15–17), gyro scale factor (18–20), the offset of the true ground above the map under
 * the vehicle (21) and the east and north gradient of the map's own error there (22–23). After each
 * update the error estimate is folded into the state and reset to zero.
 *
 * <p>The gradient states are there because the map's error is smooth: over a beam pattern a few
 * hundred metres wide it is nearly a plane, so it offsets the six beams' ranges by amounts that differ
 * from beam to beam and persist from cycle to cycle, as a tilt of the vehicle would. Taken as white
 * noise on each range (as before 2026-12-07) that persistent pattern was averaged down as if it were
 * information, and the filter grew sure of an attitude and a velocity it did not have (docs/navigation.md).
 *
 * <p>The mechanization integrates gravity by the trapezoid rule over each cycle, with the sensed
 * displacement ∫∫f taken from the IMU; the transition matrix is its first-order linearization, the
 * process noise the data sheet's random walks, plus misalignment as white noise proportional to the
 * cycle's increments (the one error source the filter does not estimate). Radar ranges inform the
 * vertical only: a slope would also tell horizontal position, but through a map whose errors the
 * filter cannot separate, so the horizontal stays dead-reckoned (terrain-relative navigation's fixes
 * correct it). The radar's updates therefore correct position only along the vertical: horizontal
 * position is a "consider" state (Schmidt), its covariance kept right by Joseph's update, so that no
 * correlation with attitude or velocity makes the horizontal position jump under the guidance.
 *
 * <p>Once the closing speeds agree with the inertial states, the ranges correct the height, the ground
 * offset and the map error's gradient only: velocity, attitude and the IMU's calibration are consider
 * states of the range rows (before that, at the first lock and after a suspected IMU fault, the ranges
 * correct velocity and calibration too, since then only they can pull a velocity the closing speeds'
 * gate refuses). A range's error is the map's and the ground's, correlated across beams and frames in
 * ways the offset, the gradient and the
 * footprint rest's repeats only approximate; let into the inertial states it made the filter sure of a
 * tilt, and through it of a powered-descent velocity, it did not have (over flat ground with an
 * error-free map the same flights are consistent). The closing speeds measure velocity and, through
 * (b × v)·φ, the tilt directly (docs/navigation.md, "The ranges and the inertial states").
 */
public final class NavigationFilter {

    static final int R = 0;
    static final int V = 3;
    static final int PHI = 6;
    static final int BA = 9;
    static final int BG = 12;
    static final int SA = 15;
    static final int SG = 18;
    static final int OFFSET = 21;
    static final int SLOPE = 22;
    static final int N = 24;

    /**
     * Tuning.
     *
     * @param imu                   the IMU's stated errors
     * @param radar                 the radar's beams and stated accuracy (null for none)
     * @param gate                  χ² threshold of one scalar innovation; larger ones are rejected
     */
    public record Config(ImuErrors imu, RadarGeometry radar, double gate) {
    }

    /**
     * The uplinked state at the start and its stated 1σ uncertainty.
     *
     * @param time           since entry interface (s)
     * @param position       Mars-fixed (m)
     * @param velocity       planet-relative (m/s)
     * @param attitude       body-to-Mars-fixed rotation
     * @param positionSigma  1σ east, north, up (m)
     * @param velocitySigma  1σ east, north, up (m/s)
     * @param attitudeSigma  1σ per axis (rad)
     */
    public record Initial(double time, Vector3D position, Vector3D velocity, Rotation attitude, Vector3D positionSigma,
                          Vector3D velocitySigma, double attitudeSigma) {
    }

    /**
     * What one radar frame did: beams used and beams rejected by the gate, and how many times wider the
     * filter made its uncertainty to acquire the ground (1: not widened).
     */
    public record RadarUpdate(int accepted, int rejected, double widened) {
    }

    /** Beams that must agree before the radar's first use may widen the filter's uncertainty. */
    static final int ACQUISITION_BEAMS = 3;
    /**
     * The most the first lock may widen the uncertainty (σ-factor): an IMU-only error up to 6σ of the
     * filter's own with a 3.5σ gate, 1.7 times (ASSUMED; the entry's navigation is its least consistent).
     */
    static final double ACQUISITION_WIDENING = 6.0 / 3.5;

    private final Config config;
    private final Planet planet;
    private final OnboardMap map;
    private final GroundOffset offset;
    private final ErrorCovariance p = new ErrorCovariance(N);
    private final double[][] phi = new double[N][N];
    private final double[][] q = new double[N][N];

    private double time;
    private Vector3D r;
    private Vector3D v;
    private Rotation attitude;
    private final double[] calibration = new double[N];
    private Vector3D sensed = Vector3D.ZERO;
    private Vector3D lastMean;
    private double lastInterval;
    private boolean locked;
    private boolean acquired;
    /**
     * Whether the closing speeds have agreed with the inertial states on the ground, for as many frames
     * in a row as the radar monitor takes to suspect the IMU ({@link RadarMonitor#INCONSISTENT_FRAMES}),
     * since the last reason to doubt those (the first lock, a suspected IMU fault). Until they do, the
     * ranges correct the velocity and the IMU's calibration too: after an IMU fault the closing speeds
     * fall out of their gate and only the ranges can pull the velocity back.
     */
    private boolean inertialSettled;
    /** Frames in a row whose closing speeds mostly passed their gate, toward {@link #inertialSettled}. */
    private int agreeingFrames;

    /**
     * @param config  tuning
     * @param planet  the onboard planet model (gravity and rotation)
     * @param map     the onboard map (null: no radar updates)
     * @param initial the uplinked state
     */
    public NavigationFilter(Config config, Planet planet, OnboardMap map, Initial initial) {
        this.config = Objects.requireNonNull(config);
        this.planet = Objects.requireNonNull(planet);
        this.map = map;
        this.offset = map == null ? null : new GroundOffset(map);
        this.time = initial.time();
        Rotation toInertial = fixedToInertial(time);
        Vector3D rf = initial.position();
        this.r = toInertial.applyTo(rf);
        this.v = toInertial.applyTo(initial.velocity().add(Vector3D.crossProduct(planet.spin(), rf)));
        this.attitude = toInertial.compose(initial.attitude(), RotationConvention.VECTOR_OPERATOR);
        Vector3D[] enu = {toInertial.applyTo(Geodesy.east(rf)), toInertial.applyTo(Geodesy.north(rf)),
            toInertial.applyTo(Geodesy.up(rf))};
        setBlock(R, enu, initial.positionSigma());
        setBlock(V, enu, initial.velocitySigma());
        ImuErrors e = config.imu();
        for (int i = 0; i < 3; i++) {
            p.set(PHI + i, PHI + i, sq(initial.attitudeSigma()));
            p.set(BA + i, BA + i, sq(e.accelBias()));
            p.set(BG + i, BG + i, sq(e.gyroBias()));
            p.set(SA + i, SA + i, sq(e.accelScaleFactor()));
            p.set(SG + i, SG + i, sq(e.gyroScaleFactor()));
        }
        p.set(OFFSET, OFFSET, map == null ? 0 : sq(map.verticalError()));
        for (int i = 0; i < 2; i++) {
            p.set(SLOPE + i, SLOPE + i, map == null ? 0 : offset.slopeVariance());
        }
    }

    /** Time of the present estimate (s). */
    public double time() {
        return time;
    }

    /** The body-to-Mars-fixed attitude estimate. */
    public Rotation attitude() {
        return fixedToInertial(time).revert().compose(attitude, RotationConvention.VECTOR_OPERATOR);
    }

    /** The present solution. */
    public NavState state() {
        Rotation toFixed = fixedToInertial(time).revert();
        Vector3D rf = toFixed.applyTo(r);
        Vector3D vf = toFixed.applyTo(v).subtract(Vector3D.crossProduct(planet.spin(), rf));
        return new NavState(time, rf, vf, toFixed.applyTo(sensed), heightAboveGround(rf),
                lastMean == null ? Vector3D.ZERO : toFixed.applyTo(lastMean));
    }

    /**
     * Covariance (m², m²/s, m²/s²) of the position and planet-relative velocity errors in north, east,
     * down axes: rows and columns {r_N, r_E, r_D, v_N, v_E, v_D}.
     */
    public double[][] covarianceNed() {
        NavState s = state();
        Rotation toInertial = fixedToInertial(time);
        Vector3D[] ned = {toInertial.applyTo(Geodesy.north(s.position())), toInertial.applyTo(Geodesy.east(s.position())),
            toInertial.applyTo(Geodesy.up(s.position()).negate())};
        Vector3D w = toInertial.applyTo(planet.spin());
        double[][] rows = new double[6][N];
        for (int k = 0; k < 3; k++) {
            Vector3D a = ned[k];
            // δv_relative = δv − ω × δr, and a·(ω × δr) = δr·(a × ω)
            Vector3D axw = Vector3D.crossProduct(a, w);
            for (int i = 0; i < 3; i++) {
                rows[k][R + i] = ErrorDynamics.component(a, i);
                rows[3 + k][V + i] = ErrorDynamics.component(a, i);
                rows[3 + k][R + i] = -ErrorDynamics.component(axw, i);
            }
        }
        double[][] out = new double[6][6];
        for (int i = 0; i < 6; i++) { // the rows touch only the position and velocity states, 0 to 5
            for (int j = 0; j < 6; j++) {
                double sum = 0;
                for (int a = 0; a < 6; a++) {
                    if (rows[i][a] != 0) {
                        for (int b = 0; b < 6; b++) {
                            sum += rows[i][a] * p.get(a, b) * rows[j][b];
                        }
                    }
                }
                out[i][j] = sum;
            }
        }
        return out;
    }

    /**
     * Covariance (rad²) of the attitude error φ, C_true = (I + [φ×]) Ĉ, in Mars-fixed axes at the
     * present time.
     */
    public double[][] attitudeCovariance() {
        double[][] c = ErrorDynamics.matrix(fixedToInertial(time).revert());
        double[][] out = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double sum = 0;
                for (int a = 0; a < 3; a++) {
                    for (int b = 0; b < 3; b++) {
                        sum += c[i][a] * p.get(PHI + a, PHI + b) * c[j][b];
                    }
                }
                out[i][j] = sum;
            }
        }
        return out;
    }

    /** 1σ of {@link #covarianceNed()}'s six components. */
    public double[] sigmaNed() {
        double[][] c = covarianceNed();
        double[] out = new double[6];
        for (int i = 0; i < 6; i++) {
            out[i] = FastMath.sqrt(c[i][i]);
        }
        return out;
    }

    /**
     * Height above the ground (m) the filter believes for Mars-fixed position {@code position} (m):
     * the map's height there less the estimated offset of the ground from the map; NaN without a map.
     */
    public double heightAboveGround(Vector3D position) {
        return map == null ? Double.NaN : map.heightAboveGround(position) - calibration[OFFSET];
    }

    /** Dead-reckons over one IMU cycle. */
    public void propagate(ImuSample s) {
        double dt = s.interval();
        Vector3D ba = vec(BA);
        Vector3D bg = vec(BG);
        Vector3D dvB = correct(s.deltaVelocity(), ba.scalarMultiply(dt), SA);
        Vector3D drB = correct(s.deltaDisplacement(), ba.scalarMultiply(0.5 * dt * dt), SA);
        Vector3D dth = correct(s.deltaAngle(), bg.scalarMultiply(dt), SG);
        Rotation c0 = attitude;
        Rotation mid = c0.compose(rotation(dth.scalarMultiply(0.5)), RotationConvention.VECTOR_OPERATOR);
        Rotation c1 = c0.compose(rotation(dth), RotationConvention.VECTOR_OPERATOR);
        Vector3D dvI = mid.applyTo(dvB);
        Vector3D drI = mid.applyTo(drB);
        Vector3D g0 = planet.gravity(r);
        Vector3D guess = new Vector3D(1, r, dt, v, 1, drI, 0.5 * dt * dt, g0);
        Vector3D g1 = planet.gravity(guess);
        Vector3D r1 = new Vector3D(1, r, dt, v, 1, drI).add(new Vector3D(dt * dt / 3, g0, dt * dt / 6, g1));
        Vector3D v1 = new Vector3D(1, v, 1, dvI, 0.5 * dt, g0.add(g1));
        ErrorDynamics.transition(phi, planet.gm(), r, dt, drI, dvI, drB, dvB, dth, mid, c1);
        ErrorDynamics.noise(q, config.imu(), dt, drB, dvB, dth);
        // over the ground: the planet-relative velocity (the inertial one carries Mars's rotation, about
        // 230 m/s east at Jezero, which moved a hovering vehicle 23 m a cycle over its map before 2026-12-07)
        Vector3D v1Relative = v1.subtract(Vector3D.crossProduct(fixedToInertial(time).applyTo(planet.spin()), r1));
        Vector3D up1 = r1.normalize();
        Vector3D horizontalMove = v1Relative.subtract(up1.scalarMultiply(Vector3D.dotProduct(v1Relative, up1)))
                .scalarMultiply(dt);
        if (locked) { // the ground under the vehicle changes as it moves: Gauss–Markov in distance flown
            Rotation toFixed = fixedToInertial(time).revert();
            double sigma = FastMath.sqrt(horizontalVariance(toFixed.applyTo(r1), toFixed.revert()));
            double a = offset.markov(horizontalMove.getNorm(), sigma);
            phi[OFFSET][OFFSET] = a;
            q[OFFSET][OFFSET] = offset.variance(sigma) * (1 - a * a);
            double b = offset.slopeMarkov(horizontalMove.getNorm());
            for (int i = 0; i < 2; i++) {
                phi[SLOPE + i][SLOPE + i] = b;
                q[SLOPE + i][SLOPE + i] = offset.slopeVariance() * (1 - b * b);
            }
        }
        p.propagate(phi, q);
        calibration[OFFSET] *= phi[OFFSET][OFFSET];
        calibration[SLOPE] *= phi[SLOPE][SLOPE];
        calibration[SLOPE + 1] *= phi[SLOPE + 1][SLOPE + 1];
        r = r1;
        v = v1;
        attitude = c1;
        time = s.time();
        if (dt > 0) {
            // the cycle's mean specific force belongs to mid-cycle; extrapolate it to the cycle's end,
            // the instant guidance acts at, along the slope from the previous cycle's mean
            Vector3D mean = dvI.scalarMultiply(1 / dt);
            sensed = lastMean == null ? mean
                    : new Vector3D(1, mean, dt / (dt + lastInterval), mean.subtract(lastMean));
            lastMean = mean;
            lastInterval = dt;
        }
    }

    /**
     * The beams that should return now: those whose slant range, from the present estimate of the
     * height above the ground and over locally level ground (h / cos of the beam's angle from the
     * vertical), is within {@code fraction} of the radar's maximum range.
     */
    public Set<Integer> expectedBeams(double fraction) {
        RadarGeometry radar = config.radar();
        Set<Integer> expected = new HashSet<>();
        if (map == null || radar == null) {
            return expected;
        }
        Vector3D down = r.normalize().negate();
        double height = heightAboveGround(fixedToInertial(time).revert().applyTo(r));
        for (int i = 0; i < radar.beams().size(); i++) {
            double cos = Vector3D.dotProduct(attitude.applyTo(radar.beams().get(i)), down);
            if (cos > 0.05 && height / cos < fraction * radar.maxRange()) {
                expected.add(i);
            }
        }
        return expected;
    }

    /** Corrects with one radar frame; returns how many beams were used and rejected. */
    public RadarUpdate update(RadarFrame frame) {
        return update(frame, Set.of());
    }

    /** Corrects with one radar frame, ignoring the {@code excluded} beams. */
    public RadarUpdate update(RadarFrame frame, Set<Integer> excluded) {
        RadarGeometry radar = config.radar();
        if (map == null || radar == null || frame.returns().isEmpty()) {
            return new RadarUpdate(0, 0, 1);
        }
        Rotation toFixed = fixedToInertial(time).revert();
        Rotation toInertial = toFixed.revert();
        Vector3D rf = toFixed.applyTo(r);
        Vector3D w = planet.spin();
        Vector3D vRel = v.subtract(Vector3D.crossProduct(toInertial.applyTo(w), r));
        double horizontalSigma = FastMath.sqrt(horizontalVariance(rf, toInertial));
        double offsetVariance = offset.variance(horizontalSigma);
        if (!locked) {
            locked = true;
            p.reset(OFFSET, offsetVariance);
            calibration[OFFSET] = 0;
            for (int i = 0; i < 2; i++) {
                p.reset(SLOPE + i, offset.slopeVariance());
                calibration[SLOPE + i] = 0;
            }
        }
        double[] under = map.projection().toMap(rf);
        // the beams meet the ground the filter believes in, the map raised by the estimated offset: cast
        // them from the origin lowered by it instead (the same for a plane to first order, and below the
        // map's surface too, where a vehicle over ground lower than the map is once it is nearer that
        // ground than the offset; a linear correction to a ray cast from there would see no range at all)
        Vector3D castFrom = map.projection().toMarsFixed(under[0], under[1], under[2] - calibration[OFFSET]);
        double[] dx = new double[N];
        int accepted = 0;
        int rejected = 0;
        Vector3D wI = toInertial.applyTo(w);
        Vector3D up = r.normalize();
        double[][] vertical = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                vertical[i][j] = ErrorDynamics.component(up, i) * ErrorDynamics.component(up, j);
            }
        }
        List<Beam> beams = new ArrayList<>(frame.returns().size());
        for (RadarReturn ret : frame.returns()) {
            if (excluded.contains(ret.beam())) {
                continue;
            }
            Vector3D b = attitude.applyTo(radar.beams().get(ret.beam()));
            OnboardMap.Hit hit = map.rayCast(castFrom, toFixed.applyTo(b), radar.maxRange() * 3);
            if (hit == null) {
                rejected++;
                continue;
            }
            Vector3D n = toInertial.applyTo(hit.normal());
            Vector3D u = toInertial.applyTo(hit.up());
            double incidence = -Vector3D.dotProduct(n, b);
            if (incidence < 0.05) {
                rejected++;
                continue;
            }
            double tilt = Vector3D.dotProduct(n, u) / incidence;
            // the offset at the footprint is the one under the vehicle's, plus the map error's gradient
            // across the separation Δ (its best linear predictor, ρₑ(Δ) ∇e·Δ), give or take what neither
            // explains: that rest is noise to this beam (no state separates the height from the offset,
            // or the map would seem to tell the absolute height)
            double[] foot = map.projection().toMap(hit.point());
            double de = foot[0] - under[0];
            double dn = foot[1] - under[1];
            double apart = FastMath.hypot(de, dn);
            double reach = offset.slopeReach(apart);
            // from under the believed ground the ray meets it at once; the range then goes on as the plane's
            // signed one, the (negative) height over the ground times the tilt, so the model stays smooth
            // across the surface and a range teaches the offset from there as from above
            double range = hit.range() > 0 ? hit.range() : map.heightAboveGround(castFrom) * tilt;
            double predicted = range - reach * (calibration[SLOPE] * de + calibration[SLOPE + 1] * dn) * tilt;
            double[] h = new double[N];
            Vector3D hphi = Vector3D.crossProduct(b, n).scalarMultiply(hit.range() / incidence);
            for (int i = 0; i < 3; i++) {
                h[R + i] = tilt * ErrorDynamics.component(u, i);
                h[PHI + i] = ErrorDynamics.component(hphi, i);
            }
            h[OFFSET] = -tilt;
            h[SLOPE] = -tilt * reach * de;
            h[SLOPE + 1] = -tilt * reach * dn;
            double rest = offset.footprintVariance(apart, horizontalSigma);
            double repeats = offset.repeats(ret.beam(), time, under, foot, rest, horizontalSigma);
            double rangeVariance = sq(radar.rangeSigma(ret.range())) / frame.samples() + repeats * rest * tilt * tilt;
            double[] hv = new double[N];
            Vector3D bxw = Vector3D.crossProduct(b, wI);
            Vector3D bxv = Vector3D.crossProduct(b, vRel);
            // closing speed z = b·(v − ω×r): δz = b·δv − (b×ω)·δr + (b×v_rel)·φ
            for (int i = 0; i < 3; i++) {
                hv[V + i] = ErrorDynamics.component(b, i);
                hv[R + i] = -ErrorDynamics.component(bxw, i);
                hv[PHI + i] = ErrorDynamics.component(bxv, i);
            }
            double predictedVelocity = Vector3D.dotProduct(b, vRel);
            beams.add(new Beam(h, ret.range() - predicted, rangeVariance, hv, ret.velocity() - predictedVelocity,
                    sq(radar.velocityNoise())));
        }
        boolean agreement = !acquired && beams.size() >= ACQUISITION_BEAMS;
        double[] before = agreement ? p.copy() : null;
        double widened = acquired ? 1 : acquisitionWidening(beams);
        // the range rows' consider states: the attitude always (the map's slopes are not read as tilt), and
        // once settled the velocity and the IMU's calibration too
        int considerFrom = inertialSettled ? V : PHI;
        int considerTo = inertialSettled ? SG + 2 : PHI + 2;
        int speedsAccepted = 0;
        for (Beam beam : beams) {
            boolean rangeOk;
            boolean velocityOk;
            if (acquired) {
                // on the ground: each scalar on its own gate (an IMU fault puts every closing speed out
                // of the gate while the ranges still hold the height; a map error does the reverse)
                rangeOk = gated(beam.range, beam.rangeResidual, beam.rangeVariance, dx, vertical, considerFrom,
                        considerTo);
                velocityOk = gated(beam.velocity, beam.velocityResidual, beam.velocityVariance, dx, vertical, -1, -1);
            } else {
                // acquiring: the range and the closing speed stand or fall together. A return from the
                // falling heat shield can have a range that an IMU-only altitude uncertainty of a
                // kilometre admits, and a closing speed it does not
                rangeOk = inGate(beam.range, beam.rangeResidual, beam.rangeVariance, dx)
                        && inGate(beam.velocity, beam.velocityResidual, beam.velocityVariance, dx);
                velocityOk = rangeOk;
                if (rangeOk) {
                    scalar(beam.range, beam.rangeResidual, beam.rangeVariance, dx, vertical, considerFrom, considerTo);
                    scalar(beam.velocity, beam.velocityResidual, beam.velocityVariance, dx, vertical, -1, -1);
                }
            }
            if (velocityOk) {
                speedsAccepted++;
            }
            if (rangeOk && velocityOk) {
                accepted++;
            } else {
                rejected++;
            }
        }
        if (agreement && accepted < ACQUISITION_BEAMS) { // too few agree with each other: wait for the next frame
            p.restore(before);
            return new RadarUpdate(0, beams.size(), 1);
        }
        acquired |= accepted > 0;
        agreeingFrames = acquired && 2 * speedsAccepted > beams.size() ? agreeingFrames + 1 : 0;
        inertialSettled |= agreeingFrames >= RadarMonitor.INCONSISTENT_FRAMES;
        inject(dx);
        return new RadarUpdate(accepted, rejected, widened);
    }

    /** One beam's two measurement rows (range, closing speed), their residuals and noise variances. */
    private record Beam(double[] range, double rangeResidual, double rangeVariance, double[] velocity,
                        double velocityResidual, double velocityVariance) {
    }

    /**
     * Acquisition. Before the radar's first use the filter's position and velocity come from the IMU
     * alone since entry, and their errors can lie beyond the gate of the filter's own uncertainty (a
     * few σ is not rare after the entry's deceleration). Rejecting every beam then leaves it blind for
     * the rest of the descent. When fewer than {@link #ACQUISITION_BEAMS} beams of the frame pass as they
     * are but that many would pass with the whole covariance widened by one factor λ of at most
     * {@link #ACQUISITION_WIDENING}² (an error up to 6σ of the filter's own), the covariance is widened by
     * 1.2 λ (the margin capped at that bound). Each beam then passes the gate on its own, range and closing
     * speed together, one after the other; a return from the heat shield, moving with it, fails on its
     * closing speed. The caller keeps the frame only if at least {@link #ACQUISITION_BEAMS} beams were
     * taken, and otherwise restores the covariance and waits for the next frame: beams that each fall in
     * a wide gate need not agree with each other, and until 2026-12-07 one such beam could lock the filter
     * on a height hundreds of metres off (cases 31964 and 33447 of seed 1's 100,000, 556 and 380 m low,
     * crashed under the sky crane). A frame of fewer than {@link #ACQUISITION_BEAMS} returns (beams lost)
     * has each beam gated on its own, as before. Returns the σ-factor applied (1: none).
     */
    private double acquisitionWidening(List<Beam> beams) {
        if (beams.size() < ACQUISITION_BEAMS) {
            return 1;
        }
        double[] needed = new double[beams.size()];
        double gate = config.gate();
        for (int i = 0; i < needed.length; i++) {
            Beam b = beams.get(i);
            needed[i] = Math.max(widening(b.range, b.rangeResidual, b.rangeVariance, gate),
                    widening(b.velocity, b.velocityResidual, b.velocityVariance, gate));
        }
        Arrays.sort(needed);
        double lambda = needed[ACQUISITION_BEAMS - 1];
        double most = sq(ACQUISITION_WIDENING);
        if (lambda <= 1 || lambda > most) { // enough beams pass as they are, or too few within a believable error
            return 1;
        }
        double applied = Math.min(1.2 * lambda, most);
        p.widen(applied);
        return FastMath.sqrt(applied);
    }

    /** The λ for which y² = gate·(λ hᵀPh + r): how much P must grow for this row to pass. */
    private double widening(double[] h, double y, double r, double gate) {
        double hph = p.innovationVariance(h, 0);
        return hph > 0 ? (y * y / gate - r) / hph : Double.POSITIVE_INFINITY;
    }

    /**
     * Corrects the horizontal position with an absolute fix, and with it the tilt of the attitude, which
     * moved the fix by its pointing term ({@link PositionFix}); returns whether the gate accepted it.
     */
    public boolean update(PositionFix fix) {
        Rotation toInertial = fixedToInertial(time);
        Vector3D rf = toInertial.revert().applyTo(r);
        Vector3D residual = toInertial.applyTo(fix.position().subtract(rf));
        double[] dx = new double[N];
        Vector3D[] axes = {toInertial.applyTo(Geodesy.east(rf)), toInertial.applyTo(Geodesy.north(rf))};
        Vector3D down = toInertial.applyTo(Geodesy.up(rf)).negate();
        double[][] h = new double[2][N];
        boolean ok = true;
        for (int k = 0; k < 2; k++) {
            // residual along axis a: a·δr + h·a·(φ × down) = a·δr + φ·(h·down × a)
            Vector3D pointing = Vector3D.crossProduct(down, axes[k]).scalarMultiply(fix.pointingHeight());
            for (int i = 0; i < 3; i++) {
                h[k][R + i] = ErrorDynamics.component(axes[k], i);
                h[k][PHI + i] = ErrorDynamics.component(pointing, i);
            }
            ok &= inGate(h[k], Vector3D.dotProduct(axes[k], residual), sq(fix.sigma()), dx);
        }
        if (!ok) { // both axes or neither: half a fix would move the position along one axis only
            return false;
        }
        for (int k = 0; k < 2; k++) {
            scalar(h[k], Vector3D.dotProduct(axes[k], residual), sq(fix.sigma()), dx, null, -1, -1);
        }
        inject(dx);
        return true;
    }

    /** The largest accelerometer bias step the fault response is designed for (m/s², 1σ): 30 mg, ASSUMED. */
    public static final double BIAS_STEP = 0.3;
    /** The largest gyro bias step the fault response is designed for (rad/s, 1σ): 0.1°/s, ASSUMED. */
    public static final double GYRO_STEP = Math.toRadians(0.1);

    /**
     * The fault response to a suspected IMU bias change: the bias uncertainty reopens to the largest
     * step designed for, and the velocity and position uncertainty widen by what such a step does
     * over the {@code since} seconds it may have gone unnoticed, so the next measurements re-estimate all.
     */
    public void reopenImuBiases(double since) {
        inertialSettled = false;
        agreeingFrames = 0;
        for (int i = 0; i < 3; i++) {
            p.reset(BA + i, sq(BIAS_STEP));
            p.reset(BG + i, sq(GYRO_STEP));
            p.set(V + i, V + i, p.get(V + i, V + i) + sq(BIAS_STEP * since));
            p.set(R + i, R + i, p.get(R + i, R + i) + sq(0.5 * BIAS_STEP * since * since));
        }
    }

    /** One scalar update if it passes the gate (its innovation variance computed once); returns whether it did. */
    private boolean gated(double[] h, double y, double r, double[] dx, double[][] positionProjector,
                          int considerFrom, int considerTo) {
        double innovation = innovation(h, y, dx);
        double s = p.prepare(h, r);
        if (innovation * innovation > config.gate() * s) {
            return false;
        }
        p.update(h, innovation, s, dx, positionProjector, considerFrom, considerTo);
        return true;
    }

    /** Whether measurement {@code y} of row {@code h} lies inside the χ² gate, after the corrections {@code dx}. */
    private boolean inGate(double[] h, double y, double r, double[] dx) {
        double innovation = innovation(h, y, dx);
        return innovation * innovation <= config.gate() * p.innovationVariance(h, r);
    }

    /**
     * One scalar update, already gated; {@code positionProjector} restricts its position correction
     * (null: none); states {@code considerFrom} to {@code considerTo} (inclusive; -1 for none) are consider
     * states of this update.
     */
    private void scalar(double[] h, double y, double r, double[] dx, double[][] positionProjector,
                        int considerFrom, int considerTo) {
        double s = p.prepare(h, r);
        p.update(h, innovation(h, y, dx), s, dx, positionProjector, considerFrom, considerTo);
    }

    private static double innovation(double[] h, double y, double[] dx) {
        double innovation = y;
        for (int i = 0; i < N; i++) {
            innovation -= h[i] * dx[i];
        }
        return innovation;
    }

    private void inject(double[] dx) {
        r = r.add(new Vector3D(dx[R], dx[R + 1], dx[R + 2]));
        v = v.add(new Vector3D(dx[V], dx[V + 1], dx[V + 2]));
        attitude = rotation(new Vector3D(dx[PHI], dx[PHI + 1], dx[PHI + 2])).compose(attitude,
                RotationConvention.VECTOR_OPERATOR);
        for (int i = BA; i < N; i++) {
            calibration[i] += dx[i];
        }
    }

    private double horizontalVariance(Vector3D rf, Rotation toInertial) {
        double sum = 0;
        for (Vector3D axis : new Vector3D[] {toInertial.applyTo(Geodesy.east(rf)), toInertial.applyTo(Geodesy.north(rf))}) {
            double[] h = new double[N];
            for (int i = 0; i < 3; i++) {
                h[R + i] = ErrorDynamics.component(axis, i);
            }
            sum += p.innovationVariance(h, 0);
        }
        return sum / 2;
    }




    private Vector3D correct(Vector3D measured, Vector3D bias, int scaleIndex) {
        return new Vector3D(measured.getX() * (1 - calibration[scaleIndex]) - bias.getX(),
                measured.getY() * (1 - calibration[scaleIndex + 1]) - bias.getY(),
                measured.getZ() * (1 - calibration[scaleIndex + 2]) - bias.getZ());
    }

    private Vector3D vec(int index) {
        return new Vector3D(calibration[index], calibration[index + 1], calibration[index + 2]);
    }

    private void setBlock(int index, Vector3D[] axes, Vector3D sigma) {
        double[] s = {sigma.getX(), sigma.getY(), sigma.getZ()};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double sum = 0;
                for (int k = 0; k < 3; k++) {
                    sum += ErrorDynamics.component(axes[k], i) * ErrorDynamics.component(axes[k], j) * s[k] * s[k];
                }
                p.set(index + i, index + j, sum);
            }
        }
    }

    /** The rotation from Mars-fixed axes at {@code t} to the inertial frame (Mars-fixed at entry). */
    private Rotation fixedToInertial(double t) {
        return new Rotation(Vector3D.PLUS_K, planet.rotationRate() * t, RotationConvention.VECTOR_OPERATOR);
    }

    static Rotation rotation(Vector3D rotationVector) {
        double angle = rotationVector.getNorm();
        return angle < 1e-15 ? Rotation.IDENTITY
                : new Rotation(rotationVector, angle, RotationConvention.VECTOR_OPERATOR);
    }




    private static double sq(double x) {
        return x * x;
    }

    /** The estimated gradient of the ground's offset from the map, east and north (m/m); for tests. */
    double[] offsetGradient() {
        return new double[] {calibration[SLOPE], calibration[SLOPE + 1]};
    }

    /** The onboard elevation model the filter predicts its ranges on (null without one). */
    public OnboardMap map() {
        return map;
    }
}
