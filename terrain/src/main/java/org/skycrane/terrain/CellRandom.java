package org.skycrane.terrain;

/**
 * A counter-based random stream: seeded by hashing a tuple of integers (terrain seed, stream,
 * cell indices), then stepped as SplitMix64 (Steele, Lea &amp; Flood 2014, "Fast splittable
 * pseudorandom number generators", OOPSLA). Every tile, crater cell and rock cell draws from its own
 * stream, so the terrain does not depend on the order in which it is generated or on the thread
 * count. Not thread-safe; make one per cell.
 */
final class CellRandom {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private long state;

    CellRandom(long seed, long stream, long i, long j) {
        this.state = hash(seed, stream, i, j);
    }

    /** SplitMix64's output function: a bijective avalanche of 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A well-mixed 64-bit hash of four integers. */
    static long hash(long seed, long stream, long i, long j) {
        long h = mix(seed + GOLDEN);
        h = mix(h ^ (stream * GOLDEN + 0x632BE59BD9B4E019L));
        h = mix(h ^ (i * 0xD1B54A32D192ED03L));
        return mix(h ^ (j * 0xABC98388FB8FAC03L + 0x3C6EF372FE94F82BL));
    }

    long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Poisson-distributed count of mean {@code mean} (by inversion; exact for means below 700). */
    int poisson(double mean) {
        if (!(mean > 0)) {
            return 0;
        }
        double u = nextDouble();
        double p = Math.exp(-mean);
        double cumulative = p;
        int k = 0;
        while (u > cumulative && k < 100_000) {
            k++;
            p *= mean / k;
            cumulative += p;
            if (p < 1e-300 && cumulative < u) {
                break;
            }
        }
        return k;
    }
}
