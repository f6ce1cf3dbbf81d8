package org.skycrane.sim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.skycrane.dynamics.Actuation;
import org.skycrane.dynamics.EquationsOfMotion;
import org.skycrane.dynamics.FlightState;
import org.skycrane.dynamics.NumericalFailure;
import org.skycrane.flight.EdlEvent;
import org.skycrane.flight.History;
import org.skycrane.flight.Phase;
import org.skycrane.flight.Transition;
import org.skycrane.gnc.FaultProtection;
import org.skycrane.gnc.FlightSoftware;
import org.skycrane.scenario.FaultSpec;
import org.skycrane.scenario.Scenario;
import org.skycrane.vehicle.BankManeuver;
import org.skycrane.vehicle.Commands;
import org.skycrane.vehicle.Stack;

/**
 * Flies one scenario from entry interface to the descent stage's impact: the integration loop.
 *
 * <p>The flight is a sequence of arcs between flight-software ticks, with the commands of a tick held
 * (so no arc integrates across a discontinuity). On each arc the armed rows of the {@link Sequence}
 * are integrator events: the next decision of the present phase, on the onboard view, and the
 * physical events the stack allows, on the truth; each is also tested at the start of the arc, since
 * a condition that already holds never changes sign. A decision changes the phase and the flight
 * software ticks at once; a physical event changes only the vehicle, and the software learns of it
 * through what it senses at its next regular tick.
 */
public final class Simulation {

    private final Scenario scenario;
    private final Truth truth;
    private final FlightOptions options;
    private final Vision vision;

    /**
     * @param scenario the nominal scenario: the sequence, and what the flight software is loaded with
     * @param truth    the world as it is for this flight (the scenario's own, or a dispersed one)
     * @param options  how to fly
     */
    public Simulation(Scenario scenario, Truth truth, FlightOptions options) {
        this(scenario, truth, options, null);
    }

    /**
     * @param scenario the nominal scenario
     * @param truth    the world as it is for this flight
     * @param options  how to fly
     * @param vision   terrain-relative navigation's maps and camera, for {@code trn.mode: images} (else null)
     */
    public Simulation(Scenario scenario, Truth truth, FlightOptions options, Vision vision) {
        this.scenario = scenario;
        this.truth = truth;
        this.options = options;
        this.vision = vision;
    }

    /** Flies the scenario as written, with {@code vision} for image-mode terrain-relative navigation. */
    public static Result run(Scenario scenario, boolean recordTrajectory, Vision vision) {
        return new Simulation(scenario, Truth.of(scenario), FlightOptions.asWritten(recordTrajectory), vision).run();
    }

    /** Flies the scenario as written. */
    public static Result run(Scenario scenario, boolean recordTrajectory) {
        return new Simulation(scenario, Truth.of(scenario), FlightOptions.asWritten(recordTrajectory)).run();
    }

    /** Flies once. Each call is independent; the object holds no state between runs. */
    public Result run() {
        FlightSoftwareFactory.Loaded loaded;
        try {
            loaded = FlightSoftwareFactory.create(scenario, options);
        } catch (GuidanceDesign.DesignException e) {
            return new Result(scenario.name(), Outcome.GUIDANCE_DESIGN_FAILURE, e.getMessage(), Timeline.empty(),
                    Peaks.NONE, null, List.of(), List.of(), Result.Target.of(scenario), Recontact.NONE, List.of(),
                    List.of(), List.of(), null);
        }
        return new Flight(loaded).fly();
    }

    /** One run's bookkeeping; confined to the thread that calls {@link #run()}. */
    private final class Flight {

        private final FlightSoftware fsw;
        private final Sequence sequence;
        private final World world;
        private final Journal journal;
        private final Set<Transition> fired = new HashSet<>();
        private final FaultInjection faults;
        private Phase phase = Phase.ENTRY;
        private History history = History.empty();
        private Commands commands = Commands.NONE;
        private BankManeuver bank = BankManeuver.hold(0.0, 0.0);
        private Outcome outcome;
        private String reason;

        Flight(FlightSoftwareFactory.Loaded loaded) {
            fsw = loaded.software();
            sequence = loaded.sequence();
            world = new World(truth, truth.navigation(scenario), truth.avionics(scenario));
            journal = new Journal(world, fsw, scenario, options.recordTrajectory(), () -> phase, () -> commands);
            faults = new FaultInjection(options.openLoop() ? List.of() : truth.faults(scenario));
            if (world.avionics() != null) {
                world.avionics().keepRecord(options.recordNavigation());
            }
            // open-loop reference runs (the guidance design) fly without terrain-relative navigation
            if (scenario.trn().enabled() && world.avionics() != null && !options.openLoop()) {
                long seed = truth.sensorSeed() != null ? truth.sensorSeed() : scenario.navigation().filter().seed();
                world.avionics().attach(new TerrainNavigation(scenario.trn(), world.environment().terrain(), vision,
                        world.avionics().filter(), fsw, seed, scenario.mission().entryInterface(),
                        scenario.sequence().backshellSeparation().height()));
            }
        }

        Result fly() {
            journal.record(EdlEvent.ENTRY_INTERFACE, phase, null);
            journal.recorder().observe(world.state());
            Arc arc = new Arc(scenario.simulation().integrator(), scenario.simulation().relativeTolerance(),
                    journal.recorder());
            double maxTime = scenario.simulation().maxTime();
            double nextTick = 0;
            boolean decided = true;
            try {
                while (outcome == null) {
                    FlightState state = world.state();
                    double t = state.time();
                    if (t >= maxTime - 1e-9) {
                        outcome = Outcome.TIMEOUT;
                        reason = "no landing within " + maxTime + " s";
                        break;
                    }
                    if (decided || t >= nextTick - 1e-9) {
                        tick(state);
                        double period = fsw.period(phase);
                        nextTick = (Math.floor(t / period + 1e-9) + 1) * period;
                        decided = false;
                    }
                    Transition armed = sequence.armed(phase, fired);
                    if (armed != null && armed.trigger().g(journal.onboard(state), history) <= 0) {
                        decide(armed);
                        decided = true;
                        continue;
                    }
                    PhysicalEvent now = holding(state);
                    if (now != null) {
                        happen(now);
                        continue;
                    }
                    Arc.End end = arc.fly(world.dynamics(), state, Math.min(nextTick, maxTime),
                            !journal.inflating(t), watches(armed));
                    world.moveTo(end.state());
                    if (end.fired() instanceof Transition t2) {
                        decide(t2);
                        decided = true;
                    } else if (end.fired() instanceof PhysicalEvent p) {
                        happen(p);
                    } else if (end.fired() == GROUND_CONTACT) {
                        outcome = Outcome.CRASHED;
                        reason = world.crash(phase.name());
                        world.stageImpact();
                    }
                }
            } catch (NumericalFailure | MathIllegalStateException e) {
                outcome = Outcome.NUMERICAL_FAILURE;
                reason = String.format(Locale.ROOT, "at t = %.3f s in %s: %s", world.state().time(), phase,
                        e.getMessage());
            } finally {
                if (world.avionics() != null) {
                    world.avionics().closeTrn();
                }
            }
            return journal.result(outcome, reason);
        }

        /** One flight-software tick: the commands, and the attitude system's response to them. */
        private void tick(FlightState state) {
            inject(state.time());
            int reversals = fsw.entryGuidance().reversals();
            fsw.senseEngines(world.chamberPressures(state));
            commands = fsw.update(phase, history, world.navigate(state, true));
            if (world.avionics() != null) {
                for (Avionics.Notice n : world.avionics().takeNotices()) {
                    journal.record(n.event(), phase, n.label());
                    if (n.event() == EdlEvent.RADAR_LOCK) { // the radar's lock is the flight software's to know
                        history = history.with(n.event(), state.time());
                    }
                }
            }
            for (FaultProtection.Notice n : fsw.takeNotices()) {
                journal.record(n.event(), phase, n.label());
            }
            for (int i = reversals; i < fsw.entryGuidance().reversals(); i++) {
                journal.record(EdlEvent.BANK_REVERSAL, phase, null);
            }
            double t = state.time();
            var limits = scenario.guidance();
            bank = BankManeuver.toward(t, bank.angle(t), bank.rate(t), commands.bankAngle(),
                    Math.toRadians(limits.maxBankRateDeg()), Math.toRadians(limits.maxBankAccelerationDeg()));
            world.actuate(new Actuation(bank, commands.thrust(), commands.enginesOff()));
        }

        private void decide(Transition t) {
            String label = t.trigger().label(journal.onboard(world.state()), history);
            fired.add(t);
            phase = t.to();
            history = history.with(t.event(), world.state().time());
            world.apply(t.effect());
            journal.record(t.event(), phase, label);
        }

        /** Breaks the hardware of the faults due now. */
        private void inject(double t) {
            for (FaultSpec f : faults.due(t, journal.timeline())) {
                switch (f.kind()) {
                    case "engine_out" -> world.failEngine(f.engine());
                    case "parachute_failure" -> world.failParachute();
                    default -> {
                        if (world.avionics() != null) {
                            world.avionics().inject(f);
                        }
                    }
                }
            }
        }

        private void happen(PhysicalEvent p) {
            world.apply(p.effect());
            journal.record(p.event(), phase, null);
            inject(world.state().time());
            Touchdown td = world.touchdown();
            if (p.event() == EdlEvent.TOUCHDOWN && td != null && td.verticalSpeed() > Touchdown.CRASH_SPEED) {
                outcome = Outcome.CRASHED;
                reason = String.format(Locale.ROOT, "the rover hit the ground at %.1f m/s in %s (a crash above %.0f "
                        + "m/s)", td.verticalSpeed(), phase, Touchdown.CRASH_SPEED);
                world.stageImpact();
                return;
            }
            if (p.event() == EdlEvent.DESCENT_STAGE_IMPACT) {
                world.stageImpact();
                outcome = world.touchdown() != null ? Outcome.LANDED : Outcome.CRASHED;
                reason = world.touchdown() != null ? null : world.mishap();
            }
        }

        private PhysicalEvent holding(FlightState state) {
            for (PhysicalEvent p : sequence.armed(phase, world.stack())) {
                if (p.trigger().g(world.conditions(state, false), world.stack()) <= 0) {
                    return p;
                }
            }
            return null;
        }

        private List<Arc.Watch> watches(Transition armed) {
            List<Arc.Watch> watches = new ArrayList<>(journal.peakWatches(phase));
            if (armed != null) {
                watches.add(new Arc.Watch(s -> armed.trigger().g(journal.onboard(unpack(s)), history), true, armed,
                        s -> { }));
            }
            Stack stack = world.stack();
            for (PhysicalEvent p : sequence.armed(phase, stack)) {
                watches.add(new Arc.Watch(s -> p.trigger().g(world.conditions(unpack(s), false), stack), true, p,
                        s -> { }));
            }
            if (stack.rover() != Stack.Rover.RELEASED) {
                watches.add(new Arc.Watch(s -> world.environment().heightAboveGround(unpack(s).position()), true,
                        GROUND_CONTACT, s -> { }));
            }
            return watches;
        }
    }

    /** The tag of the ground-contact watch: the flying stack reached the ground before the rover was released. */
    private static final Object GROUND_CONTACT = new Object();

    private static FlightState unpack(ODEStateAndDerivative s) {
        return EquationsOfMotion.unpack(s.getTime(), s.getPrimaryState());
    }
}
