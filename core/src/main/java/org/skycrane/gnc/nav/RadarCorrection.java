package org.skycrane.gnc.nav;

import static org.skycrane.gnc.nav.NavigationFilter.N;
import static org.skycrane.gnc.nav.NavigationFilter.OFFSET;
import static org.skycrane.gnc.nav.NavigationFilter.PHI;
import static org.skycrane.gnc.nav.NavigationFilter.R;
import static org.skycrane.gnc.nav.NavigationFilter.SLOPE;
import static org.skycrane.gnc.nav.NavigationFilter.V;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.hipparchus.util.FastMath;
import org.skycrane.gnc.nav.NavigationFilter.RadarUpdate;

/**
 * The terminal descent sensor's frames as the navigation filter takes them: each beam's slant range
 * and closing speed predicted over the onboard map, with their rows of the error state, gated and
 * applied one scalar at a time; the first lock on the ground (acquisition), whether the inertial
 * states have settled against the closing speeds, and the believed ground: the map raised by the
 * estimated offset. The model of the beams lives here. It reads the filter's estimate from a
 * snapshot ({@link Estimate}) and returns its correction for the filter to fold in; the ground
 * offset's evolution between frames is the filter's, the scalar updates' mechanics the covariance's.
 *
 * <p>The filter's states for the gradient of the map's error (25–26) are there because that error is smooth: over a beam pattern a few
 * hundred metres wide it is nearly a plane, so it offsets the six beams' ranges by amounts that differ
 * from beam to beam and persist from cycle to cycle, as a tilt of the vehicle would. Taken as white
 * noise on each range (as before 2026-12-07) that persistent pattern was averaged down as if it were
 * information, and the filter grew sure of an attitude and a velocity it did not have (docs/navigation.md).
 *
 * <p>Once the closing speeds agree with the inertial states, the ranges correct the height, the ground
 * offset and the map error's gradient only: velocity, attitude and the IMU's calibration are consider
 * states of the range rows (before that, at the first lock and after a suspected IMU fault, the ranges
 * correct velocity and calibration too, since then only they can pull a velocity the closing speeds'
 * gate refuses). A range's error is the map's and the ground's, correlated across beams and frames in
 * ways the offset, the gradient and the footprint rest's repeats only approximate; let into the
 * inertial states it made the filter sure of a
 * tilt, and through it of a powered-descent velocity, it did not have (over flat ground with an
 * error-free map the same flights are consistent). The closing speeds measure velocity and, through
 * (b × v)·φ, the tilt directly (docs/navigation.md, "The ranges and the inertial states").
 */
final class RadarCorrection {

    /** Beams that must agree before the radar's first use may widen the filter's uncertainty. */
    static final int ACQUISITION_BEAMS = 3;
    /**
     * The most the first lock may widen the uncertainty (σ-factor): an IMU-only error up to 6σ of the
     * filter's own with a 3.5σ gate, 1.7 times (ASSUMED; the entry's navigation is its least consistent).
     */
    static final double ACQUISITION_WIDENING = 6.0 / 3.5;

    /**
     * The filter's estimate a frame is predicted from, in the filter's inertial frame.
     *
     * @param time            of the estimate (s since entry)
     * @param toFixed         the rotation from the inertial frame to Mars-fixed axes at that time
     * @param position        inertial (m)
     * @param velocity        inertial (m/s)
     * @param attitude        body-to-inertial
     * @param horizontalSigma the horizontal position's 1σ per axis (m); NaN where it is not needed (the expected beams)
     */
    record Estimate(double time, Rotation toFixed, Vector3D position, Vector3D velocity, Rotation attitude,
                    double horizontalSigma) {
    }

    /**
     * A frame's outcome and its correction of the error state, for the filter to fold in; null when there
     * is none (no map or radar, no returns, or too few agreeing beams at acquisition, when the covariance
     * is as it was after the first lock's reset of the offset and gradient states).
     */
    record Correction(RadarUpdate update, double[] dx) {
    }

    private final RadarGeometry radar;
    private final double gate;
    private final Vector3D spin;
    private final OnboardMap map;
    private final GroundOffset offset;
    private final ErrorCovariance p;
    private final double[] calibration;
    /** How recently (s) a frame must have had a return for a position fix to carry the offset across: two frames under the parachute. */
    static final double RANGING = 2.0;

    private boolean locked;
    /** Time (s) of the last frame with a range taken; −∞ before any. */
    private double lastGround = Double.NEGATIVE_INFINITY;
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
     * @param radar       the beams and their stated accuracy (null: no radar updates)
     * @param gate        χ² threshold of one scalar innovation
     * @param spin        the planet's rotation vector, Mars-fixed (rad/s)
     * @param map         the onboard map (null: no radar updates)
     * @param offset      the ground's offset from that map, as the filter models it
     * @param covariance  the filter's error covariance
     * @param calibration the filter's calibration states, indexed as the error states (the ground offset's
     *                    and the map error gradient's are zeroed here at the first lock; the rest is read)
     */
    RadarCorrection(RadarGeometry radar, double gate, Vector3D spin, OnboardMap map, GroundOffset offset,
                    ErrorCovariance covariance, double[] calibration) {
        this.radar = radar;
        this.gate = gate;
        this.spin = spin;
        this.map = map;
        this.offset = offset;
        this.p = covariance;
        this.calibration = calibration;
    }

    /** Whether the radar has been used: from then on the ground's offset under the vehicle is a state. */
    boolean locked() {
        return locked;
    }

    /** A suspected IMU fault: the ranges correct the inertial states again until the closing speeds agree. */
    void unsettle() {
        inertialSettled = false;
        agreeingFrames = 0;
    }

    /**
     * The beams that should return now: those whose slant range, from the present estimate of the
     * height above the ground and over locally level ground (h / cos of the beam's angle from the
     * vertical), is within {@code fraction} of the radar's maximum range.
     */
    Set<Integer> expectedBeams(double fraction, Estimate e) {
        Set<Integer> expected = new HashSet<>();
        if (map == null || radar == null) {
            return expected;
        }
        Vector3D down = e.position().normalize().negate();
        double height = believedHeight(e.toFixed().applyTo(e.position()));
        for (int i = 0; i < radar.beams().size(); i++) {
            double cos = Vector3D.dotProduct(e.attitude().applyTo(radar.beams().get(i)), down);
            if (cos > 0.05 && height / cos < fraction * radar.maxRange()) {
                expected.add(i);
            }
        }
        return expected;
    }

    /**
     * Height above the ground (m) believed for Mars-fixed {@code position} (m): the map's height there
     * less the estimated offset of the ground from the map; NaN without a map.
     */
    double believedHeight(Vector3D position) {
        return map == null ? Double.NaN : map.heightAboveGround(position) - calibration[OFFSET];
    }

    /**
     * The believed position moved over the map without flying, by a position fix, from Mars-fixed
     * {@code before} to {@code after} (m), its horizontal 1σ from {@code sigmaBefore} to {@code sigmaAfter}
     * (m). The offset is the ground's offset from the map under the believed position, so two things follow.
     * The believed ground stays where it was (the vehicle did not move): the offset gains the map's height
     * difference between the two places, which the map tells exactly. And what made most of the offset's
     * uncertainty, the relief between the believed and the true place ({@link GroundOffset}), is now known
     * to the fix's accuracy: the offset is N(0, S(σ after)) rather than N(0, S(σ before)), taken as a
     * pseudo-measurement of it at 0 whose noise r leaves that variance from the model's prior,
     * 1/S(after) = 1/S(before) + 1/r, so that a fix that barely moves the believed position (a later image)
     * adds next to nothing. Through the offset's correlation with the height (the radar ties them) it
     * pulls the absolute altitude with it. Returns the correction to inject, null when there is none
     * (before the first lock, or when the fix did not narrow the horizontal uncertainty).
     *
     * <p>Only while the radar ranges the ground (a frame with a range taken within {@link #RANGING}): its
     * ranges are what tie the believed ground to the true one. With the radar silent the offset is left
     * as it was and the believed ground moves with the map under the corrected position, as before
     * 2026-12-08: flown both ways, the total radar loss of examples/mars2020-fault-rates.yaml succeeded in
     * 44 of 109 cases that way (seed 1) and in 30 of them with the offset carried across (docs/navigation.md,
     * "The fix and the ground offset, again"), a loss not understood. Once locked, the offset is carried
     * across even when the pseudo-measurement is skipped (the fix did not narrow the horizontal 1σ).
     *
     * <p>The pseudo-measurement's noise comes from the model's S, not from P: it assumes the horizontal 1σ
     * before the fix is the one the offset's uncertainty was built on. Fixes that follow each other as the
     * 1σ shrinks add 1/S(after) − 1/S(before) each, which sums to the model's figure; a 1σ that grew
     * between them (dead reckoning) would let the sum count a little more than that.
     */
    double[] moved(double time, Vector3D before, Vector3D after, double sigmaBefore, double sigmaAfter) {
        if (!locked || map == null || !(time - lastGround <= RANGING)) {
            return null;
        }
        double[] a = map.projection().toMap(before);
        double[] b = map.projection().toMap(after);
        calibration[OFFSET] += map.height(a[0], a[1]) - map.height(b[0], b[1]);
        double old = offset.variance(sigmaBefore);
        double now = offset.variance(sigmaAfter);
        if (!(old > now)) {
            return null;
        }
        double[] h = new double[N];
        h[OFFSET] = 1;
        double[] dx = new double[N];
        p.scalarUpdate(h, -calibration[OFFSET], now * old / (old - now), dx, null, -1, -1);
        return dx;
    }

    /** Corrects estimate {@code e} with one radar frame, ignoring the {@code excluded} beams. */
    Correction apply(RadarFrame frame, Set<Integer> excluded, Estimate e) {
        if (map == null || radar == null || frame.returns().isEmpty()) {
            return new Correction(new RadarUpdate(0, 0, 1), null);
        }
        Rotation toFixed = e.toFixed();
        Vector3D r = e.position();
        Vector3D v = e.velocity();
        Rotation attitude = e.attitude();
        Rotation toInertial = toFixed.revert();
        Vector3D rf = toFixed.applyTo(r);
        Vector3D vRel = v.subtract(Vector3D.crossProduct(toInertial.applyTo(spin), r));
        double horizontalSigma = e.horizontalSigma();
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
        Vector3D wI = toInertial.applyTo(spin);
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
            Vector3D bFixed = toFixed.applyTo(b);
            OnboardMap.Hit hit = map.rayCast(castFrom, bFixed, radar.maxRange() * 3);
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
            // from under the believed ground the ray meets it at once; the range then goes on as the plane's
            // signed one, the (negative) height over the ground times the tilt, so the model stays smooth
            // across the surface and a range teaches the offset from there as from above. The footprint is
            // where the ray meets the believed ground, or, from under it, where the measured range puts it
            boolean below = !(hit.range() > 0);
            double range = below ? believedHeight(rf) * tilt : hit.range();
            double[] foot = map.projection().toMap(below ? new Vector3D(1, castFrom, ret.range(), bFixed) : hit.point());
            double de = foot[0] - under[0];
            double dn = foot[1] - under[1];
            double apart = FastMath.hypot(de, dn);
            double reach = offset.slopeReach(apart);
            // the offset at the footprint is the one under the vehicle's, plus the map error's gradient
            // across the separation Δ (its best linear predictor, ρₑ(Δ) ∇e·Δ), give or take what neither
            // explains: that rest is noise to this beam (no state separates the height from the offset,
            // or the map would seem to tell the absolute height)
            double predicted = range - reach * (calibration[SLOPE] * de + calibration[SLOPE + 1] * dn) * tilt;
            double[] h = new double[N];
            Vector3D hphi = Vector3D.crossProduct(b, n).scalarMultiply(range / incidence);
            for (int i = 0; i < 3; i++) {
                h[R + i] = tilt * ErrorDynamics.component(u, i);
                h[PHI + i] = ErrorDynamics.component(hphi, i);
            }
            h[OFFSET] = -tilt;
            h[SLOPE] = -tilt * reach * de;
            h[SLOPE + 1] = -tilt * reach * dn;
            double rest = offset.footprintVariance(apart, horizontalSigma);
            double repeats = offset.repeats(ret.beam(), e.time(), under, foot, rest, horizontalSigma);
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
        int considerTo = inertialSettled ? OFFSET - 1 : PHI + 2; // OFFSET − 1: the last of the IMU's calibration
        int speedsAccepted = 0;
        int rangesTaken = 0;
        for (Beam beam : beams) {
            boolean rangeOk;
            boolean velocityOk;
            if (acquired) {
                // on the ground: each scalar on its own gate (an IMU fault puts every closing speed out
                // of the gate while the ranges still hold the height; a map error does the reverse)
                rangeOk = p.gatedUpdate(beam.range, beam.rangeResidual, beam.rangeVariance, dx, gate, vertical,
                        considerFrom, considerTo);
                velocityOk = p.gatedUpdate(beam.velocity, beam.velocityResidual, beam.velocityVariance, dx, gate,
                        vertical, -1, -1);
            } else {
                // acquiring: the range and the closing speed stand or fall together. A return from the
                // falling heat shield can have a range that an IMU-only altitude uncertainty of a
                // kilometre admits, and a closing speed it does not
                rangeOk = p.inGate(beam.range, beam.rangeResidual, beam.rangeVariance, dx, gate)
                        && p.inGate(beam.velocity, beam.velocityResidual, beam.velocityVariance, dx, gate);
                velocityOk = rangeOk;
                if (rangeOk) {
                    p.scalarUpdate(beam.range, beam.rangeResidual, beam.rangeVariance, dx, vertical, considerFrom,
                            considerTo);
                    p.scalarUpdate(beam.velocity, beam.velocityResidual, beam.velocityVariance, dx, vertical,
                            -1, -1);
                }
            }
            if (velocityOk) {
                speedsAccepted++;
            }
            if (rangeOk) {
                rangesTaken++;
            }
            if (rangeOk && velocityOk) {
                accepted++;
            } else {
                rejected++;
            }
        }
        if (agreement && accepted < ACQUISITION_BEAMS) { // too few agree with each other: wait for the next frame
            p.restore(before);
            return new Correction(new RadarUpdate(0, beams.size(), 1), null);
        }
        acquired |= accepted > 0;
        if (rangesTaken > 0) { // the ranges tie the believed ground to the true one, whatever the closing speeds did
            lastGround = e.time();
        }
        agreeingFrames = acquired && 2 * speedsAccepted > beams.size() ? agreeingFrames + 1 : 0;
        inertialSettled |= agreeingFrames >= RadarMonitor.INCONSISTENT_FRAMES;
        return new Correction(new RadarUpdate(accepted, rejected, widened), dx);
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

    private static double sq(double x) {
        return x * x;
    }
}
