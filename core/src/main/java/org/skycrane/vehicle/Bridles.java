package org.skycrane.vehicle;

/**
 * The bridles (and umbilical) on which the sky crane lowers the rover: the Bridle-Umbilical Device
 * begins to pay them out {@code rappelDelay} after the rover is released from the descent stage and
 * lets them out at a steady rate until they are fully out {@code rappelDuration} later.
 *
 * @param length         fully paid out (m)
 * @param rappelDelay    rover release to the start of the payout (s)
 * @param rappelDuration start to end of the payout (s)
 */
public record Bridles(double length, double rappelDelay, double rappelDuration) {

    /** Payout speed of the rover relative to the stage (m/s). */
    public double payoutSpeed() {
        return length / rappelDuration;
    }
}
