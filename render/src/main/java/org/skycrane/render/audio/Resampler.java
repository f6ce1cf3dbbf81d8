package org.skycrane.render.audio;

/**
 * Band-limited sample-rate conversion by windowed-sinc interpolation (Smith, "Digital Audio
 * Resampling", CCRMA, Stanford): each output sample is the sum of the input samples weighted by a
 * sinc low-pass at the lower of the two Nyquist frequencies (times 0.95, to leave room for the
 * filter's transition band), tapered by a Blackman window over ±{@value #ZERO_CROSSINGS} zero
 * crossings. Stop-band rejection is about 70 dB; the pass band is flat to within 0.1 dB below 0.9 of
 * the lower Nyquist frequency. Beyond the ends the signal is taken as zero.
 */
public final class Resampler {

    /** Zero crossings of the sinc on each side of the interpolation point. */
    static final int ZERO_CROSSINGS = 16;

    private Resampler() {
    }

    /** {@code input} at {@code fromRate} converted to {@code toRate} (Hz); length scales by toRate / fromRate. */
    public static float[] resample(float[] input, int fromRate, int toRate) {
        if (fromRate <= 0 || toRate <= 0) {
            throw new IllegalArgumentException("sample rates must be positive (Hz): " + fromRate + ", " + toRate);
        }
        if (fromRate == toRate) {
            return input.clone();
        }
        int outLength = (int) Math.round((double) input.length * toRate / fromRate);
        float[] out = new float[outLength];
        double step = (double) fromRate / toRate;            // input samples per output sample
        double cutoff = 0.95 * Math.min(1.0, (double) toRate / fromRate); // in units of the input Nyquist
        double halfWidth = ZERO_CROSSINGS / cutoff;          // filter half-length in input samples
        for (int n = 0; n < outLength; n++) {
            double t = n * step;
            int first = (int) Math.ceil(t - halfWidth);
            int last = (int) Math.floor(t + halfWidth);
            double sum = 0;
            for (int k = Math.max(first, 0); k <= Math.min(last, input.length - 1); k++) {
                double x = k - t;
                sum += input[k] * cutoff * sinc(cutoff * x) * blackman(x / halfWidth);
            }
            out[n] = (float) sum;
        }
        return out;
    }

    private static double sinc(double x) {
        if (Math.abs(x) < 1e-12) {
            return 1;
        }
        double px = Math.PI * x;
        return Math.sin(px) / px;
    }

    /** Blackman window on [−1, 1]. */
    private static double blackman(double u) {
        if (Math.abs(u) >= 1) {
            return 0;
        }
        double a = Math.PI * (u + 1);
        return 0.42 - 0.5 * Math.cos(a) + 0.08 * Math.cos(2 * a);
    }
}
