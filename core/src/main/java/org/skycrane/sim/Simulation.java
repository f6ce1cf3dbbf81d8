package org.skycrane.sim;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.AbstractIntegrator;
import org.hipparchus.ode.nonstiff.ClassicalRungeKuttaIntegrator;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.skycrane.dynamics.BodyDrag;
import org.skycrane.dynamics.CapsuleAerodynamics;
import org.skycrane.dynamics.EngineThrust;
import org.skycrane.dynamics.EquationsOfMotion;
import org.skycrane.dynamics.FlightConditions;
import org.skycrane.dynamics.FlightState;
import org.skycrane.dynamics.Force;
import org.skycrane.dynamics.ParachuteDrag;
import org.skycrane.dynamics.SuttonGraves;
import org.skycrane.flight.EdlEvent;
import org.skycrane.flight.EventRecord;
import org.skycrane.flight.Phase;
import org.skycrane.flight.Timeline;
import org.skycrane.flight.Transition;
import org.skycrane.gnc.FlightSoftware;
import org.skycrane.gnc.nav.NavState;
import org.skycrane.gnc.nav.Navigator;
import org.skycrane.mars.AtmosphereSample;
import org.skycrane.mars.Environment;
import org.skycrane.mars.Geodesy;
import org.skycrane.scenario.Scenario;
import org.skycrane.vehicle.AttitudeLimits;
import org.skycrane.vehicle.BankManeuver;
import org.skycrane.vehicle.Body;
import org.skycrane.vehicle.Commands;
import org.skycrane.vehicle.Vehicle;

/**
 * Flies one scenario from entry interface to the descent stage's impact.
 *
 * <p>The flight is a sequence of integration arcs. Each arc runs from one flight-software tick to
 * the next with the commands of that tick held constant, so no arc integrates across a
 * discontinuity. The only transition armed is the next one in the sequence (so phases can never be
 * skipped or reordered); its trigger is an integrator event, located to 1 µs, and it is also tested
 * at the start of every arc because a condition that already holds never changes sign. Peaks of
 * heating and deceleration are zeros of their time derivatives, found as events on the way down.
 */
public final class Simulation {

    private final Scenario scenario;
    private final Truth truth;
    private final Environment environment;
    private final Vehicle vehicle;
    private final Options options;

    /**
     * How to fly.
     *
     * @param recordTrajectory whether to keep trajectory samples at the output step
     * @param openLoop         fly the bank schedule instead of the scenario's entry guidance
     * @param deploySpeed      if finite, deploy the parachute on a velocity trigger at this speed (m/s)
     * @param divert           let powered descent divert toward the target
     * @param bankSchedule     if not null, the bank schedule (rad against m/s) flown open loop instead of the
     *                         scenario's
     * @param design           if not null, the guidance design to load instead of the scenario's cached one
     */
    public record Options(boolean recordTrajectory, boolean openLoop, double deploySpeed, boolean divert,
                          org.skycrane.math.Curve bankSchedule, GuidanceDesign design) {

        /** The scenario as written. */
        public static Options asWritten(boolean recordTrajectory) {
            return new Options(recordTrajectory, false, Double.NaN, true, null, null);
        }

        /** Guidance off: the scenario's bank schedule, a velocity trigger at {@code deploySpeed}, no divert. */
        public static Options guidanceOff(boolean recordTrajectory, double deploySpeed) {
            return new Options(recordTrajectory, true, deploySpeed, false, null, null);
        }
    }

    /**
     * @param scenario the nominal scenario: the sequence, and what the flight software is loaded with
     * @param truth    the world as it is for this flight (the scenario's own, or a dispersed one)
     * @param options  how to fly
     */
    public Simulation(Scenario scenario, Truth truth, Options options) {
        this.scenario = scenario;
        this.truth = truth;
        this.environment = truth.environment();
        this.vehicle = truth.vehicle();
        this.options = options;
    }

    /** Flies the scenario as written. */
    public static Result run(Scenario scenario, boolean recordTrajectory) {
        return new Simulation(scenario, Truth.of(scenario), Options.asWritten(recordTrajectory)).run();
    }

    /** Flies once. Each call is independent; the object holds no state between runs. */
    public Result run() {
        Flight flight;
        try {
            flight = new Flight();
        } catch (GuidanceDesign.DesignException e) {
            return new Result(scenario.name(), Outcome.GUIDANCE_DESIGN_FAILURE, e.getMessage(),
                    org.skycrane.flight.Timeline.empty(), new Peaks(0, 0, 0, 0, 0), null, List.of(), List.of(),
                    Result.Target.of(scenario));
        }
        return flight.fly();
    }

    /** The state at entry interface, planet-relative, from the scenario's entry block. */
    public static FlightState entryState(Scenario scenario, double mass, Environment environment) {
        return entryState(scenario.entry(), mass, environment);
    }

    /** The state at entry interface, planet-relative, from an entry block. */
    public static FlightState entryState(org.skycrane.scenario.EntrySpec e, double mass, Environment environment) {
        Vector3D r = Geodesy.position(Math.toRadians(e.latitudeDeg()), Math.toRadians(e.longitudeDeg()), e.radius());
        double gamma = Math.toRadians(e.flightPathAngleDeg());
        double psi = Math.toRadians(e.headingDeg());
        Vector3D horizontal = Geodesy.east(r).scalarMultiply(Math.sin(psi)).add(Geodesy.north(r).scalarMultiply(Math.cos(psi)));
        Vector3D v = horizontal.scalarMultiply(e.speed() * Math.cos(gamma))
                .add(Geodesy.up(r).scalarMultiply(e.speed() * Math.sin(gamma)));
        if (e.speedFrame() == org.skycrane.scenario.EntrySpec.Frame.INERTIAL) {
            v = v.subtract(Vector3D.crossProduct(environment.planet().spin(), r));
        }
        return new FlightState(0.0, r, v, mass, 0.0);
    }

    /** One run's mutable bookkeeping; confined to the thread that calls {@link #run()}. */
    private final class Flight {

        private final SuttonGraves heating = new SuttonGraves(SuttonGraves.K_MARS, vehicle.capsule().noseRadius());
        private final Navigator navigator = truth.navigator() != null ? truth.navigator()
                : FlightSoftwareFactory.navigator(scenario);
        private final Vector3D target = scenario.targetPosition();
        private final FlightSoftwareFactory.Loaded loaded = FlightSoftwareFactory.create(scenario, options);
        private final FlightSoftware fsw = loaded.software();
        private final List<Transition> sequence = Sequence.of(scenario, vehicle, fsw, this::roverHeight,
                loaded.design(), target, environment.site().surfaceRadius(), options);
        private final AttitudeLimits attitude = new AttitudeLimits(
                Math.toRadians(scenario.guidance().maxBankRateDeg()),
                Math.toRadians(scenario.guidance().maxBankAccelerationDeg()));
        private final double maxTime = scenario.simulation().maxTime();
        private final DormandPrince853Integrator adaptive;
        private final ClassicalRungeKuttaIntegrator fixedStep;
        private final Recorder recorder;
        private final List<Separated> separated = new ArrayList<>();
        private final List<Impact> impacts = new ArrayList<>();

        private FlightState state;
        private Phase phase = Phase.ENTRY;
        private Timeline timeline = Timeline.empty();
        private List<Force> forces;
        private double capsuleLiftToDrag;
        private BankManeuver bank;
        private EquationsOfMotion eom;
        private int reversalsRecorded;
        private int next;
        private boolean roverOnGround;
        private boolean bridleCut;
        private double skyCraneStart = Double.NaN;
        private Vector3D roverPosition;
        private Touchdown touchdown;
        private Outcome outcome;
        private String reason;

        // set by event handlers during an arc
        private Transition pendingTransition;
        private boolean pendingCrash;

        Flight() {
            double tol = scenario.simulation().relativeTolerance();
            double[] abs = {1e-3, 1e-3, 1e-3, 1e-6, 1e-6, 1e-6, 1e-6, 1.0};
            double[] rel = new double[EquationsOfMotion.DIMENSION];
            java.util.Arrays.fill(rel, tol);
            adaptive = new DormandPrince853Integrator(1e-9, 1e3, abs, rel);
            fixedStep = new ClassicalRungeKuttaIntegrator(scenario.sequence().controlPeriod());
            recorder = new Recorder(() -> eom, () -> phase, () -> bank, scenario.simulation().outputStep(),
                    options.recordTrajectory());
            forces = List.of();
            capsuleLiftToDrag = vehicle.capsule().liftToDrag();
            state = truth.entry();
            bank = BankManeuver.hold(0.0, 0.0);
        }

        Result fly() {
            try {
                eom = dynamics(Commands.NONE);
                record(EdlEvent.ENTRY_INTERFACE, null);
                recorder.observe(state);
                loop();
            } catch (RuntimeException e) {
                outcome = Outcome.NUMERICAL_FAILURE;
                reason = "at t = " + String.format("%.3f", state.time()) + " s in " + phase + ": " + e.getMessage();
            }
            flyJettisoned();
            return new Result(scenario.name(), outcome, reason, timeline, recorder.peaks(), touchdown,
                    List.copyOf(impacts), recorder.trajectory(), Result.Target.of(scenario));
        }

        private void loop() {
            boolean peakHeating = false;
            boolean peakDeceleration = false;
            while (outcome == null) {
                if (state.time() >= maxTime - 1e-9) {
                    outcome = Outcome.TIMEOUT;
                    reason = "no landing within " + maxTime + " s";
                    return;
                }
                NavState nav = navigate(state);
                Commands commands = fsw.update(nav);
                if (fsw.entryGuidance().reversals() > reversalsRecorded) {
                    reversalsRecorded = fsw.entryGuidance().reversals();
                    record(EdlEvent.BANK_REVERSAL, state);
                }
                double t = state.time();
                bank = BankManeuver.toward(t, bank.angle(t), bank.rate(t), commands.bankAngle(),
                        attitude.maxBankRate(), attitude.maxBankAcceleration());
                eom = dynamics(commands);
                Transition armed = next < sequence.size() ? sequence.get(next) : null;
                if (armed != null && armed.trigger().g(conditions(armed.basis(), state), timeline) <= 0) {
                    fire(armed, state);
                    continue;
                }
                double period = fsw.period();
                double end = Math.min((Math.floor(state.time() / period + 1e-9) + 1) * period, maxTime);
                if (end <= state.time() + 1e-9) {
                    end = state.time() + period;
                }
                // Powered arcs are one control period long with constant commands: one classical RK4
                // step each is accurate to far better than the guidance errors and costs a third of a
                // Dormand-Prince 8(5,3) step. Unpowered arcs use the adaptive integrator.
                AbstractIntegrator integrator = fsw.period() > scenario.sequence().controlPeriod() + 1e-12
                        || phase == Phase.ENTRY || phase == Phase.PARACHUTE_DESCENT ? adaptive : fixedStep;
                integrator.clearEventDetectors();
                integrator.clearStepHandlers();
                integrator.addStepHandler(recorder);
                pendingTransition = null;
                pendingCrash = false;
                if (armed != null) {
                    integrator.addEventDetector(new Detector(
                            s -> armed.trigger().g(conditions(armed.basis(), unpack(s)), timeline),
                            Action.STOP, s -> pendingTransition = armed));
                }
                if (phase.ordinal() <= Phase.LANDED.ordinal()) {
                    integrator.addEventDetector(new Detector(
                            s -> environment.heightAboveGround(vectorNorm(s.getPrimaryState())),
                            Action.STOP, s -> pendingCrash = true));
                }
                if (phase == Phase.ENTRY && !peakHeating) {
                    integrator.addEventDetector(new Detector(s -> peakSlope(s, 0.5, 3.0), Action.CONTINUE,
                            s -> record(EdlEvent.PEAK_HEATING, unpack(s))));
                }
                if (phase == Phase.ENTRY && !peakDeceleration) {
                    integrator.addEventDetector(new Detector(s -> peakSlope(s, 1.0, 2.0), Action.CONTINUE,
                            s -> record(EdlEvent.PEAK_DECELERATION, unpack(s))));
                }
                adaptive.setInitialStepSize(end - state.time());
                ODEStateAndDerivative finish = integrator.integrate(eom,
                        new ODEState(state.time(), EquationsOfMotion.pack(state)), end);
                state = unpack(finish);
                peakHeating = timeline.has(EdlEvent.PEAK_HEATING);
                peakDeceleration = timeline.has(EdlEvent.PEAK_DECELERATION);
                if (pendingCrash) {
                    crash();
                } else if (pendingTransition != null) {
                    fire(pendingTransition, state);
                }
            }
        }

        /**
         * d/dt of ln(ρ^a V^b): with a = ½, b = 3 the Sutton–Graves heat rate, with a = 1, b = 2 the
         * dynamic pressure (and so the sensed deceleration while C_D and L/D are constant, as they
         * are hypersonically). Zero at the peak, falling through it.
         */
        private double peakSlope(ODEStateAndDerivative s, double a, double b) {
            double[] y = s.getPrimaryState();
            double[] dy = s.getPrimaryDerivative();
            Vector3D r = new Vector3D(y[0], y[1], y[2]);
            Vector3D v = new Vector3D(y[3], y[4], y[5]);
            Vector3D acc = new Vector3D(dy[3], dy[4], dy[5]);
            double radius = r.getNorm();
            AtmosphereSample air = environment.atmosphere().at(environment.altitude(radius));
            double climb = Vector3D.dotProduct(v, r) / radius;
            return a * air.logDensitySlope() * climb + b * Vector3D.dotProduct(v, acc) / v.getNormSq();
        }

        private void fire(Transition transition, FlightState at) {
            FlightConditions truth = eom.conditions(at);
            String label = transition.trigger().label(conditions(transition.basis(), at), timeline);
            phase = transition.to();
            next++;
            timeline = timeline.with(new EventRecord(transition.event(), phase, truth, label));
            apply(transition.event(), at);
        }

        /** What each event does to the flying stack and to the flight software. */
        private void apply(EdlEvent event, FlightState at) {
            var stage = vehicle.descentStage();
            switch (event) {
                case BALANCE_MASS_JETTISON -> {
                    double jettisoned = vehicle.balanceMassCount() * vehicle.balanceMass().mass();
                    if (vehicle.balanceMassCount() > 0) {
                        separated.add(new Separated("balance_masses", at, vehicle.balanceMass()));
                    }
                    state = at.withMass(at.mass() - jettisoned);
                    capsuleLiftToDrag = 0.0;
                }
                case PARACHUTE_DEPLOY -> {
                    var chute = vehicle.parachute();
                    double fill = chute.fillTime(eom.air(at).airspeed());
                    capsuleLiftToDrag = 0.0;
                    forces = List.of(new ParachuteDrag(chute, at.time(), fill));
                    recorder.probeAt(at.time() + chute.lineStretchDelay() + fill);
                    fsw.startParachute();
                }
                case HEAT_SHIELD_SEPARATION -> {
                    separated.add(new Separated("heat_shield", at, vehicle.heatShield()));
                    state = at.withMass(at.mass() - vehicle.heatShield().mass());
                }
                case BACKSHELL_SEPARATION -> {
                    Body backshell = new Body(vehicle.backshell().mass() + vehicle.parachute().mass(),
                            vehicle.backshell().dragArea());
                    separated.add(new Separated("backshell", at, backshell));
                    state = at.withMass(at.mass() - backshell.mass());
                    capsuleLiftToDrag = Double.NaN;
                    forces = List.of(new BodyDrag(stage.dragArea()),
                            new EngineThrust(stage.engines(), stage.dryMass() + vehicle.roverMass()));
                    fsw.startFreeFall();
                }
                case POWERED_DESCENT_START -> fsw.startApproach(navigate(at), options.divert() ? target : null);
                case SKY_CRANE_START -> {
                    skyCraneStart = at.time();
                    fsw.startSkyCrane(navigate(at));
                }
                case TOUCHDOWN -> touchdown(at);
                case BRIDLE_CUT -> bridleCut = true;
                case FLYAWAY -> fsw.startFlyaway(navigate(at), awayDirection(at));
                case DESCENT_STAGE_IMPACT -> {
                    impacts.add(impact("descent_stage", at));
                    outcome = touchdown != null ? Outcome.LANDED : Outcome.CRASHED;
                }
                default -> {
                    // recorded only
                }
            }
        }

        private void touchdown(FlightState at) {
            Vector3D up = at.position().normalize();
            double payoutRate = payout(at.time()) < vehicle.bridles().length() ? vehicle.bridles().payoutSpeed() : 0.0;
            double vertical = Vector3D.dotProduct(at.velocity(), up) - payoutRate;
            double horizontal = at.velocity().subtract(up.scalarMultiply(Vector3D.dotProduct(at.velocity(), up))).getNorm();
            roverPosition = up.scalarMultiply(environment.site().surfaceRadius());
            var stage = vehicle.descentStage();
            touchdown = new Touchdown(at.time(), Math.max(0, -vertical), horizontal, Geodesy.latitude(at.position()),
                    Geodesy.longitude(at.position()), at.mass() - stage.dryMass() - vehicle.roverMass());
            roverOnGround = true;
            state = at.withMass(at.mass() - vehicle.roverMass());
            forces = List.of(new BodyDrag(stage.dragArea()), new EngineThrust(stage.engines(), stage.dryMass()));
        }

        private void crash() {
            FlightConditions c = eom.conditions(state);
            outcome = Outcome.CRASHED;
            reason = String.format("the %s hit the ground in %s at %.1f m/s", roverOnGround ? "descent stage"
                    : "vehicle with the rover", phase, c.speed());
            if (roverOnGround) {
                impacts.add(impact("descent_stage", state));
            }
        }

        /** Height of the rover's wheels above ground while it hangs from the descent stage (m). */
        private double roverHeight(FlightConditions c) {
            return c.heightAboveGround() - payout(c.time());
        }

        private double payout(double time) {
            if (Double.isNaN(skyCraneStart)) {
                return 0.0;
            }
            return Math.min(vehicle.bridles().length(), vehicle.bridles().payoutSpeed() * (time - skyCraneStart));
        }

        /** Horizontal direction for the flyaway: along the ground track flown at backshell separation. */
        private Vector3D awayDirection(FlightState at) {
            EventRecord backshell = timeline.first(EdlEvent.BACKSHELL_SEPARATION).orElse(null);
            double heading = backshell != null ? backshell.conditions().heading() : 0.0;
            return Geodesy.east(at.position()).scalarMultiply(Math.sin(heading))
                    .add(Geodesy.north(at.position()).scalarMultiply(Math.cos(heading))).normalize();
        }

        private NavState navigate(FlightState truth) {
            double believed = truth.mass() + (roverOnGround && !bridleCut ? vehicle.roverMass() : 0.0);
            Vector3D sensed = eom.nonGravitationalForce(truth).scalarMultiply(1.0 / truth.mass());
            return navigator.navigate(truth.time(), truth.position(), truth.velocity(), believed, sensed);
        }

        /** The equations of motion for the next arc: the capsule flies the planned bank maneuver. */
        private EquationsOfMotion dynamics(Commands commands) {
            List<Force> all = forces;
            if (!Double.isNaN(capsuleLiftToDrag)) {
                List<Force> withCapsule = new ArrayList<>(forces.size() + 1);
                withCapsule.add(new CapsuleAerodynamics(vehicle.capsule(), capsuleLiftToDrag, bank));
                withCapsule.addAll(forces);
                all = withCapsule;
            }
            return new EquationsOfMotion(environment, all, commands, heating);
        }

        /** Conditions a trigger reads: the true or the navigated state (no sensed acceleration). */
        private FlightConditions conditions(Transition.Basis basis, FlightState truth) {
            if (basis == Transition.Basis.TRUTH) {
                return eom.conditions(truth, false);
            }
            NavState nav = navigator.navigate(truth.time(), truth.position(), truth.velocity(), truth.mass(),
                    Vector3D.NaN);
            return eom.conditions(new FlightState(nav.time(), nav.position(), nav.velocity(), truth.mass(),
                    truth.heatLoad()), false);
        }

        private void record(EdlEvent event, FlightState at) {
            FlightConditions c = eom.conditions(at == null ? state : at);
            timeline = timeline.with(new EventRecord(event, phase, c, null));
        }

        private Impact impact(String body, FlightState at) {
            double distance = roverPosition == null ? Double.NaN
                    : Vector3D.angle(roverPosition, at.position()) * environment.site().surfaceRadius();
            return new Impact(body, at.time(), Geodesy.latitude(at.position()), Geodesy.longitude(at.position()),
                    distance);
        }

        /** Flies each jettisoned body ballistically to the ground. */
        private void flyJettisoned() {
            for (Separated body : separated) {
                try {
                    FlightState end = Ballistic.toGround(environment, body.body(), body.state(), heating,
                            body.state().time() + 3600);
                    if (end != null) {
                        impacts.add(impact(body.name(), end));
                    }
                } catch (RuntimeException e) {
                    // A body that cannot be flown leaves no impact; the main result stands.
                }
            }
            impacts.sort(java.util.Comparator.comparingDouble(Impact::time));
        }

        private FlightState unpack(ODEStateAndDerivative s) {
            return EquationsOfMotion.unpack(s.getTime(), s.getPrimaryState());
        }
    }

    private static double vectorNorm(double[] y) {
        return Math.sqrt(y[0] * y[0] + y[1] * y[1] + y[2] * y[2]);
    }

    /** A body that left the stack, with its state at separation. */
    private record Separated(String name, FlightState state, Body body) {
    }
}
