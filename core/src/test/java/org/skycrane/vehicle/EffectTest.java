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

    @Test
    void jettisoningTheBalanceMassesDropsTheirMassAndTheLift() {
        Stack after = Effect.jettisonBalanceMasses().apply(ENTRY, 215.0, 505.0);
        assertEquals(0, after.balanceMasses());
        assertEquals(0.0, after.liftFraction(), "ballistic after the jettison");
        assertEquals(VEHICLE.balanceMassCount() * VEHICLE.balanceMass().mass(),
                ENTRY.dryMass(VEHICLE) - after.dryMass(VEHICLE), 1e-9, "mass jettisoned (kg)");
        assertEquals(ENTRY.withBalanceMasses(0, 0.0), after, "nothing else changes");
    }

    @Test
    void mortarFireStartsTheCanopyWithItsFillTime() {
        Parachute chute = VEHICLE.parachute();
        Stack after = Effect.fireMortar(chute).apply(ENTRY, 240.0, 420.0);
        assertEquals(240.0, after.canopy().mortarFire());
        assertEquals(chute.fillConstant() * chute.diameter() / 420.0, after.canopy().fillTime(), 1e-12,
                "fill time n D0 / V (s)");
        assertEquals(ENTRY.dryMass(VEHICLE), after.dryMass(VEHICLE), "the parachute stays on board");
    }

    @Test
    void heatShieldSeparationDropsTheHeatShieldOnly() {
        Stack after = Effect.separateHeatShield().apply(ENTRY, 260.0, 150.0);
        assertFalse(after.heatShield());
        assertEquals(VEHICLE.heatShield().mass(), ENTRY.dryMass(VEHICLE) - after.dryMass(VEHICLE), 1e-9);
    }

    @Test
    void backshellSeparationTakesTheParachuteWithIt() {
        Stack chute = Effect.fireMortar(VEHICLE.parachute()).apply(ENTRY, 240.0, 420.0);
        Stack after = Effect.separateBackshell().apply(chute, 344.0, 80.0);
        assertFalse(after.backshell());
        assertNull(after.canopy(), "the canopy leaves with the backshell");
        assertEquals(VEHICLE.backshell().mass() + VEHICLE.parachute().mass(),
                chute.dryMass(VEHICLE) - after.dryMass(VEHICLE), 1e-9);
    }

    @Test
    void loweringTheRoverStartsThePayoutAndKeepsItsWeight() {
        Stack after = Effect.lowerRover().apply(ENTRY, 383.0, 0.9);
        assertEquals(Stack.Rover.HANGING, after.rover());
        assertEquals(383.0, after.payoutStart());
        assertEquals(ENTRY.dryMass(VEHICLE), after.dryMass(VEHICLE), "the stage still carries the rover");
        Bridles b = VEHICLE.bridles();
        assertEquals(0.0, after.payout(b, 383.0));
        assertEquals(b.payoutSpeed() * 2.0, after.payout(b, 385.0), 1e-12, "payout after 2 s (m)");
        assertEquals(b.length(), after.payout(b, 383.0 + 10 * b.length() / b.payoutSpeed()), 1e-12, "fully out");
        assertEquals(0.0, after.payoutRate(b, 383.0 + 10 * b.length() / b.payoutSpeed()), "no payout once out");
    }

    @Test
    void theWheelsOnTheGroundTakeTheRoverOutOfTheFlyingMass() {
        Stack hanging = Effect.lowerRover().apply(ENTRY, 383.0, 0.9);
        Stack after = Effect.roverOnGround().apply(hanging, 401.0, 0.75);
        assertEquals(Stack.Rover.ON_GROUND, after.rover());
        assertEquals(VEHICLE.roverMass(), hanging.dryMass(VEHICLE) - after.dryMass(VEHICLE), 1e-9);
        assertEquals(hanging.payoutStart(), after.payoutStart(), "the bridles stay attached");
    }

    @Test
    void cuttingTheBridlesReleasesTheRover() {
        Stack ground = Effect.roverOnGround().apply(Effect.lowerRover().apply(ENTRY, 383.0, 0.9), 401.0, 0.75);
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
                new Stack.Canopy(240.0, 0.5), Stack.Rover.STOWED, Double.NaN));
    }
}
