package org.skycrane.sim;

import static org.skycrane.flight.EdlEvent.BACKSHELL_SEPARATION;
import static org.skycrane.flight.EdlEvent.BALANCE_MASS_JETTISON;
import static org.skycrane.flight.EdlEvent.BRIDLE_CUT;
import static org.skycrane.flight.EdlEvent.DESCENT_STAGE_IMPACT;
import static org.skycrane.flight.EdlEvent.FLYAWAY;
import static org.skycrane.flight.EdlEvent.HEAT_SHIELD_SEPARATION;
import static org.skycrane.flight.EdlEvent.PARACHUTE_DEPLOY;
import static org.skycrane.flight.EdlEvent.POWERED_DESCENT_START;
import static org.skycrane.flight.EdlEvent.SKY_CRANE_START;
import static org.skycrane.flight.EdlEvent.TOUCHDOWN;
import static org.skycrane.flight.Phase.ENTRY;
import static org.skycrane.flight.Phase.LANDED;
import static org.skycrane.flight.Phase.PARACHUTE_DESCENT;
import static org.skycrane.flight.Phase.POWERED_DESCENT;
import static org.skycrane.flight.Phase.SKY_CRANE;
import static org.skycrane.flight.Transition.Basis.NAVIGATED;
import static org.skycrane.flight.Transition.Basis.TRUTH;
import static org.skycrane.flight.Trigger.heightBelow;
import static org.skycrane.flight.Trigger.secondsAfter;
import static org.skycrane.flight.Trigger.speedBelow;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.dynamics.FlightConditions;
import org.skycrane.mars.Geodesy;
import org.skycrane.flight.Phase;
import org.skycrane.flight.Transition;
import org.skycrane.flight.Trigger;
import org.skycrane.gnc.FlightSoftware;
import org.skycrane.scenario.Scenario;
import org.skycrane.scenario.SequenceSpec;
import org.skycrane.vehicle.Vehicle;

/** The EDL sequence of a scenario, as a table of transitions in flight order. */
final class Sequence {

    private Sequence() {
    }

    /**
     * @param roverHeight height of the rover's wheels above ground while it hangs below the stage (m)
     */
    static List<Transition> of(Scenario scenario, Vehicle vehicle, FlightSoftware fsw,
                               ToDoubleFunction<FlightConditions> roverHeight, GuidanceDesign design,
                               Vector3D target, double radius, Simulation.Options options) {
        SequenceSpec s = scenario.sequence();
        Trigger deploy = Double.isNaN(options.deploySpeed())
                ? deploy(s.parachuteDeploy(), design, target, radius)
                : speedBelow(options.deploySpeed()).named("VELOCITY");
        return List.of(
            new Transition(ENTRY, BALANCE_MASS_JETTISON, speedBelow(s.balanceMassJettison().speed()),
                    NAVIGATED, ENTRY),
            new Transition(ENTRY, PARACHUTE_DEPLOY, deploy, NAVIGATED, PARACHUTE_DESCENT),
            new Transition(PARACHUTE_DESCENT, HEAT_SHIELD_SEPARATION,
                    secondsAfter(PARACHUTE_DEPLOY, s.heatShieldSeparation().delay()), NAVIGATED, PARACHUTE_DESCENT),
            new Transition(PARACHUTE_DESCENT, BACKSHELL_SEPARATION, heightBelow(s.backshellSeparation().height()),
                    NAVIGATED, POWERED_DESCENT),
            new Transition(POWERED_DESCENT, POWERED_DESCENT_START,
                    secondsAfter(BACKSHELL_SEPARATION, s.poweredDescent().freeFall()), NAVIGATED, POWERED_DESCENT),
            new Transition(POWERED_DESCENT, SKY_CRANE_START, heightBelow(s.skyCrane().height()), NAVIGATED, SKY_CRANE),
            new Transition(SKY_CRANE, TOUCHDOWN, (c, p) -> roverHeight.applyAsDouble(c), TRUTH, LANDED),
            new Transition(LANDED, BRIDLE_CUT, touchdownDetected(fsw, s.touchdownDetection().persistence()),
                    NAVIGATED, LANDED),
            new Transition(LANDED, FLYAWAY, secondsAfter(BRIDLE_CUT, s.flyaway().delay()), NAVIGATED,
                    Phase.FLYAWAY),
            new Transition(Phase.FLYAWAY, DESCENT_STAGE_IMPACT, (c, p) -> c.heightAboveGround(), TRUTH,
                    Phase.FLYAWAY));
    }

    private static Trigger deploy(SequenceSpec.DeploySpec d, GuidanceDesign design, Vector3D target, double radius) {
        return switch (d.trigger()) {
            case VELOCITY -> speedBelow(d.speed()).named("VELOCITY");
            case MACH -> Trigger.machBelow(d.mach()).named("MACH");
            case RANGE -> Trigger.firstOf(range(d, design, target, radius),
                    Trigger.firstOf(speedBelow(d.backupSpeed()), heightBelow(d.backupHeight())).named("BACKUP"));
            case NONE -> Trigger.never();
        };
    }

    /**
     * Mars 2020's range trigger (Way 2011; ALGORITHMS.md §2.1): deploy when the navigated downrange
     * distance to the target falls to the distance the vehicle is predicted to fly from deploy to
     * touchdown at the present speed, but only inside the deploy box (Mach and dynamic pressure at or
     * below their limits). g is the largest of the three margins, scaled to metres, so it falls
     * through zero only when all three hold.
     */
    private static Trigger range(SequenceSpec.DeploySpec d, GuidanceDesign design, Vector3D target, double radius) {
        return Trigger.named((c, p) -> {
            double downrange = Geodesy.downrangeCrossrange(c.position(), c.heading(), target, radius)[0];
            double margin = downrange - design.chuteDistance().value(c.speed());
            double mach = (c.mach() - d.maxMach()) * 10000.0;
            double q = (c.dynamicPressure() - d.maxDynamicPressure()) * 100.0;
            return Math.max(margin, Math.max(mach, q));
        }, "RANGE");
    }

    /**
     * The flight software's touchdown detection: commanded thrust has stayed below its threshold for
     * {@code persistence} seconds. Counts down linearly from the moment thrust went low, so the
     * crossing is located inside an arc.
     */
    private static Trigger touchdownDetected(FlightSoftware fsw, double persistence) {
        return (c, p) -> {
            double since = fsw.lowThrustSince();
            return Double.isNaN(since) ? persistence : since + persistence - c.time();
        };
    }
}
