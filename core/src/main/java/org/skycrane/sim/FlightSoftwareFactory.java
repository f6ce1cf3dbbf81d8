package org.skycrane.sim;

import java.util.EnumMap;
import java.util.Map;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.flight.EdlEvent;
import org.skycrane.flight.Transition;
import org.skycrane.flight.Trigger;
import org.skycrane.gnc.FaultProtection;
import org.skycrane.gnc.FlightSoftware;
import org.skycrane.gnc.MassModel;
import org.skycrane.gnc.OnboardModels;
import org.skycrane.gnc.SkyCrane;
import org.skycrane.gnc.guidance.ApolloEntryGuidance;
import org.skycrane.gnc.guidance.BackshellAvoidance;
import org.skycrane.gnc.guidance.BankSchedule;
import org.skycrane.gnc.guidance.EntryGuidance;
import org.skycrane.gnc.guidance.PoweredApproach;
import org.skycrane.gnc.guidance.RangeTrigger;
import org.skycrane.gnc.guidance.TerminalDescent;
import org.skycrane.gnc.guidance.VelocityHold;
import org.skycrane.mars.Environment;
import org.skycrane.scenario.GuidanceSpec;
import org.skycrane.scenario.Scenario;
import org.skycrane.scenario.SequenceSpec;
import org.skycrane.vehicle.EngineLayout;
import org.skycrane.vehicle.Stack;
import org.skycrane.vehicle.Vehicle;

/**
 * Loads the flight software a scenario describes, from the nominal scenario only (it knows nothing
 * of a dispersed truth): its onboard models, mass model, guidance design and the sequence it flies.
 */
final class FlightSoftwareFactory {

    private FlightSoftwareFactory() {
    }

    /**
     * The flight software, its sequence and the design it was loaded with (null for open-loop runs).
     *
     * @param software flight software for one flight
     * @param sequence the sequence it flies
     * @param design   guidance design, or null
     */
    record Loaded(FlightSoftware software, Sequence sequence, GuidanceDesign design) {
    }

    /** The flight software for one flight of {@code scenario}, flown as {@code options} say. */
    static Loaded create(Scenario scenario, FlightOptions options) {
        Environment environment = scenario.environment();
        Vehicle vehicle = scenario.vehicle().vehicle();
        SequenceSpec s = scenario.sequence();
        var engines = vehicle.descentStage().engines();
        var pd = s.poweredDescent();
        VelocityHold hold = new VelocityHold(environment.planet(), engines, pd.velocityGain(), pd.positionGain());
        double ground = environment.site().surfaceRadius();
        PoweredApproach approach = new PoweredApproach(environment.planet(), ground, engines,
                s.constantVelocityHeight(), s.constantVelocity().speed(), Math.toRadians(pd.maxTiltDeg()),
                pd.terminalTime(), hold);
        TerminalDescent terminal = new TerminalDescent(hold, ground, s.constantVelocity().speed(),
                s.constantDeceleration().deceleration(), s.skyCrane().descentRate(), s.skyCrane().height());
        var td = s.touchdownDetection();
        SkyCrane skyCrane = new SkyCrane(new SkyCrane.Settings(s.skyCrane().descentRate(), td.thrustFraction(),
                td.armDelay(), td.persistence(), td.massFilterGain()), hold);
        BackshellAvoidance avoidance = new BackshellAvoidance(environment.planet(), environment.atmosphere(),
                environment.site().areoidRadius(), ground, vehicle.backshell().mass() + vehicle.parachute().mass(),
                vehicle.backshell().dragArea(), pd.backshellClearance());
        FlightSoftware.Config config = new FlightSoftware.Config(s.guidancePeriod(), s.controlPeriod(),
                Math.toRadians(s.flyaway().tiltDeg()), s.flyaway().throttle(), s.flyaway().duration(),
                options.divert() ? scenario.targetPosition() : null, pd.maxDivert(),
                vehicle.capsule().rcsPropellantRate());
        OnboardModels models = new OnboardModels(environment.atmosphere(), environment.site().areoidRadius(), ground);

        boolean guided = !options.openLoop() && scenario.guidance().mode() == GuidanceSpec.Mode.APOLLO;
        boolean range = Double.isNaN(options.deploySpeed()) && s.parachuteDeploy().onRange();
        GuidanceDesign design = !(guided || range) ? null
                : options.design() != null ? options.design() : GuidanceDesign.of(scenario);
        EntryGuidance entry = guided ? apollo(scenario, environment, vehicle, design)
                : new BankSchedule(options.bankSchedule() != null ? options.bankSchedule() : s.bankSchedule());
        Trigger deploy = deployTrigger(s.parachuteDeploy(), options, design, scenario.targetPosition(),
                environment.site().surfaceRadius());

        Sequence sequence = Sequence.of(scenario, skyCrane.touchdownDetected(), deploy);
        FlightSoftware software = new FlightSoftware(config, models, massModel(vehicle, sequence), entry,
                new FlightSoftware.PoweredFlight(avoidance, approach, terminal, skyCrane), engines,
                faultProtection(scenario, environment, vehicle));
        return new Loaded(software, sequence, design);
    }

    /**
     * The parachute deploy trigger: the one place the deploy kind is decided. A velocity override in
     * the options (open-loop design runs) wins over the scenario's trigger.
     */
    static Trigger deployTrigger(SequenceSpec.DeploySpec d, FlightOptions options, GuidanceDesign design,
                                 Vector3D target, double radius) {
        if (!Double.isNaN(options.deploySpeed())) {
            return Trigger.speedBelow(options.deploySpeed()).named("VELOCITY");
        }
        return switch (d.trigger()) {
            case VELOCITY -> Trigger.speedBelow(d.speed()).named("VELOCITY");
            case MACH -> Trigger.machBelow(d.mach()).named("MACH");
            case RANGE -> Trigger.firstOf(new RangeTrigger(target, radius, design.chuteDistance(), d.boxMach(),
                    d.boxDynamicPressure()), Trigger.firstOf(Trigger.speedBelow(d.backupSpeed()),
                    Trigger.heightBelow(d.backupHeight())).named("BACKUP"));
            case NONE -> Trigger.never();
        };
    }

    /**
     * The fault protection loaded with the nominal vehicle. Thresholds ASSUMED (docs/faults.md): the
     * inflation load within 3 s of line stretch at twice the deceleration at mortar fire (a Mars 2020
     * canopy gives ten times); thrust short below 95 % of the commanded acceleration for 3 ticks (one
     * engine of eight gives 87.5 % plus the drag's few percent; a 1 % sigma thrust dispersion stays
     * above 97 % at 3 sigma); net torque at most
     * 1 % of one engine's full thrust at its lever arm.
     */
    private static FaultProtection faultProtection(Scenario scenario, Environment environment, Vehicle vehicle) {
        var engines = vehicle.descentStage().engines();
        EngineLayout layout = scenario.vehicle().descentStage().engines().engineLayout();
        double gravity = environment.planet().gm() / Math.pow(environment.site().surfaceRadius(), 2);
        double bound = layout == null ? 0 : 0.01 * engines.maxThrust() * layout.lever(engines.cantAngle());
        return new FaultProtection(new FaultProtection.Settings(vehicle.parachute().lineStretchDelay(), 3.0, 2.0,
                gravity, 0.95, 3, bound), engines, layout);
    }

    /** The nominal mass each decision leaves behind: its effect applied to the nominal stack. */
    private static MassModel massModel(Vehicle vehicle, Sequence sequence) {
        Map<EdlEvent, Double> jettisoned = new EnumMap<>(EdlEvent.class);
        Stack stack = Stack.atEntry(vehicle);
        for (Transition t : sequence.decisions()) {
            Stack next = t.effect().apply(stack, 0.0, 0.0);
            double dropped = stack.dryMass(vehicle) - next.dryMass(vehicle);
            if (dropped > 0) {
                jettisoned.put(t.event(), dropped);
            }
            stack = next;
        }
        return new MassModel(vehicle.entryMass(), jettisoned);
    }

    private static ApolloEntryGuidance apollo(Scenario scenario, Environment environment, Vehicle vehicle,
                                              GuidanceDesign design) {
        GuidanceSpec g = scenario.guidance();
        ApolloEntryGuidance.Settings settings = new ApolloEntryGuidance.Settings(g.overcontrolGain(),
                g.rangeControlDrag(), g.headingAlignmentSpeed(), g.headingAlignmentGain(),
                Math.toRadians(g.headingAlignmentMaxBankDeg()), g.corridorGain(), g.corridorMinimum(),
                Math.toRadians(g.lateralMarginDeg()));
        return new ApolloEntryGuidance(design.reference(), design.referenceBank(), settings,
                scenario.targetPosition(), environment.site().surfaceRadius(), vehicle.capsule().liftToDrag(),
                environment.planet().gm());
    }
}
