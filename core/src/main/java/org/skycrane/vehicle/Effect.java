package org.skycrane.vehicle;

import java.util.Locale;

/**
 * What an EDL event does to the flying stack: a pure function from one {@link Stack} to the next.
 * The jettisoned hardware is what the two stacks differ by; the simulator flies it to the ground.
 */
public interface Effect {

    /**
     * The stack after the event.
     *
     * @param before   the stack before
     * @param time     when the event happens (s since entry interface)
     * @param airspeed speed relative to the air at that instant (m/s)
     */
    Stack apply(Stack before, double time, double airspeed);

    /** A few words for the sequence table. */
    String describe();

    /** Records the event and changes nothing. */
    Effect NONE = of("-", (s, t, v) -> s);

    /**
     * {@code count} of the {@code total} entry balance masses go; the capsule's trim lift falls in
     * proportion to the masses left (the centre-of-mass offset they make), to zero with the last.
     */
    static Effect jettisonBalanceMasses(int count, int total) {
        return of(String.format(Locale.ROOT, "jettison %d entry balance masses; L/D x (left / %d)", count,
                total), (s, t, v) -> {
                    int left = Math.max(0, s.balanceMasses() - count);
                    return s.withBalanceMasses(left, total == 0 ? 0.0 : (double) left / total);
                });
    }

    /** Mortar fire: the parachute leaves its canister; it pulls once its lines are stretched. */
    static Effect fireMortar() {
        return of("fire the mortar", (s, t, v) -> s.withCanopy(new Stack.Canopy(t, Double.NaN, Double.NaN)));
    }

    /**
     * Line stretch (a physical event): the canopy begins to fill, over n D₀ / V at the airspeed of
     * line stretch (Knacke, Parachute Recovery Systems Design Manual, ch. 5: the fill distance is a
     * fixed number of canopy diameters).
     */
    static Effect stretchLines(Parachute parachute) {
        return of("canopy fills over n D0 / V", (s, t, v) -> s.withCanopy(s.canopy().stretched(t,
                parachute.fillTime(v))));
    }

    /** The heat shield falls away. */
    static Effect separateHeatShield() {
        return of("drop the heat shield", (s, t, v) -> s.withoutHeatShield());
    }

    /** The backshell and the parachute leave; the descent stage and the rover fly free. */
    static Effect separateBackshell() {
        return of("release the backshell and parachute", (s, t, v) -> s.withoutBackshell());
    }

    /** The rover is released under the stage; the bridles begin to pay out after the rappel delay. */
    static Effect lowerRover(Bridles bridles) {
        return of("release the rover onto the bridles", (s, t, v) -> s.withRover(Stack.Rover.HANGING,
                t + bridles.rappelDelay()));
    }

    /** The rover's wheels take its weight (a physical event, not a command). */
    static Effect roverOnGround() {
        return of("rover's weight on its wheels", (s, t, v) -> s.withRover(Stack.Rover.ON_GROUND, s.payoutStart()));
    }

    /** The pyros cut the bridles and the umbilical. */
    static Effect cutBridles() {
        return of("cut the bridles and umbilical", (s, t, v) -> s.withRover(Stack.Rover.RELEASED, s.payoutStart()));
    }

    /** An effect with a description. */
    static Effect of(String description, Change change) {
        return new Effect() {
            @Override
            public Stack apply(Stack before, double time, double airspeed) {
                return change.apply(before, time, airspeed);
            }

            @Override
            public String describe() {
                return description;
            }
        };
    }

    /** The function of an effect. */
    @FunctionalInterface
    interface Change {
        Stack apply(Stack before, double time, double airspeed);
    }
}
