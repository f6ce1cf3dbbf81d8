package org.skycrane.sim;

import java.util.List;

/**
 * Recontact margins: how close a jettisoned body comes back to the vehicle after they separate. The
 * separation itself is not counted: once the two have opened to {@link #OPENED} apart, the closest
 * approach is the smallest distance after they first begin to close again (the backshell, slowed by
 * its parachute, falling back toward the stage hovering below it); if they never close again, it is
 * the distance at the end of their common flight. The margin is that distance less
 * {@link #CLEARANCE}, the size of the bodies (the 4.5 m aeroshell's diameter: two radii).
 *
 * @param backshell  closest approach (m) of the backshell and parachute to the descent stage, or NaN
 * @param heatShield closest approach (m) of the heat shield to the vehicle, or NaN
 */
public record Recontact(double backshell, double heatShield) {

    /** Distance (m) the bodies must first open to before a closest approach counts. */
    public static final double OPENED = 10.0;

    /** Distance (m) at which two bodies touch: the sum of their radii, taken as the aeroshell's 4.5 m diameter. */
    public static final double CLEARANCE = 4.5;

    /** Nothing measured. */
    public static final Recontact NONE = new Recontact(Double.NaN, Double.NaN);

    /** Backshell margin (m): closest approach less the clearance. */
    public double backshellMargin() {
        return backshell - CLEARANCE;
    }

    /** Heat-shield margin (m): closest approach less the clearance. */
    public double heatShieldMargin() {
        return heatShield - CLEARANCE;
    }

    /**
     * The closest approach of a body's track to the vehicle's after they separate (see the class
     * comment), on their common times; NaN when they never share a time after opening.
     */
    static double closestApproach(Ballistic.Track body, List<TrajectorySample> vehicle) {
        double closest = Double.NaN;
        double last = Double.NaN;
        double previous = Double.NaN;
        boolean opened = false;
        boolean closing = false;
        int j = 0;
        for (int i = 0; i < body.times().length; i++) {
            double t = body.times()[i];
            while (j < vehicle.size() && vehicle.get(j).time() < t - 1e-6) {
                j++;
            }
            if (j >= vehicle.size()) {
                break;
            }
            if (Math.abs(vehicle.get(j).time() - t) > 1e-6) {
                continue;
            }
            double d = body.points()[i].distance(vehicle.get(j).position());
            if (opened) {
                closing |= d < previous;
                if (closing && !(d >= closest)) {
                    closest = d;
                }
                last = d;
            }
            opened |= d >= OPENED;
            previous = d;
        }
        return closing ? closest : last;
    }
}
