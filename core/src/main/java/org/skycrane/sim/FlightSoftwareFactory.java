package org.skycrane.sim;

import org.skycrane.gnc.FlightSoftware;
import org.skycrane.gnc.guidance.ApolloEntryGuidance;
import org.skycrane.gnc.guidance.BankSchedule;
import org.skycrane.gnc.guidance.EntryGuidance;
import org.skycrane.gnc.guidance.PoweredDescentGuidance;
import org.skycrane.gnc.guidance.VelocityHold;
import org.skycrane.gnc.nav.KnowledgeErrorNavigator;
import org.skycrane.gnc.nav.Navigator;
import org.skycrane.gnc.nav.PerfectNavigator;
import org.skycrane.mars.Environment;
import org.skycrane.scenario.GuidanceSpec;
import org.skycrane.scenario.Scenario;
import org.skycrane.scenario.SequenceSpec;
import org.skycrane.vehicle.Vehicle;

/** Builds the flight software a scenario describes, loaded with its guidance design. */
final class FlightSoftwareFactory {

    private FlightSoftwareFactory() {
    }

    /**
     * The flight software and the design it was loaded with (null for open-loop runs).
     *
     * @param software flight software for one flight
     * @param design   guidance design, or null
     */
    record Loaded(FlightSoftware software, GuidanceDesign design) {
    }

    /** The flight software, loaded from the nominal scenario (it knows nothing of a dispersed truth). */
    static Loaded create(Scenario scenario, Simulation.Options options) {
        Environment environment = scenario.environment();
        Vehicle vehicle = scenario.vehicle().vehicle();
        SequenceSpec s = scenario.sequence();
        var engines = vehicle.descentStage().engines();
        var pd = s.poweredDescent();
        VelocityHold hold = new VelocityHold(environment.planet(), engines, pd.velocityGain(), pd.positionGain());
        PoweredDescentGuidance poweredDescent = new PoweredDescentGuidance(environment.planet(),
                environment.site().surfaceRadius(), engines, s.skyCrane().height(), s.skyCrane().descentRate(),
                pd.plannedThrottle(), Math.toRadians(pd.maxTiltDeg()), pd.terminalTime(), hold, pd.maxDivert());
        FlightSoftware.Config config = new FlightSoftware.Config(s.guidancePeriod(), s.controlPeriod(),
                s.touchdownDetection().thrustFraction(), s.touchdownDetection().armDelay(), s.skyCrane().descentRate(),
                Math.toRadians(s.flyaway().tiltDeg()), s.flyaway().throttle(), s.flyaway().duration());
        boolean guided = !options.openLoop() && scenario.guidance().mode() == GuidanceSpec.Mode.APOLLO;
        boolean range = !options.openLoop() && Double.isNaN(options.deploySpeed())
                && s.parachuteDeploy().trigger() == SequenceSpec.DeploySpec.Kind.RANGE;
        GuidanceDesign design = !(guided || range) ? null
                : options.design() != null ? options.design() : GuidanceDesign.of(scenario);
        EntryGuidance entry = guided ? apollo(scenario, environment, vehicle, design)
                : new BankSchedule(options.bankSchedule() != null ? options.bankSchedule() : s.bankSchedule());
        return new Loaded(new FlightSoftware(config, entry, poweredDescent, hold, engines), design);
    }

    private static ApolloEntryGuidance apollo(Scenario scenario, Environment environment, Vehicle vehicle,
                                              GuidanceDesign design) {
        GuidanceSpec g = scenario.guidance();
        ApolloEntryGuidance.Settings settings = new ApolloEntryGuidance.Settings(g.overcontrolGain(),
                g.rangeControlDrag(), g.headingAlignmentSpeed(), g.headingAlignmentGain(),
                Math.toRadians(g.headingAlignmentMaxBankDeg()), g.corridorGain(), g.corridorMinimum(),
                Math.toRadians(g.lateralMarginDeg()));
        return new ApolloEntryGuidance(design.reference(), design.referenceBank(), settings,
                scenario.targetPosition(), environment.site().surfaceRadius(), vehicle.capsule().liftToDrag(), environment.planet().gm());
    }

    /** Navigation: truth, or truth plus the scenario's knowledge error. */
    static Navigator navigator(Scenario scenario) {
        var n = scenario.navigation();
        if (n.positionError().isZero() && n.velocityError().isZero()) {
            return new PerfectNavigator();
        }
        return new KnowledgeErrorNavigator(n.positionError().vector(), n.velocityError().vector());
    }
}
