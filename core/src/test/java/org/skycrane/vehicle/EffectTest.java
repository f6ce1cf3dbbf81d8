package org.skycrane.vehicle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.skycrane.io.ScenarioReader;

/**
 * Each event's effect on the vehicle stack, stack in and stack out; the masses are the Mars 2020
 * preset's, and the expected mass changes are the parts' own masses (closed form: what leaves is
 * exactly what the stack stops carrying).
 */
class EffectTest {

    private static final Vehicle VEHICLE = ScenarioReader.read("mars2020").vehicle().vehicle();
    private static final Stack ENTRY = Stack.atEntry(VEHICLE);

    @Test
    void atEntryEverythingIsOnBoard() {
        assertEquals(VEHICLE.balanceMassCount(), ENTRY.balanceMasses());
        assertEquals(1.0, ENTRY.liftFraction());
        assertTrue(ENTRY.heatShield() && ENTRY.backshell() && ENTRY.carriesRover());
        assertNull(ENTRY.canopy());
        assertEquals(VEHICLE.entryMass() - VEHICLE.descentStage().propellant(), ENTRY.dryMass(VEHICLE), 1e-9,
                "dry mass at entry (kg): entry mass less propellant");
    }

    /** A pair of the six: a third of their offset, and so of the trim lift, goes with it. */
    @Test
    void jettisoningAPairDropsItsMassAndAThirdOfTheLift() {
        Stack after = Effect.jettisonBalanceMasses(2, 6).apply(ENTRY, 226.0, 485.0);
        assertEquals(4, after.balanceMasses());
        assertEquals(4.0 / 6.0, after.liftFraction(), 1e-15, "lift left in proportion to the masses left");
        assertEquals(2 * VEHICLE.balanceMass().mass(), ENTRY.dryMass(VEHICLE) - after.dryMass(VEHICLE), 1e-9,
                "mass jettisoned (kg)");
        Stack last = Effect.jettisonBalanceMasses(2, 6).apply(Effect.jettisonBalanceMasses(2, 6).apply(after, 228.0,
                478.0), 230.0, 471.0);
        assertEquals(0, last.balanceMasses());
        assertEquals(0.0, last.liftFraction(), "ballistic after the last pair");
        assertEquals(ENTRY.withBalanceMasses(0, 0.0), last, "nothing else changes");
    }

    @Test
    void mortarFireDeploysTheCanopyWhichPullsOnlyAfterLineStretch() {
        Parachute chute = VEHICLE.parachute();
        Stack fired = Effect.fireMortar().apply(ENTRY, 240.0, 420.0);
        assertEquals(240.0, fired.canopy().mortarFire());
        assertFalse(fired.canopy().isStretched(), "lines not yet stretched at mortar fire");
        assertEquals(ENTRY.dryMass(VEHICLE), fired.dryMass(VEHICLE), "the parachute stays on board");
        Stack stretched = Effect.stretchLines(chute).apply(fired, 241.0, 410.0);
        assertEquals(241.0, stretched.canopy().lineStretch());
        assertEquals(chute.fillConstant() * chute.diameter() / 410.0, stretched.canopy().fillTime(), 1e-12,
                "fill time n D0 / V at the airspeed of line stretch (s)");
    }

    @Test
    void heatShieldSeparationDropsTheHeatShieldOnly() {
        Stack after = Effect.separateHeatShield().apply(ENTRY, 260.0, 150.0);
        assertFalse(after.heatShield());
        assertEquals(VEHICLE.heatShield().mass(), ENTRY.dryMass(VEHICLE) - after.dryMass(VEHICLE), 1e-9);
    }

    @Test
    void backshellSeparationTakesTheParachuteWithIt() {
        Stack chute = Effect.fireMortar().apply(ENTRY, 240.0, 420.0);
        Stack after = Effect.separateBackshell().apply(chute, 344.0, 80.0);
        assertFalse(after.backshell());
        assertNull(after.canopy(), "the canopy leaves with the backshell");
        assertEquals(VEHICLE.backshell().mass() + VEHICLE.parachute().mass(),
                chute.dryMass(VEHICLE) - after.dryMass(VEHICLE), 1e-9);
    }

    @Test
    void loweringTheRoverStartsThePayoutAfterTheRappelDelayAndKeepsItsWeight() {
        Bridles b = VEHICLE.bridles();
        Stack after = Effect.lowerRover(b).apply(ENTRY, 383.0, 0.9);
        assertEquals(Stack.Rover.HANGING, after.rover());
        double start = 383.0 + b.rappelDelay();
        assertEquals(start, after.payoutStart(), "payout starts after the rappel delay (s)");
        assertEquals(ENTRY.dryMass(VEHICLE), after.dryMass(VEHICLE), "the stage still carries the rover");
        assertEquals(0.0, after.payout(b, start - 1e-3));
        assertEquals(b.payoutSpeed() * 2.0, after.payout(b, start + 2.0), 1e-12, "payout after 2 s (m)");
        assertEquals(b.length(), after.payout(b, start + b.rappelDuration()), 1e-12, "fully out after the rappel (m)");
        assertEquals(0.0, after.payoutRate(b, start + b.rappelDuration() + 1), "no payout once out");
    }

    @Test
    void theWheelsOnTheGroundTakeTheRoverOutOfTheFlyingMass() {
        Stack hanging = Effect.lowerRover(VEHICLE.bridles()).apply(ENTRY, 383.0, 0.9);
        Stack after = Effect.roverOnGround().apply(hanging, 401.0, 0.75);
        assertEquals(Stack.Rover.ON_GROUND, after.rover());
        assertEquals(VEHICLE.roverMass(), hanging.dryMass(VEHICLE) - after.dryMass(VEHICLE), 1e-9);
        assertEquals(hanging.payoutStart(), after.payoutStart(), "the bridles stay attached");
    }

    @Test
    void cuttingTheBridlesReleasesTheRover() {
        Stack ground = Effect.roverOnGround().apply(Effect.lowerRover(VEHICLE.bridles()).apply(ENTRY, 383.0, 0.9), 401.0, 0.75);
        Stack after = Effect.cutBridles().apply(ground, 403.0, 0.7);
        assertEquals(Stack.Rover.RELEASED, after.rover());
        assertEquals(ground.dryMass(VEHICLE), after.dryMass(VEHICLE), "already off the flying mass");
    }

    @Test
    void noneChangesNothing() {
        assertEquals(ENTRY, Effect.NONE.apply(ENTRY, 1.0, 1.0));
    }

    @Test
    void aStackCannotKeepTheParachuteWithoutTheBackshell() {
        assertThrows(IllegalArgumentException.class, () -> new Stack(0, 0.0, false, false,
                new Stack.Canopy(240.0, 241.0, 0.5), Stack.Rover.STOWED, Double.NaN));
    }
}
