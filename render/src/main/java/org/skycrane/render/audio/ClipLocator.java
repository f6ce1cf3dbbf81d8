package org.skycrane.render.audio;

import org.hipparchus.transform.DftNormalization;
import org.hipparchus.transform.FastFourierTransformer;
import org.hipparchus.transform.TransformType;

/**
 * Finds where a known clip sits in a track by normalised cross-correlation: for each lag k,
 * ρ(k) = Σ track[k + i]·clip[i] / (‖clip‖ · ‖track[k .. k + n)‖), computed with FFTs. ρ = 1 for an
 * exact (scaled) copy; other sounds mixed on top lower the peak but rarely move it.
 */
public final class ClipLocator {

    private ClipLocator() {
    }

    /**
     * The best match.
     *
     * @param time        start of the clip in the track (s)
     * @param correlation normalised correlation at that lag, in [−1, 1]
     */
    public record Match(double time, double correlation) {
    }

    /** The lag in [{@code from}, {@code to}] (s) where {@code clip} best matches {@code track}. */
    public static Match locate(AudioClip track, AudioClip clip, double from, double to) {
        if (track.sampleRate() != clip.sampleRate()) {
            throw new IllegalArgumentException("track and clip rates differ: " + track.sampleRate() + " vs "
                    + clip.sampleRate() + " Hz");
        }
        int rate = track.sampleRate();
        float[] t = track.samples();
        float[] c = clip.samples();
        int n = c.length;
        int first = Math.max(0, (int) Math.floor(from * rate));
        int last = Math.min(t.length - n, (int) Math.ceil(to * rate));
        if (n == 0 || last < first) {
            throw new IllegalArgumentException("the clip (" + clip.duration() + " s) does not fit in the search window");
        }
        int segment = last - first + n;
        int size = Integer.highestOneBit(Math.max(segment + n, 2) - 1) << 1;
        double[][] a = new double[2][size];
        double[][] b = new double[2][size];
        for (int i = 0; i < segment; i++) {
            a[0][i] = t[first + i];
        }
        double clipEnergy = 0;
        for (int i = 0; i < n; i++) {
            b[0][i] = c[i];
            clipEnergy += (double) c[i] * c[i];
        }
        FastFourierTransformer.transformInPlace(a, DftNormalization.STANDARD, TransformType.FORWARD);
        FastFourierTransformer.transformInPlace(b, DftNormalization.STANDARD, TransformType.FORWARD);
        // A · conj(B): its inverse is the cross-correlation r[k] = Σ a[k + i] b[i].
        for (int i = 0; i < size; i++) {
            double re = a[0][i] * b[0][i] + a[1][i] * b[1][i];
            double im = a[1][i] * b[0][i] - a[0][i] * b[1][i];
            a[0][i] = re;
            a[1][i] = im;
        }
        FastFourierTransformer.transformInPlace(a, DftNormalization.STANDARD, TransformType.INVERSE);
        double[] prefix = new double[segment + 1];
        for (int i = 0; i < segment; i++) {
            prefix[i + 1] = prefix[i] + (double) t[first + i] * t[first + i];
        }
        double best = Double.NEGATIVE_INFINITY;
        int bestLag = 0;
        double clipNorm = Math.sqrt(clipEnergy);
        for (int k = 0; k <= last - first; k++) {
            double windowEnergy = prefix[k + n] - prefix[k];
            if (windowEnergy <= 1e-12 * n) {
                continue;
            }
            double rho = a[0][k] / (clipNorm * Math.sqrt(windowEnergy));
            if (rho > best) {
                best = rho;
                bestLag = k;
            }
        }
        return new Match((double) (first + bestLag) / rate, best);
    }
}
