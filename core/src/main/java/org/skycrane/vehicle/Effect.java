package org.skycrane.vehicle;

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

    /** Every entry balance mass goes; the capsule flies ballistic (L/D 0). */
    static Effect jettisonBalanceMasses() {
        return of("jettison the entry balance masses; L/D -> 0", (s, t, v) -> s.withBalanceMasses(0, 0.0));
    }

    /**
     * Mortar fire: the canopy reaches line stretch after its delay and fills over n D₀ / V, taken
     * here at the speed at mortar fire. The capsule's lift is gone once the parachute pulls.
     */
    static Effect fireMortar(Parachute parachute) {
        return of("fire the mortar: parachute inflates", (s, t, v) -> s.withCanopy(
                new Stack.Canopy(t, parachute.fillTime(v))));
    }

    /** The heat shield falls away. */
    static Effect separateHeatShield() {
        return of("drop the heat shield", (s, t, v) -> s.withoutHeatShield());
    }

    /** The backshell and the parachute leave; the descent stage and the rover fly free. */
    static Effect separateBackshell() {
        return of("release the backshell and parachute", (s, t, v) -> s.withoutBackshell());
    }

    /** The rover is released under the stage and the bridles begin to pay out. */
    static Effect lowerRover() {
        return of("release the rover onto the bridles", (s, t, v) -> s.withRover(Stack.Rover.HANGING, t));
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
