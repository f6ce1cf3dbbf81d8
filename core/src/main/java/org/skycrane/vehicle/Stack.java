package org.skycrane.vehicle;

import java.util.Objects;

/**
 * Which hardware the flying stack carries, and in what state: the configuration every EDL event
 * changes. Immutable; an event's {@link Effect} is a pure function from one stack to the next. The
 * masses and shapes of the parts are in {@link Vehicle}; the propellant burnt is in the integrated
 * state, not here.
 *
 * <p>Pitfall: the rover on the ground still hangs from the descent stage until the bridles are cut,
 * but its weight is on its wheels, so it is no longer part of the flying mass.
 *
 * @param balanceMasses entry balance masses still on board
 * @param liftFraction  fraction of the capsule's trim lift-to-drag ratio it flies: 1 while all the balance
 *                      masses hold the centre of mass off the axis, falling in proportion as they go
 *                      (the offset, and so the trim angle, scale with the mass left), 0 once they are gone
 * @param heatShield    heat shield attached
 * @param backshell     backshell attached, with the parachute in its canister or open above it
 * @param canopy        the parachute once the mortar has fired, or null while it is stowed
 * @param rover         where the rover is
 * @param payoutStart   when the bridles begin to pay out (s since entry interface); NaN before
 */
public record Stack(int balanceMasses, double liftFraction, boolean heatShield, boolean backshell, Canopy canopy,
                    Rover rover, double payoutStart) {

    /** Where the rover is. */
    public enum Rover {
        /** Bolted under the descent stage. */
        STOWED,
        /** Separated from the stage and hanging on the bridles while they pay out. */
        HANGING,
        /** Wheels on the ground, bridles slack and still attached. */
        ON_GROUND,
        /** Bridles cut: the rover is on its own. */
        RELEASED
    }

    /**
     * The parachute after mortar fire.
     *
     * @param mortarFire  time of mortar fire (s since entry interface)
     * @param lineStretch time of line stretch, when the canopy begins to fill (s); NaN before
     * @param fillTime    inflation time from line stretch to the first full open (s); NaN before line stretch
     */
    public record Canopy(double mortarFire, double lineStretch, double fillTime) {

        /** The canopy at line stretch at {@code time}, filling over {@code fill} (s). */
        public Canopy stretched(double time, double fill) {
            return new Canopy(mortarFire, time, fill);
        }

        /** Whether the lines are stretched. */
        public boolean isStretched() {
            return !Double.isNaN(lineStretch);
        }
    }

    public Stack {
        Objects.requireNonNull(rover, "rover");
        if (balanceMasses < 0 || !(liftFraction >= 0 && liftFraction <= 1)) {
            throw new IllegalArgumentException("stack needs balance masses >= 0 and a lift fraction in [0, 1]");
        }
        if (canopy != null && !backshell) {
            throw new IllegalArgumentException("the parachute leaves with the backshell");
        }
    }

    /** The stack at entry interface: everything on board, the parachute stowed. */
    public static Stack atEntry(Vehicle vehicle) {
        return new Stack(vehicle.balanceMassCount(), 1.0, true, true, null, Rover.STOWED, Double.NaN);
    }

    /** Whether the rover's weight is carried by the flying stack (stowed or hanging on the bridles). */
    public boolean carriesRover() {
        return rover == Rover.STOWED || rover == Rover.HANGING;
    }

    /** Mass of the attached hardware without the descent stage's propellant (kg). */
    public double dryMass(Vehicle vehicle) {
        double mass = balanceMasses * vehicle.balanceMass().mass() + vehicle.descentStage().dryMass();
        if (heatShield) {
            mass += vehicle.heatShield().mass();
        }
        if (backshell) {
            mass += vehicle.backshell().mass() + vehicle.parachute().mass();
        }
        if (carriesRover()) {
            mass += vehicle.roverMass();
        }
        return mass;
    }

    /** Length of bridle paid out at {@code time} (m): zero before the payout starts. */
    public double payout(Bridles bridles, double time) {
        if (Double.isNaN(payoutStart) || time <= payoutStart) {
            return 0.0;
        }
        return Math.min(bridles.length(), bridles.payoutSpeed() * (time - payoutStart));
    }

    /** Rate at which the bridles pay out at {@code time} (m/s): zero before the start and once fully out. */
    public double payoutRate(Bridles bridles, double time) {
        return time > payoutStart && payout(bridles, time) < bridles.length() ? bridles.payoutSpeed() : 0.0;
    }

    public Stack withBalanceMasses(int count, double newLiftFraction) {
        return new Stack(count, newLiftFraction, heatShield, backshell, canopy, rover, payoutStart);
    }

    public Stack withCanopy(Canopy newCanopy) {
        return new Stack(balanceMasses, liftFraction, heatShield, backshell, newCanopy, rover, payoutStart);
    }

    public Stack withoutHeatShield() {
        return new Stack(balanceMasses, liftFraction, false, backshell, canopy, rover, payoutStart);
    }

    public Stack withoutBackshell() {
        return new Stack(balanceMasses, liftFraction, heatShield, false, null, rover, payoutStart);
    }

    public Stack withRover(Rover newRover, double newPayoutStart) {
        return new Stack(balanceMasses, liftFraction, heatShield, backshell, canopy, newRover, newPayoutStart);
    }
}
