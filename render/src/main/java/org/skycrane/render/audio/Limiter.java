package org.skycrane.render.audio;

/**
 * A look-ahead peak limiter: the output never exceeds {@code ceiling} in magnitude, and below it the
 * signal passes unchanged. The gain falls linearly over the {@code attack} time before a peak that
 * needs it (so no step is heard) and recovers exponentially with time constant {@code release}
 * afterwards. Computed over the whole signal at once (the mixer renders offline): required gain
 * g_req = min(1, ceiling / |x|); a backward pass bounds how fast the gain may rise toward a peak,
 * a forward pass how fast it may recover after one; the gain applied is the smaller, so
 * |gain · x| ≤ ceiling everywhere.
 *
 * @param ceiling largest output magnitude (full scale = 1)
 * @param attack  time over which the gain ramps down ahead of a peak (s)
 * @param release time constant of the gain's recovery (s)
 */
public record Limiter(double ceiling, double attack, double release) {

    public Limiter {
        if (!(ceiling > 0 && ceiling <= 1) || !(attack > 0) || !(release > 0)) {
            throw new IllegalArgumentException("limiter needs 0 < ceiling <= 1 and positive times (s)");
        }
    }

    /** Ceiling 0.98 of full scale (−0.18 dBFS), 5 ms attack, 100 ms release. */
    public static Limiter standard() {
        return new Limiter(0.98, 0.005, 0.100);
    }

    /** The limited signal (a new array). */
    public float[] apply(float[] x, int sampleRate) {
        int n = x.length;
        double[] gain = new double[n];
        for (int i = 0; i < n; i++) {
            double a = Math.abs(x[i]);
            gain[i] = a > ceiling ? ceiling / a : 1.0;
        }
        // Backward: the gain may fall toward a peak by at most 1/attackSamples per sample.
        double attackStep = 1.0 / Math.max(1, attack * sampleRate);
        for (int i = n - 2; i >= 0; i--) {
            gain[i] = Math.min(gain[i], gain[i + 1] + attackStep);
        }
        // Forward: after a peak the gain recovers toward 1 exponentially.
        double k = Math.exp(-1.0 / (release * sampleRate));
        for (int i = 1; i < n; i++) {
            double recovered = 1 - (1 - gain[i - 1]) * k;
            gain[i] = Math.min(gain[i], recovered);
        }
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            double v = x[i] * gain[i];
            // Guard the last ulp so that float rounding cannot overshoot the ceiling.
            out[i] = (float) Math.max(-ceiling, Math.min(ceiling, v));
        }
        return out;
    }
}
