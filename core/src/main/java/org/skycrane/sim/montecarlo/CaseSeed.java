package org.skycrane.sim.montecarlo;

import java.util.SplittableRandom;

/**
 * Random streams of a campaign. Case {@code k} of campaign seed {@code s} draws dispersion number
 * {@code slot} from its own stream, seeded by SplitMix64 mixes of (s, k, slot): no stream is shared,
 * so neither the thread count, nor the order cases run in, nor adding a dispersion or a case can
 * change another draw.
 */
public final class CaseSeed {

    private CaseSeed() {
    }

    /** The random stream of dispersion {@code slot} of case {@code caseId} in campaign {@code seed}. */
    public static SplittableRandom stream(long seed, long caseId, int slot) {
        long h = mix(seed);
        h = mix(h ^ mix(caseId + 0x632BE59BD9B4E019L));
        h = mix(h ^ mix(slot + 0x85157AF5L));
        return new SplittableRandom(h);
    }

    /** SplitMix64's finaliser (Steele, Lea &amp; Flood 2014, "Fast splittable pseudorandom number generators"). */
    static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
