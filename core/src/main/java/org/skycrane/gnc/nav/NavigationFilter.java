package org.skycrane.gnc.nav;

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
 * position, velocity, the body-to-inertial attitude and the IMU's calibration. The filter's 27 error
 * states, truth minus estimate, are position (0–2), velocity (3–5), the attitude error φ with
 * C_true = (I + [φ×]) Ĉ (6–8), accelerometer bias (9–11), gyro bias (12–14), accelerometer scale
 * factor (15–17), gyro scale factor (18–20), the accelerometer triad's misalignment to the body
 * (21–23: the small rotation m that turns a body-axis increment into what the accelerometers
 * report, Δv_reported = Δv + m × Δv), the offset of the true ground above the map under the vehicle
 * (24) and the east and north gradient of the map's own error there (25–26). After each update the
 * error estimate is folded into the state and reset to zero.
 *
 * <p>The mechanization integrates gravity by the trapezoid rule over each cycle, with the sensed
 * displacement ∫∫f taken from the IMU; the transition matrix is its first-order linearization, the
 * process noise the data sheet's random walks, plus the gyros' misalignment as white noise proportional
 * to the cycle's rotation (the one error source the filter does not estimate). That is a tuning
 * choice: as three more states it made the filter's consistency worse over 200 dispersed cases, so the
 * white noise's allowance on the attitude covers some other attitude error still unmodelled. The
 * accelerometers' misalignment, taken so until 2026-12-07, met the whole 5 km/s of entry in one
 * direction and made the filter sure of velocities it did not have (docs/navigation.md, "The
 * accelerometers' misalignment"). Radar ranges inform the
 * vertical only: a slope would also tell horizontal position, but through a map whose errors the
 * filter cannot separate, so the horizontal stays dead-reckoned (terrain-relative navigation's fixes
 * correct it). The radar's updates therefore correct position only along the vertical: horizontal
 * position is a "consider" state (Schmidt), its covariance kept right by Joseph's update, so that no
 * correlation with attitude or velocity makes the horizontal position jump under the guidance.
 *
 * <p>The radar frames, and the model of the beams, are {@link RadarCorrection}'s.
 */
public final class NavigationFilter {

    static final int R = 0;
    static final int V = 3;
    static final int PHI = 6;
    static final int BA = 9;
    static final int BG = 12;
    static final int SA = 15;
    static final int SG = 18;
    static final int MA = 21;
    static final int OFFSET = 24;
    static final int SLOPE = 25;
    static final int N = 27;

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

    private final Config config;
    private final Planet planet;
    private final OnboardMap map;
    private final GroundOffset offset;
    private final ErrorCovariance p = new ErrorCovariance(N);
    private final RadarCorrection radarCorrection;
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
        this.radarCorrection = new RadarCorrection(config.radar(), config.gate(), planet.spin(), map, offset, p,
                calibration);
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
            p.set(MA + i, MA + i, sq(e.misalignment()));
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
        return p.project(rows);
    }

    /**
     * Covariance (rad²) of the attitude error φ, C_true = (I + [φ×]) Ĉ, in Mars-fixed axes at the
     * present time.
     */
    public double[][] attitudeCovariance() {
        double[][] c = ErrorDynamics.matrix(fixedToInertial(time).revert());
        double[][] rows = new double[3][N];
        for (int i = 0; i < 3; i++) {
            System.arraycopy(c[i], 0, rows[i], PHI, 3);
        }
        return p.project(rows);
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
        return radarCorrection.believedHeight(position);
    }

    /** Dead-reckons over one IMU cycle. */
    public void propagate(ImuSample s) {
        double dt = s.interval();
        Vector3D ba = vec(BA);
        Vector3D bg = vec(BG);
        Vector3D ma = vec(MA);
        Vector3D dvB = aligned(correct(s.deltaVelocity(), ba.scalarMultiply(dt), SA), ma);
        Vector3D drB = aligned(correct(s.deltaDisplacement(), ba.scalarMultiply(0.5 * dt * dt), SA), ma);
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
        ErrorDynamics.noise(q, config.imu(), dt, dth, dvI);
        // over the ground: the planet-relative velocity (the inertial one carries Mars's rotation, about
        // 230 m/s east at Jezero, which moved a hovering vehicle 23 m a cycle over its map before 2026-12-07)
        Vector3D v1Relative = v1.subtract(Vector3D.crossProduct(fixedToInertial(time).applyTo(planet.spin()), r1));
        Vector3D up1 = r1.normalize();
        Vector3D horizontalMove = v1Relative.subtract(up1.scalarMultiply(Vector3D.dotProduct(v1Relative, up1)))
                .scalarMultiply(dt);
        if (radarCorrection.locked()) { // the ground under the vehicle changes as it moves: Gauss–Markov in distance flown
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
        p.propagate(phi, q, ErrorDynamics.COUPLED_ROWS);
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
        return radarCorrection.expectedBeams(fraction, estimate(false));
    }

    /** Corrects with one radar frame; returns how many beams were used and rejected. */
    public RadarUpdate update(RadarFrame frame) {
        return update(frame, Set.of());
    }

    /** Corrects with one radar frame, ignoring the {@code excluded} beams. */
    public RadarUpdate update(RadarFrame frame, Set<Integer> excluded) {
        RadarCorrection.Correction c = radarCorrection.apply(frame, excluded, estimate(true));
        if (c.dx() != null) {
            inject(c.dx());
        }
        return c.update();
    }

    /** The present estimate as the radar's model reads it, with its horizontal 1σ or NaN. */
    private RadarCorrection.Estimate estimate(boolean withSigma) {
        Rotation toFixed = fixedToInertial(time).revert();
        double horizontalSigma = withSigma ? FastMath.sqrt(horizontalVariance(toFixed.applyTo(r), toFixed.revert()))
                : Double.NaN;
        return new RadarCorrection.Estimate(time, toFixed, r, v, attitude, horizontalSigma);
    }

    /**
     * Corrects the horizontal position with an absolute fix, and with it the tilt of the attitude, which
     * moved the fix by its pointing term ({@link PositionFix}); returns whether the gate accepted it.
     */
    public boolean update(PositionFix fix) {
        Rotation toInertial = fixedToInertial(time);
        Vector3D rf = toInertial.revert().applyTo(r);
        double sigmaBefore = FastMath.sqrt(horizontalVariance(rf, toInertial));
        double[] dx = FixCorrection.apply(p, config.gate(), rf, toInertial, fix);
        if (dx == null) {
            return false;
        }
        inject(dx);
        Vector3D moved = toInertial.revert().applyTo(r);
        double[] ground = radarCorrection.moved(time, rf, moved, sigmaBefore, FastMath.sqrt(horizontalVariance(moved, toInertial)));
        if (ground != null) {
            inject(ground);
        }
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
        radarCorrection.unsettle();
        for (int i = 0; i < 3; i++) {
            p.reset(BA + i, sq(BIAS_STEP));
            p.reset(BG + i, sq(GYRO_STEP));
            p.set(V + i, V + i, p.get(V + i, V + i) + sq(BIAS_STEP * since));
            p.set(R + i, R + i, p.get(R + i, R + i) + sq(0.5 * BIAS_STEP * since * since));
        }
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

    /** The body-axis increment behind the accelerometers' {@code reported} one, u − m × u (first order in m). */
    private static Vector3D aligned(Vector3D reported, Vector3D m) {
        return reported.subtract(Vector3D.crossProduct(m, reported));
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

    /** The estimated misalignment of the accelerometer triad, body axes (rad); for tests. */
    Vector3D accelerometerMisalignment() {
        return vec(MA);
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
