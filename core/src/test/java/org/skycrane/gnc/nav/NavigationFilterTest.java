package org.skycrane.gnc.nav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.RotationConvention;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.skycrane.mars.Planet;

/** The filter's mechanics on problems with known answers. */
class NavigationFilterTest {

    /** A non-rotating point-mass Mars (GM of Mars), so free fall from rest is radial. */
    private static final Planet PLANET = new Planet(4.282837e13, 3_396_190, 0, 0);
    private static final double R = SphereProjection.R;
    private static final double H = 2000;

    private static final MapProjection FLAT = SphereProjection.INSTANCE;

    private static NavigationFilter filter(RadarGeometry radar) {
        OnboardMap map = new OnboardMap(FLAT, 100, 101, new float[101 * 101], 1.0, 2000);
        Rotation down = new Rotation(Vector3D.PLUS_I, Vector3D.PLUS_J, Vector3D.MINUS_I, Vector3D.PLUS_J);
        var initial = new NavigationFilter.Initial(0, new Vector3D(R + H, 0, 0), Vector3D.ZERO, down,
                new Vector3D(100, 100, 50), new Vector3D(1, 1, 1), 1e-3);
        return new NavigationFilter(new NavigationFilter.Config(ImuErrors.perfect(), radar, 3.5 * 3.5), PLANET,
                map, initial);
    }

    /**
     * Free fall from rest at 2 km with an error-free IMU (zero increments): r̈ = −GM/r², whose drop
     * in 10 s is ½ g t² to 4 mm (the next term, g² t⁴ / 12 r, is 3 mm here), and whose speed obeys the
     * energy integral; the mechanization's trapezoid gravity meets both.
     */
    @Test
    void deadReckoningFreeFallFollowsGravity() {
        NavigationFilter f = filter(null);
        for (int i = 1; i <= 100; i++) {
            f.propagate(new ImuSample(i * 0.1, 0.1, Vector3D.ZERO, Vector3D.ZERO, Vector3D.ZERO));
        }
        double g = PLANET.gm() / ((R + H) * (R + H));
        assertEquals(R + H - 0.5 * g * 100, f.state().position().getNorm(), 0.01, "radius after 10 s (m)");
        double r = f.state().position().getNorm();
        // energy: v² = 2 GM (1/r − 1/r₀), exact for radial free fall
        assertEquals(-Math.sqrt(2 * PLANET.gm() * (1 / r - 1 / (R + H))), f.state().verticalSpeed(), 1e-4,
                "vertical speed (m/s) against the energy integral");
    }

    /**
     * The accelerometers' misalignment is a constant rotation m of what they report, Δv + m × Δv, so a
     * specific force held along one body axis for N cycles leaves a velocity error m × ΣΔv across it:
     * 1σ of σₘ·|ΣΔv| on each of the two axes across (closed form; with no gravity, gyro error, noise or
     * initial error to add to it), 0 along it. Taken as white noise per cycle, as until 2026-12-07, the
     * 1σ would be σₘ·|Δv|·√N, seven times smaller here.
     */
    @Test
    void aMisalignedAccelerometerTriadErrsAcrossTheWholeVelocityGained() {
        double sigmaM = 1e-4;
        ImuErrors misalignedOnly = new ImuErrors(0, 0, 0, 0, 0, 0, 0, 0, sigmaM);
        Rotation down = new Rotation(Vector3D.PLUS_I, Vector3D.PLUS_J, Vector3D.MINUS_I, Vector3D.PLUS_J);
        var initial = new NavigationFilter.Initial(0, new Vector3D(R + H, 0, 0), Vector3D.ZERO, down,
                new Vector3D(1e-3, 1e-3, 1e-3), new Vector3D(1e-3, 1e-3, 1e-3), 1e-9);
        NavigationFilter f = new NavigationFilter(new NavigationFilter.Config(misalignedOnly, null, 3.5 * 3.5),
                new Planet(0, R, 0, 0), null, initial);
        int cycles = 50;
        double dv = 10; // m/s a 1 s cycle along body x, which points down
        for (int i = 1; i <= cycles; i++) {
            f.propagate(new ImuSample(i, 1, new Vector3D(dv, 0, 0), new Vector3D(dv / 2, 0, 0), Vector3D.ZERO));
        }
        double[] sigma = f.sigmaNed();
        double across = Math.hypot(sigmaM * dv * cycles, 1e-3);
        assertEquals(across, sigma[3], 1e-6, "north velocity 1σ (m/s)");
        assertEquals(across, sigma[4], 1e-6, "east velocity 1σ (m/s)");
        assertEquals(1e-3, sigma[5], 1e-6, "down velocity 1σ (m/s): along the force, no error");
    }

    /**
     * The sign of the misalignment's columns and of the mechanization's correction, against the truth's
     * convention (sensors.Imu reports u + m × u): an unknown m = (0, 1, −2)·10⁻⁴ rad across a force held
     * along body x displaces the dead-reckoned position by m × ΣΣu, 1.25 m and 2.5 m here, and nothing
     * else does (no gravity, error-free otherwise, a 1 mm and 0.1 mm/s start). A fix of the true position
     * to 1 cm, taken without a pointing term, must then teach m̂ ≈ m on the two axes across the force: the
     * prior on m (0.1 mrad) carries nearly all of the residual, the start's uncertainty 0.005 m of it, so
     * m̂ lies within 1 % of m. A flipped sign in Φ or in the mechanization teaches −m.
     */
    @Test
    void aPositionFixTeachesTheMisalignmentThatDisplacedTheDeadReckoning() {
        ImuErrors misalignedOnly = new ImuErrors(0, 0, 0, 0, 0, 0, 0, 0, 1e-4);
        Rotation down = new Rotation(Vector3D.PLUS_I, Vector3D.PLUS_J, Vector3D.MINUS_I, Vector3D.PLUS_J);
        Vector3D r0 = new Vector3D(R + H, 0, 0);
        var initial = new NavigationFilter.Initial(0, r0, Vector3D.ZERO, down,
                new Vector3D(1e-3, 1e-3, 1e-3), new Vector3D(1e-4, 1e-4, 1e-4), 1e-9);
        NavigationFilter f = new NavigationFilter(new NavigationFilter.Config(misalignedOnly, null, 1e6),
                new Planet(0, R, 0, 0), null, initial);
        Vector3D m = new Vector3D(0, 1e-4, -2e-4);
        Vector3D u = new Vector3D(10, 0, 0); // m/s a 1 s cycle, body x pointing down
        Vector3D du = new Vector3D(5, 0, 0);
        int cycles = 50;
        for (int i = 1; i <= cycles; i++) {
            f.propagate(new ImuSample(i, 1, u.add(Vector3D.crossProduct(m, u)), du.add(Vector3D.crossProduct(m, du)),
                    Vector3D.ZERO));
        }
        Vector3D truth = r0.add(down.applyTo(u.scalarMultiply(0.5 * cycles * cycles))); // ½ f t², no gravity
        assertTrue(f.state().position().distance(truth) > 2, "the misalignment displaced the dead reckoning");
        assertTrue(f.update(new PositionFix(cycles, truth, 0.01, 0)), "in the gate");
        Vector3D learned = f.accelerometerMisalignment();
        assertEquals(m.getY(), learned.getY(), 0.01 * Math.abs(m.getY()), "m_y (rad)");
        assertEquals(m.getZ(), learned.getZ(), 0.01 * Math.abs(m.getZ()), "m_z (rad)");
    }

    /**
     * A map-match fix projected over h = 4 km with the believed attitude measures the north position
     * plus h·φ_E (PositionFix). Per axis that is the two-state problem z = x + h·φ + v with priors
     * P_x = (100 m)², P_φ = (1 mrad)² and R = (3 m)²: S = P_x + h²P_φ + R, the posterior variance of x is
     * P_x − P_x²/S, of φ it is P_φ − (h P_φ)²/S, and a residual y moves x by (P_x/S)·y. Without the
     * pointing term the position's posterior would be P_x R/(P_x + R), 3.0 m: the attitude's 4 m of
     * pointing uncertainty is what keeps it at 5 m.
     */
    @Test
    void aFixProjectedWithTheBelievedAttitudeCarriesItsPointingTerm() {
        NavigationFilter f = filter(null);
        double h = 4000;
        double px = 100 * 100;
        double pphi = 1e-6;
        double r = 9;
        double s = px + h * h * pphi + r;
        Vector3D before = f.state().position();
        Rotation attitudeBefore = f.attitude();
        double y = 10;
        assertTrue(f.update(new PositionFix(0, before.add(new Vector3D(0, 0, y)), 3, h)), "in the gate");
        // the sign of the pointing column: a fix north of the estimate tilts φ_E positive, by (h P_φ / S)·y
        Rotation turn = f.attitude().compose(attitudeBefore.revert(), RotationConvention.VECTOR_OPERATOR);
        Vector3D dphi = turn.getAxis(RotationConvention.VECTOR_OPERATOR).scalarMultiply(turn.getAngle());
        assertEquals(h * pphi / s * y, dphi.getY(), 1e-9, "φ_E correction (rad)");
        assertEquals(Math.sqrt(px - px * px / s), f.sigmaNed()[0], 1e-6, "north 1σ after the fix (m)");
        assertEquals(Math.sqrt(px - px * px / s), f.sigmaNed()[1], 1e-6, "east 1σ after the fix (m)");
        assertEquals(pphi - h * h * pphi * pphi / s, f.attitudeCovariance()[1][1], 1e-15, "φ_E variance (rad²)");
        assertEquals(pphi - h * h * pphi * pphi / s, f.attitudeCovariance()[2][2], 1e-15, "φ_N variance (rad²)");
        assertEquals(px / s * y, f.state().position().getZ() - before.getZ(), 1e-6, "north moves by (P_x/S)·y (m)");
        NavigationFilter g = filter(null);
        g.update(new PositionFix(0, before, 3, 0));
        assertEquals(Math.sqrt(px * r / (px + r)), g.sigmaNed()[0], 1e-6, "no pointing term: P_x R/(P_x + R)");
    }

    /**
     * One nadir range over flat ground corrects the height only: the horizontal position is a
     * consider state of the radar updates, and a range 20 σ off is rejected by the gate.
     */
    @Test
    void aRangeCorrectsHeightOnlyAndOutliersAreGated() {
        RadarGeometry radar = new RadarGeometry(List.of(RadarGeometry.beam(0, 0)), 0.0067, 0.05, 0.033, 6600);
        NavigationFilter f = filter(radar);
        Vector3D before = f.state().position();
        var used = f.update(new RadarFrame(0, List.of(new RadarReturn(0, H + 30, 0))));
        assertEquals(1, used.accepted());
        Vector3D after = f.state().position();
        assertEquals(before.getY(), after.getY(), 1e-9, "east unchanged");
        assertEquals(before.getZ(), after.getZ(), 1e-9, "north unchanged");
        assertTrue(after.getX() - before.getX() > 5, "the height moves toward the 30 m longer range");
        double sigma = f.sigmaNed()[2];
        assertTrue(sigma < 50, "down sigma shrinks from 50 m: " + sigma);
        var outlier = f.update(new RadarFrame(0, List.of(new RadarReturn(0, H - 20 * 50, 0))));
        assertEquals(0, outlier.accepted(), "a 1 km short return (the heat shield, say) is rejected");
        assertFalse(f.state().position().getX() < after.getX() - 1, "and leaves the state alone");
    }

    /**
     * Acquiring, a return whose range the gate admits but whose closing speed it does not (the falling
     * heat shield: 120 m short, 2.4 σ of the 50 m height uncertainty, and receding at 30 m/s where the
     * ground is still, 30 σ) is rejected as a whole and leaves the state exactly as it was. Once the
     * radar has been used on the ground each scalar has its own gate: a range 20 σ off with a closing speed
     * in the gate keeps its Doppler speed (the vertical velocity moves toward the measured 0.1 m/s descent,
     * the height stays), and a range in the gate with a closing speed far out of it (an IMU fault) keeps
     * its range.
     */
    @Test
    void whileAcquiringABeamStandsOrFallsWithItsClosingSpeedAndOnTheGroundEachScalarHasItsGate() {
        RadarGeometry radar = new RadarGeometry(List.of(RadarGeometry.beam(0, 0)), 0.0067, 0.05, 0.033, 6600);
        NavigationFilter f = filter(radar);
        Vector3D before = f.state().position();
        var update = f.update(new RadarFrame(0, List.of(new RadarReturn(0, H - 120, -30))));
        assertEquals(0, update.accepted());
        assertEquals(before, f.state().position(), "position untouched by the rejected beam's range");
        assertEquals(50, f.sigmaNed()[2], 1e-9, "down sigma untouched (m)");

        assertEquals(1, f.update(new RadarFrame(0, List.of(new RadarReturn(0, H, 0)))).accepted(), "lock");
        double height = f.state().position().getNorm();
        var rangeOff = f.update(new RadarFrame(0, List.of(new RadarReturn(0, H - 1000, 0.1))));
        assertEquals(0, rangeOff.accepted(), "the range is rejected");
        assertEquals(height, f.state().position().getNorm(), 0.01, "height kept (m)");
        assertTrue(f.state().verticalSpeed() < -0.03, "descent taken from the Doppler: " + f.state().verticalSpeed());

        double sigma = f.sigmaNed()[2];
        f.update(new RadarFrame(0, List.of(new RadarReturn(0, H + 3 * sigma, 30))));
        assertTrue(f.state().position().getNorm() - height > sigma, "the range in its gate is taken");
    }

    /**
     * Acquisition: the filter believes 2 km at 1σ = 50 m. Four beams (nadir and three at 20°) see flat
     * ground from a true height 4σ higher, beyond the 3.5σ gate. With three or more agreeing beams the
     * first lock widens the covariance by the least factor that lets three of them pass (the ranges
     * follow from the sphere of radius R, the map's ground) and takes them; at 8σ, beyond the widening
     * allowed (6/3.5 σ-times), or with two beams only, it does not.
     */
    @Test
    void theFirstLockWidensTheUncertaintyOnlyForAgreeingBeams() {
        RadarGeometry radar = fourBeams();

        NavigationFilter f = filter(radar);
        var update = f.update(frame(f, radar, H + 4 * 50, 4));
        assertTrue(update.widened() > 1 && update.widened() <= RadarCorrection.ACQUISITION_WIDENING,
                "widened: " + update.widened());
        assertTrue(update.accepted() >= RadarCorrection.ACQUISITION_BEAMS, "accepted " + update.accepted());
        assertEquals(R + H + 200, f.state().position().getNorm(), 15, "height taken from the beams (m)");

        NavigationFilter far = filter(radar);
        var beyond = far.update(frame(far, radar, H + 8 * 50, 4));
        assertEquals(0, beyond.accepted(), "8 sigma: beyond the widening allowed");
        assertEquals(1, beyond.widened());

        NavigationFilter two = filter(radar);
        var few = two.update(frame(two, radar, H + 4 * 50, 2));
        assertEquals(0, few.accepted(), "two beams cannot widen it");
        assertEquals(1, few.widened());
    }

    /**
     * Acquisition with beams that do not agree: of four returns, the nadir one fits the filter's belief
     * (2 km) and the three at 20° see ground 8σ away, beyond the widening allowed. The one beam alone must
     * not lock the filter (cases 31964 and 33447 of seed 1 locked on one beam hundreds of metres off):
     * the frame is refused whole, the state and the uncertainty stay as they were, and a later frame of
     * agreeing beams locks it. A frame of one return (the others out of range) is still gated beam by beam.
     */
    @Test
    void theFirstLockNeedsThreeAgreeingBeams() {
        RadarGeometry radar = fourBeams();
        NavigationFilter f = filter(radar);
        double sigma = f.sigmaNed()[2];
        Vector3D position = f.state().position();
        List<RadarReturn> mixed = new java.util.ArrayList<>(frame(f, radar, H, 1).returns());
        mixed.addAll(frame(f, radar, H + 8 * 50, 4).returns().subList(1, 4));
        var refused = f.update(new RadarFrame(0, mixed));
        assertEquals(0, refused.accepted(), "one agreeing beam of four");
        assertEquals(position, f.state().position(), "state kept");
        assertEquals(sigma, f.sigmaNed()[2], 0, "uncertainty kept");
        assertEquals(4, f.update(frame(f, radar, H, 4)).accepted(), "four agreeing beams lock it");

        NavigationFilter lone = filter(radar);
        assertEquals(1, lone.update(frame(lone, radar, H, 1)).accepted(), "a lone return in its gate");
    }

    /** Nadir and three beams at 20° off it, 120° apart, with the presets' noise. */
    private static RadarGeometry fourBeams() {
        List<Vector3D> four = List.of(RadarGeometry.beam(0, 0), RadarGeometry.beam(Math.toRadians(20), 0),
                RadarGeometry.beam(Math.toRadians(20), 2 * Math.PI / 3), RadarGeometry.beam(Math.toRadians(20), 4 * Math.PI / 3));
        return new RadarGeometry(four, 0.0067, 0.05, 0.033, 6600);
    }

    /** Returns of the first {@code beams} beams from true height {@code height} over the sphere of radius R, at rest. */
    private static RadarFrame frame(NavigationFilter f, RadarGeometry radar, double height, int beams) {
        Vector3D o = new Vector3D(R + height, 0, 0);
        List<RadarReturn> returns = new java.util.ArrayList<>();
        for (int i = 0; i < beams; i++) {
            Vector3D d = f.attitude().applyTo(radar.beams().get(i));
            double od = Vector3D.dotProduct(o, d);
            double range = -od - Math.sqrt(od * od - o.getNormSq() + R * R);
            returns.add(new RadarReturn(i, range, 0));
        }
        return new RadarFrame(0, returns);
    }

    /**
     * The map-error gradient states on a problem with a known answer: a vehicle hovering 200 m over a
     * sphere (perfect IMU, attitude known to 1 µrad) whose onboard map is the sphere plus a tilted plane,
     * 0.2 % east and −0.1 % north. The true ground lies below the map by that plane, so the offset's
     * gradient is (−0.002, +0.001) m/m; six exact beams (0°, three at 20°, two at 50° off nadir) for 60 s
     * at 10 Hz must find it (to 3 %: the prior's pull toward zero is below 1 % with 0.1 % range noise),
     * leave the offset under the vehicle near zero and the height where it is.
     */
    @Test
    void beamsFindTheMapErrorsGradient() {
        double a = 0.002;
        double b = -0.001;
        OnboardMap plane = new OnboardMap(FLAT, 20, 201, new float[201 * 201], 1.0, 2000)
                .withError(new OnboardMap.Correction() {
                    @Override
                    public double at(double east, double north) {
                        return a * east + b * north;
                    }

                    @Override
                    public double maxSlope() {
                        return Math.hypot(a, b);
                    }
                });
        double h = 200;
        double d20 = Math.toRadians(20);
        double d50 = Math.toRadians(50);
        List<Vector3D> beams = List.of(RadarGeometry.beam(0, 0), RadarGeometry.beam(d20, 0),
                RadarGeometry.beam(d20, 2 * Math.PI / 3), RadarGeometry.beam(d20, 4 * Math.PI / 3),
                RadarGeometry.beam(d50, Math.PI / 2), RadarGeometry.beam(d50, 3 * Math.PI / 2));
        RadarGeometry radar = new RadarGeometry(beams, 0.001, 0.05, 0.033, 6600);
        Rotation down = new Rotation(Vector3D.PLUS_I, Vector3D.PLUS_J, Vector3D.MINUS_I, Vector3D.PLUS_J);
        Vector3D origin = new Vector3D(R + h, 0, 0);
        var initial = new NavigationFilter.Initial(0, origin, Vector3D.ZERO, down, new Vector3D(10, 10, 5),
                new Vector3D(0.1, 0.1, 0.1), 1e-6);
        NavigationFilter f = new NavigationFilter(new NavigationFilter.Config(ImuErrors.perfect(), radar, 3.5 * 3.5),
                PLANET, plane, initial);
        double g = PLANET.gm() / ((R + h) * (R + h));
        double dt = 0.1;
        for (int k = 1; k <= 600; k++) {
            // hovering: the accelerometers feel gravity's opposite, up, which is body −x
            f.propagate(new ImuSample(k * dt, dt, new Vector3D(-g * dt, 0, 0), new Vector3D(-g * dt * dt / 2, 0, 0),
                    Vector3D.ZERO));
            List<RadarReturn> returns = new java.util.ArrayList<>();
            for (int i = 0; i < beams.size(); i++) {
                Vector3D d = down.applyTo(beams.get(i));
                double bd = Vector3D.dotProduct(origin, d);
                double range = -bd - Math.sqrt(bd * bd - (origin.getNormSq() - R * R)); // to the sphere
                returns.add(new RadarReturn(i, range, 0));
            }
            f.update(new RadarFrame(k * dt, returns));
        }
        double[] gradient = f.offsetGradient();
        assertEquals(-a, gradient[0], 0.03 * a, "east gradient of the ground's offset from the map");
        assertEquals(-b, gradient[1], 0.03 * Math.abs(b), "north gradient");
        assertEquals(h, f.state().position().getNorm() - R, 0.05, "height above the sphere (m)");
        assertEquals(0, Rotation.distance(down, f.attitude()), 1e-5, "attitude (rad) not pulled by the plane");
    }

    /**
     * The map's offset under the vehicle forgets with the distance flown over the ground, not through
     * inertial space: over a Mars that turns (7.088e-5 rad/s), a vehicle falling from rest over the
     * ground keeps the offset it has learned to 0.1 % over a second, where Mars's rotation (241 m/s here)
     * would carry it 241 m and forget about 6 % (a Gauss–Markov distance of 4 km for this map's 2 km
     * correlation length).
     */
    @Test
    void theOffsetForgetsOverTheGroundNotOverMarssRotation() {
        Planet turning = new Planet(PLANET.gm(), PLANET.referenceRadius(), 0, 7.088e-5);
        OnboardMap map = new OnboardMap(FLAT, 100, 101, new float[101 * 101], 1.0, 2000);
        Rotation down = new Rotation(Vector3D.PLUS_I, Vector3D.PLUS_J, Vector3D.MINUS_I, Vector3D.PLUS_J);
        Vector3D r = new Vector3D(R + H, 0, 0);
        // at rest over the ground (the uplinked velocity is planet-relative), its height known to 1 m as
        // well as the map's offset, so that the range teaches both
        var initial = new NavigationFilter.Initial(0, r, Vector3D.ZERO, down, new Vector3D(100, 100, 1),
                new Vector3D(1, 1, 1), 1e-3);
        RadarGeometry radar = new RadarGeometry(List.of(RadarGeometry.beam(0, 0)), 0.0067, 0.05, 0.033, 6600);
        NavigationFilter f = new NavigationFilter(new NavigationFilter.Config(ImuErrors.perfect(), radar, 3.5 * 3.5),
                turning, map, initial);
        assertEquals(1, f.update(new RadarFrame(0, List.of(new RadarReturn(0, H + 30, 0)))).accepted());
        double learned = map.heightAboveGround(r) - f.heightAboveGround(r); // the offset estimate
        assertTrue(Math.abs(learned) > 0.05, "the range has moved the offset: " + learned + " m");
        for (int i = 1; i <= 10; i++) {
            f.propagate(new ImuSample(i * 0.1, 0.1, Vector3D.ZERO, Vector3D.ZERO, Vector3D.ZERO));
        }
        double kept = map.heightAboveGround(r) - f.heightAboveGround(r);
        assertEquals(learned, kept, 1e-3 * Math.abs(learned), "offset after 1 s at rest over the ground");
    }

    /**
     * A position fix moves the believed position over the map while the vehicle stays where it is. Over a
     * map rising 0.05 m per metre east, a fix 300 m east puts the map under the believed position 15 m
     * higher. While the radar ranges the ground (one range good to 5 cm, as many frames average its
     * noise down to), the height above the ground it measured must not change: the offset takes the
     * map's 15 m difference, and the pseudo-measurement that the offset is now only the map's own error
     * pulls the absolute altitude up with the ground the map shows there. The numbers, from the model
     * (GroundOffset): before the fix the offset's variance is S = σₑ² + SF(√2 · 100 m) = 1 + 27.7 m² (this
     * map's structure function, its east and north differences averaged, at 141 m), and the range ties the
     * altitude to it, so the down 1σ is √28.7 = 5.36 m; after it, S = 1 + SF(√2 · 3 m) = 1.11 m², the
     * pseudo-measurement's noise r = 1.11 · 28.7 / (28.7 − 1.11) = 1.15 m², its gain 28.7 / (28.7 + 1.15) =
     * 0.96, so the altitude rises 0.96 · 15 = 14.4 m and the down 1σ falls to (1/28.7 + 1/1.15)^−½ = 1.05 m.
     * With the radar silent for longer than {@link RadarCorrection#RANGING} the offset is left alone: the
     * altitude stays and the height above the believed ground drops by the map's 15 m (as before 2026-12-08).
     */
    @Test
    void aPositionFixKeepsTheMeasuredHeightWhileTheRadarRanges() {
        for (boolean ranging : new boolean[] {true, false}) {
            int size = 201;
            float[] slope = new float[size * size];
            for (int j = 0; j < size; j++) {
                for (int i = 0; i < size; i++) {
                    slope[j * size + i] = (float) (0.05 * (i - 100) * 20);
                }
            }
            OnboardMap map = new OnboardMap(FLAT, 20, size, slope, 1.0, 2000);
            Rotation down = new Rotation(Vector3D.PLUS_I, Vector3D.PLUS_J, Vector3D.MINUS_I, Vector3D.PLUS_J);
            var initial = new NavigationFilter.Initial(0, new Vector3D(R + H, 0, 0), Vector3D.ZERO, down,
                    new Vector3D(100, 100, 50), new Vector3D(1, 1, 1), 1e-3);
            RadarGeometry radar = new RadarGeometry(List.of(RadarGeometry.beam(0, 0)), 1e-6, 0.05, 0.033, 6600);
            NavigationFilter f = new NavigationFilter(new NavigationFilter.Config(ImuErrors.perfect(), radar,
                    3.5 * 3.5), PLANET, map, initial);
            assertEquals(1, f.update(new RadarFrame(0, List.of(new RadarReturn(0, H + 5, 0)))).accepted());
            double time = ranging ? 0 : 3;
            if (!ranging) {
                for (int i = 1; i <= 30; i++) {
                    f.propagate(new ImuSample(i * 0.1, 0.1, Vector3D.ZERO, Vector3D.ZERO, Vector3D.ZERO));
                }
            }
            Vector3D at = f.state().position();
            double heightBefore = f.heightAboveGround(at);
            double altitudeBefore = at.getNorm() - R;
            double sigmaBefore = f.sigmaNed()[2];
            assertTrue(f.update(new PositionFix(time, new Vector3D(at.getX(), 300, 0), 3, 0)), "in the gate");
            Vector3D now = f.state().position();
            double height = f.heightAboveGround(now) - heightBefore;
            double altitude = now.getNorm() - R - altitudeBefore;
            if (ranging) {
                assertEquals(0, height, 0.1, "the measured height above the ground is kept");
                assertEquals(14.4, altitude, 0.2, "the altitude rises with the ground the map shows there");
                assertEquals(5.36, sigmaBefore, 0.05, "down 1σ before the fix");
                assertEquals(1.05, f.sigmaNed()[2], 0.03, "down 1σ after it: the map's own error");
            } else {
                assertEquals(-15, height, 0.1, "the height drops by the map's rise under the fix");
                assertEquals(0, altitude, 0.1, "and the altitude stays");
            }
        }
    }

    /**
     * Near the ground a vehicle can be below its map: here the onboard map lies 30 m above the true
     * ground (a map error of 30 m, 1.5σ of its stated 20 m) and the vehicle descends at 0.75 m/s, as
     * under the sky crane, from 12 m over that ground to 4.5 m, 18 to 25.5 m under the map's surface.
     * Its absolute height is known to 0.5 m and the map's offset T not at all, so the first frame's four
     * exact ranges (to the sphere: 12 m and 12/cos 20° = 12.77 m) must teach T = −30 m, which puts the
     * height above the believed ground at 12 m: to 0.1 m, the ranges' noise over one frame (σ 0.085 m
     * each at 12 m, by the radar's 0.67 % with its 5 cm floor), the prior pulling T by 0.06 % of the
     * 30 m (0.5² / 20², about 2 cm, which goes into the absolute height instead). Every beam must stay in
     * its gate through the 100 frames of the descent and the height above the believed ground must
     * follow the true one to 0.1 m. Casting the beams from the estimate against the raw map met it at
     * range 0 there: that code learned T = −12 m from the first frame (−6.2 m above the believed
     * ground), its prediction then froze while the ranges shortened, and from the ninth frame the gate
     * refused every beam (so fault-free flights declared the IMU suspect in their last seconds;
     * docs/navigation.md, "Under its own map").
     */
    @Test
    void aVehicleBelowItsMapSurfaceMeasuresTheGroundBelowTheMap() {
        double h0 = 12;
        double rate = 0.75;
        float[] raised = new float[201 * 201];
        java.util.Arrays.fill(raised, 30f);
        OnboardMap map = new OnboardMap(FLAT, 20, 201, raised, 20.0, 2000);
        RadarGeometry radar = fourBeams();
        Rotation down = new Rotation(Vector3D.PLUS_I, Vector3D.PLUS_J, Vector3D.MINUS_I, Vector3D.PLUS_J);
        var initial = new NavigationFilter.Initial(0, new Vector3D(R + h0, 0, 0), new Vector3D(-rate, 0, 0), down,
                new Vector3D(10, 10, 0.5), new Vector3D(0.1, 0.1, 0.1), 1e-6);
        NavigationFilter f = new NavigationFilter(new NavigationFilter.Config(ImuErrors.perfect(), radar, 3.5 * 3.5),
                PLANET, map, initial);
        double dt = 0.1;
        for (int k = 1; k <= 100; k++) {
            double h = h0 - rate * k * dt;
            double g = PLANET.gm() / ((R + h) * (R + h));
            // descending at a constant speed: the accelerometers feel gravity's opposite, up, body −x
            f.propagate(new ImuSample(k * dt, dt, new Vector3D(-g * dt, 0, 0), new Vector3D(-g * dt * dt / 2, 0, 0),
                    Vector3D.ZERO));
            RadarFrame truth = frame(f, radar, h, 4);
            List<RadarReturn> returns = new java.util.ArrayList<>();
            for (RadarReturn ret : truth.returns()) {
                // the closing speed b·v of a beam b descending at the rate along −x
                double closing = -rate * f.attitude().applyTo(radar.beams().get(ret.beam())).getX();
                returns.add(new RadarReturn(ret.beam(), ret.range(), closing));
            }
            var used = f.update(new RadarFrame(k * dt, returns));
            assertEquals(4, used.accepted(), "beams in their gate at frame " + k);
            Vector3D r = f.state().position();
            if (k == 1) {
                assertEquals(h - 30, map.heightAboveGround(r), 0.5, "the vehicle is under the map (m)");
                assertEquals(h, f.heightAboveGround(r), 0.1, "height above the believed ground after one frame (m)");
            }
            assertEquals(h, f.heightAboveGround(r), 0.1, "height above the believed ground at frame " + k + " (m)");
        }
    }

    /**
     * The ranges stop correcting the velocity once the closing speeds have agreed with the inertial
     * states for {@link RadarMonitor#INCONSISTENT_FRAMES} frames in a row, counted from the lock (which
     * is the first). A vehicle hovers 200 m over the map's sphere (perfect IMU, no rotation); each frame
     * follows a 0.1 s cycle, which correlates height and vertical velocity. A frame whose ranges are
     * 1 m long and whose closing speeds are exact then moves the velocity estimate while the state is
     * unsettled, through the range rows' gain on velocity (by 2.5e-5 m/s). Settled, velocity is a
     * consider state of the range rows, and the closing speeds' innovations are only b·v of the velocity
     * the hovering cycles leave by rounding (6e-9 m/s; no rotation), so the velocity moves by less than a
     * thousandth of the unsettled move (1e-9 m/s, the closing speeds pulling that residue to zero).
     * A suspected IMU fault ({@link NavigationFilter#reopenImuBiases}) unsettles it again (4e-7 m/s: the
     * reopened uncertainty is on the diagonal, so less of the range reaches the velocity), and a frame
     * whose closing speeds fall out of their gate breaks the streak.
     */
    @Test
    void theRangesStopCorrectingVelocityOnceTheClosingSpeedsAgree() {
        String settle = "A".repeat(RadarMonitor.INCONSISTENT_FRAMES);
        double settled = hoverThenOffset(settle, false);
        double unsettled = hoverThenOffset(settle.substring(1), false);
        assertTrue(unsettled > 1000 * settled, "one agreeing frame short, the ranges move the velocity (m/s) "
                + unsettled + ", settled " + settled);
        double reopened = hoverThenOffset(settle, true);
        assertTrue(reopened > 100 * settled, "after a suspected IMU fault the ranges move it again (m/s) " + reopened);
        double broken = hoverThenOffset(settle.substring(1) + "R" + "A", false);
        assertTrue(broken > 1000 * settled, "agreeing frames not in a row do not settle it (m/s) " + broken);
    }

    /**
     * Hovers 200 m up: one frame at the true ranges per letter of {@code frames} (the first is the
     * lock), its closing speeds exact for A and 1 m/s off for R (10σ and more, out of their gate);
     * optionally a suspected IMU fault; then one frame with ranges 1 m long. Returns how far that frame
     * moved the velocity estimate (m/s).
     */
    private static double hoverThenOffset(String frames, boolean reopen) {
        double h = 200;
        RadarGeometry radar = fourBeams();
        Rotation down = new Rotation(Vector3D.PLUS_I, Vector3D.PLUS_J, Vector3D.MINUS_I, Vector3D.PLUS_J);
        OnboardMap map = new OnboardMap(FLAT, 20, 201, new float[201 * 201], 1.0, 2000);
        var initial = new NavigationFilter.Initial(0, new Vector3D(R + h, 0, 0), Vector3D.ZERO, down,
                new Vector3D(10, 10, 5), new Vector3D(0.1, 0.1, 0.1), 1e-6);
        NavigationFilter f = new NavigationFilter(new NavigationFilter.Config(ImuErrors.perfect(), radar, 3.5 * 3.5),
                PLANET, map, initial);
        double g = PLANET.gm() / ((R + h) * (R + h));
        double dt = 0.1;
        int n = frames.length();
        for (int k = 1; k <= n + 1; k++) {
            f.propagate(new ImuSample(k * dt, dt, new Vector3D(-g * dt, 0, 0), new Vector3D(-g * dt * dt / 2, 0, 0),
                    Vector3D.ZERO));
            if (k == n + 1 && reopen) {
                f.reopenImuBiases(0.5);
            }
            double offset = k == n + 1 ? 1.0 : 0;
            double speed = k <= n && frames.charAt(k - 1) == 'R' ? 1.0 : 0;
            RadarFrame truth = frame(f, radar, h, 4);
            List<RadarReturn> returns = new java.util.ArrayList<>();
            for (RadarReturn ret : truth.returns()) {
                returns.add(new RadarReturn(ret.beam(), ret.range() + offset, speed));
            }
            Vector3D before = f.state().velocity();
            f.update(new RadarFrame(k * dt, returns));
            if (k == n + 1) {
                return f.state().velocity().subtract(before).getNorm();
            }
        }
        throw new AssertionError("unreachable");
    }
}
