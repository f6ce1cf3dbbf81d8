package org.skycrane.vehicle;

import java.util.ArrayList;
import java.util.List;

/**
 * The bank angle the attitude-control system actually flies toward a held command: a time-optimal
 * rate- and acceleration-limited rotation (a double integrator with |σ̇| ≤ ω_max, |σ̈| ≤ α_max),
 * planned in closed form as at most four constant-acceleration segments. Angles are not wrapped, so
 * a reversal from +σ to −σ rolls through 0 (lift up), as MSL's reversals did.
 */
public final class BankManeuver {

    private final double start;
    private final double[] times;
    private final double[] angles;
    private final double[] rates;
    private final double[] accelerations;

    private BankManeuver(double start, List<double[]> segments) {
        this.start = start;
        int n = segments.size();
        times = new double[n];
        angles = new double[n];
        rates = new double[n];
        accelerations = new double[n];
        for (int i = 0; i < n; i++) {
            double[] s = segments.get(i);
            times[i] = s[0];
            angles[i] = s[1];
            rates[i] = s[2];
            accelerations[i] = s[3];
        }
    }

    /** Holds {@code angle} (rad) from {@code time} on. */
    public static BankManeuver hold(double time, double angle) {
        return new BankManeuver(time, List.of(new double[] {time, angle, 0.0, 0.0}));
    }

    /**
     * Plans the rotation from angle {@code angle} (rad) and rate {@code rate} (rad/s) at {@code time}
     * (s) to {@code command} (rad), within {@code maxRate} (rad/s) and {@code maxAcceleration} (rad/s²).
     */
    public static BankManeuver toward(double time, double angle, double rate, double command, double maxRate,
                                      double maxAcceleration) {
        List<double[]> segments = new ArrayList<>();
        double t = time;
        double x = angle;
        double v = rate;
        double a = maxAcceleration;
        double e = command - x;
        // If the present rate would carry past the command, or points away from it, stop first.
        if (v * e < 0 || v * v / (2 * a) > Math.abs(e) + 1e-12) {
            double acc = -Math.signum(v) * a;
            double dt = Math.abs(v) / a;
            segments.add(new double[] {t, x, v, acc});
            x += v * dt + 0.5 * acc * dt * dt;
            t += dt;
            v = 0;
            e = command - x;
        }
        if (Math.abs(e) > 1e-12) {
            double d = Math.signum(e);
            double v0 = v * d; // ≥ 0 here
            double peak = Math.sqrt((2 * a * Math.abs(e) + v0 * v0) / 2);
            double cruise = 0;
            if (peak > maxRate) {
                peak = maxRate;
                cruise = (Math.abs(e) - (peak * peak - v0 * v0) / (2 * a) - peak * peak / (2 * a)) / peak;
            }
            double t1 = Math.max(0, (peak - v0) / a);
            double t3 = peak / a;
            segments.add(new double[] {t, x, v, d * a});
            x += v * t1 + 0.5 * d * a * t1 * t1;
            v = d * peak;
            t += t1;
            if (cruise > 0) {
                segments.add(new double[] {t, x, v, 0});
                x += v * cruise;
                t += cruise;
            }
            segments.add(new double[] {t, x, v, -d * a});
            t += t3;
        }
        segments.add(new double[] {t, command, 0, 0});
        return new BankManeuver(time, segments);
    }

    private int segment(double time) {
        int i = 0;
        while (i + 1 < times.length && time >= times[i + 1]) {
            i++;
        }
        return i;
    }

    /** Bank angle flown at {@code time} (rad). */
    public double angle(double time) {
        double t = Math.max(time, start);
        int i = segment(t);
        double dt = t - times[i];
        return angles[i] + rates[i] * dt + 0.5 * accelerations[i] * dt * dt;
    }

    /** Bank rate at {@code time} (rad/s). */
    public double rate(double time) {
        double t = Math.max(time, start);
        int i = segment(t);
        return rates[i] + accelerations[i] * (t - times[i]);
    }

    /** Time at which the command is reached (s). */
    public double end() {
        return times[times.length - 1];
    }
}
