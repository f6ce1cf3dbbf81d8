package org.skycrane.sim;

import static org.skycrane.flight.EdlEvent.BACKSHELL_SEPARATION;
import static org.skycrane.flight.EdlEvent.BALANCE_MASS_JETTISON;
import static org.skycrane.flight.EdlEvent.BRIDLE_CUT;
import static org.skycrane.flight.EdlEvent.CONSTANT_DECELERATION_START;
import static org.skycrane.flight.EdlEvent.CONSTANT_VELOCITY_START;
import static org.skycrane.flight.EdlEvent.DESCENT_STAGE_IMPACT;
import static org.skycrane.flight.EdlEvent.FLYAWAY;
import static org.skycrane.flight.EdlEvent.HEAT_SHIELD_SEPARATION;
import static org.skycrane.flight.EdlEvent.LINE_STRETCH;
import static org.skycrane.flight.EdlEvent.PARACHUTE_DEPLOY;
import static org.skycrane.flight.EdlEvent.POWERED_DESCENT_START;
import static org.skycrane.flight.EdlEvent.RADAR_LOCK;
import static org.skycrane.flight.EdlEvent.SKY_CRANE_START;
import static org.skycrane.flight.EdlEvent.SUFR_START;
import static org.skycrane.flight.EdlEvent.TOUCHDOWN;
import static org.skycrane.flight.Phase.CONSTANT_DECELERATION;
import static org.skycrane.flight.Phase.CONSTANT_VELOCITY;
import static org.skycrane.flight.Phase.ENTRY;
import static org.skycrane.flight.Phase.FREE_FALL;
import static org.skycrane.flight.Phase.PARACHUTE_DESCENT;
import static org.skycrane.flight.Phase.POWERED_APPROACH;
import static org.skycrane.flight.Phase.SKY_CRANE;
import static org.skycrane.flight.Phase.SUFR;
import static org.skycrane.flight.Trigger.heightBelow;
import static org.skycrane.flight.Trigger.secondsAfter;
import static org.skycrane.flight.Trigger.speedBelow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.skycrane.flight.Phase;
import org.skycrane.flight.Transition;
import org.skycrane.flight.Trigger;
import org.skycrane.scenario.Scenario;
import org.skycrane.scenario.SequenceSpec;
import org.skycrane.vehicle.Effect;
import org.skycrane.vehicle.Stack;
import org.skycrane.vehicle.Vehicle;

/**
 * The EDL sequence of a scenario as one table, in flight order: the flight software's decisions
 * (navigated triggers that change the phase) and the physical events (truth triggers that change
 * only the vehicle). Adding an event is adding a row and its effect.
 *
 * @param decisions the flight software's transitions
 * @param physical  the physical events
 */
public record Sequence(List<Transition> decisions, List<PhysicalEvent> physical) {

    /**
     * @param scenario the nominal scenario (thresholds, and the vehicle the effects act on)
     * @param touchdownDetected the sky crane's touchdown detection
     * @param deploy            the parachute deploy trigger
     */
    static Sequence of(Scenario scenario, Trigger touchdownDetected, Trigger deploy) {
        SequenceSpec s = scenario.sequence();
        Vehicle vehicle = scenario.vehicle().vehicle();
        var sufr = s.straightenUp();
        var jettison = s.balanceMassJettison();
        List<Transition> decisions = new ArrayList<>();
        decisions.add(new Transition(ENTRY, SUFR_START, speedBelow(sufr.speed()), Effect.NONE, SUFR));
        int total = vehicle.balanceMassCount();
        for (int left = total, k = 0; left > 0; left -= jettison.countPerJettison(), k++) {
            decisions.add(new Transition(SUFR, BALANCE_MASS_JETTISON,
                    secondsAfter(SUFR_START, jettison.afterStraightenUp() + k * jettison.interval()),
                    Effect.jettisonBalanceMasses(Math.min(left, jettison.countPerJettison()), total), SUFR));
        }
        decisions.addAll(List.of(
            new Transition(SUFR, PARACHUTE_DEPLOY, Trigger.allOf(deploy, secondsAfter(SUFR_START, sufr.duration())),
                    Effect.fireMortar(), PARACHUTE_DESCENT),
            new Transition(PARACHUTE_DESCENT, HEAT_SHIELD_SEPARATION,
                    secondsAfter(PARACHUTE_DEPLOY, s.heatShieldSeparation().delay()), Effect.separateHeatShield(),
                    PARACHUTE_DESCENT),
            new Transition(PARACHUTE_DESCENT, BACKSHELL_SEPARATION, backshellSeparation(scenario),
                    Effect.separateBackshell(), FREE_FALL),
            new Transition(FREE_FALL, POWERED_DESCENT_START,
                    secondsAfter(BACKSHELL_SEPARATION, s.poweredDescent().freeFall()), Effect.NONE, POWERED_APPROACH),
            new Transition(POWERED_APPROACH, CONSTANT_VELOCITY_START, heightBelow(s.constantVelocityHeight()),
                    Effect.NONE, CONSTANT_VELOCITY),
            new Transition(CONSTANT_VELOCITY, CONSTANT_DECELERATION_START, heightBelow(s.constantDecelerationHeight()),
                    Effect.NONE, CONSTANT_DECELERATION),
            new Transition(CONSTANT_DECELERATION, SKY_CRANE_START, Trigger.firstOf(heightBelow(s.skyCrane().height()),
                    speedBelow(s.skyCrane().descentRate())), Effect.lowerRover(vehicle.bridles()), SKY_CRANE),
            new Transition(SKY_CRANE, BRIDLE_CUT, touchdownDetected, Effect.cutBridles(), SKY_CRANE),
            new Transition(SKY_CRANE, FLYAWAY, secondsAfter(BRIDLE_CUT, s.flyaway().delay()), Effect.NONE,
                    Phase.FLYAWAY)));
        var bridles = vehicle.bridles();
        var parachute = vehicle.parachute();
        List<PhysicalEvent> physical = List.of(
            new PhysicalEvent(LINE_STRETCH, PARACHUTE_DEPLOY, (phase, stack) -> stack.canopy() != null
                    && !stack.canopy().isStretched(), String.format(Locale.ROOT, "%.1f s after mortar fire",
                    parachute.lineStretchDelay()), (c, stack) -> stack.canopy().mortarFire()
                    + parachute.lineStretchDelay() - c.time(), Effect.stretchLines(parachute)),
            new PhysicalEvent(TOUCHDOWN, SKY_CRANE_START, (phase, stack) -> stack.rover() == Stack.Rover.HANGING,
                    "rover's wheels reach the ground",
                    (c, stack) -> c.heightAboveGround() - stack.payout(bridles, c.time()), Effect.roverOnGround()),
            new PhysicalEvent(DESCENT_STAGE_IMPACT, FLYAWAY, (phase, stack) -> stack.rover() == Stack.Rover.RELEASED,
                    "descent stage reaches the ground", (c, stack) -> c.heightAboveGround(), Effect.NONE));
        return new Sequence(List.copyOf(decisions), physical);
    }

    /**
     * Backshell separation at its navigated height; a flight that navigates with the radar waits for the
     * radar to have locked on the ground, since before that the height is the IMU's alone, kilometres
     * uncertain after entry. Without a lock the backshell stays on (no backup, ASSUMED): powered descent
     * cannot fly without the radar.
     */
    private static Trigger backshellSeparation(Scenario scenario) {
        Trigger height = heightBelow(scenario.sequence().backshellSeparation().height());
        return scenario.navigation().filter() == null ? height : Trigger.allOf(height, Trigger.once(RADAR_LOCK));
    }

    /** The sequence of a scenario as the flight software is loaded with it. */
    public static Sequence of(Scenario scenario) {
        return FlightSoftwareFactory.create(scenario, FlightOptions.asWritten(false)).sequence();
    }

    /** The decision armed in {@code phase} once {@code fired} earlier decisions have fired, or null. */
    Transition armed(Phase phase, Set<Transition> fired) {
        for (Transition t : decisions) {
            if (t.from() == phase && !fired.contains(t)) {
                return t;
            }
        }
        return null;
    }

    /** The physical events that can happen in {@code phase} with {@code stack}. */
    List<PhysicalEvent> armed(Phase phase, Stack stack) {
        List<PhysicalEvent> armed = new ArrayList<>(1);
        for (PhysicalEvent p : physical) {
            if (p.armed().test(phase, stack)) {
                armed.add(p);
            }
        }
        return armed;
    }

    /** The sequence as a plain-text table: one row per event, in flight order. */
    public String table() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"from", "event", "trigger", "basis", "effect", "to"});
        for (Transition t : decisions) {
            rows.add(new String[] {t.from().name(), t.event().name(), t.trigger().describe(), "navigated",
                t.effect().describe(), t.to().name()});
            for (PhysicalEvent p : physical) {
                if (p.after() == t.event()) {
                    rows.add(new String[] {t.to().name(), p.event().name(), p.when(), "truth", p.effect().describe(),
                        "(same)"});
                }
            }
        }
        rows.add(new String[] {"(any)", "(ground contact)", "stack reaches the ground before the rover's release",
            "truth", "flight ends: CRASHED", "-"});
        int[] width = new int[6];
        for (String[] row : rows) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < width.length; i++) {
                out.append(String.format(Locale.ROOT, i == width.length - 1 ? "%s" : "%-" + width[i] + "s  ", row[i]));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
