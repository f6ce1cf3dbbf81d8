package org.skycrane.sim;

import java.util.Objects;
import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * Where a jettisoned body flew after it left the stack (a heat shield, a backshell with its
 * parachute), sampled on the run's output grid from its separation to the ground, Mars-fixed.
 * Recorded only with the trajectory.
 *
 * @param body   name, as in {@link Impact#body()}
 * @param times  since entry interface (s), increasing
 * @param points positions at those times (m, Mars-fixed)
 */
public record BodyTrack(String body, double[] times, Vector3D[] points) {

    public BodyTrack {
        Objects.requireNonNull(body, "body");
        if (times.length != points.length) {
            throw new IllegalArgumentException(times.length + " times for " + points.length + " points");
        }
        times = times.clone();
        points = points.clone();
    }

    /** The sample times (s), a fresh array. */
    @Override
    public double[] times() {
        return times.clone();
    }

    /** The positions (m), a fresh array. */
    @Override
    public Vector3D[] points() {
        return points.clone();
    }

    /** First sample time (s), or NaN when empty. */
    public double start() {
        return times.length == 0 ? Double.NaN : times[0];
    }

    /** Last sample time (s), or NaN when empty. */
    public double end() {
        return times.length == 0 ? Double.NaN : times[times.length - 1];
    }

    /**
     * Position at {@code time} (m), linear between samples and held at the ends; null when the track
     * is empty.
     */
    public Vector3D at(double time) {
        if (times.length == 0) {
            return null;
        }
        if (time <= times[0]) {
            return points[0];
        }
        int last = times.length - 1;
        if (time >= times[last]) {
            return points[last];
        }
        int lo = 0;
        int hi = last;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] <= time) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double f = (time - times[lo]) / (times[hi] - times[lo]);
        return new Vector3D(1 - f, points[lo], f, points[hi]);
    }
}
