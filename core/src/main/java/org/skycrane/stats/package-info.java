/**
 * Streaming statistics for Monte Carlo campaigns, on plain doubles: the landing ellipse (a 2-D
 * normal fitted to landing points in the target's east-north plane), percentiles with bounded
 * memory, and the worst cases of a quantity.
 *
 * <p>Every accumulator here can be split across threads and merged. Pitfall: floating-point sums
 * depend on the order they are added in, so {@link org.skycrane.stats.LandingEllipse} gives
 * bit-identical results only when partial results are built and merged in a fixed order (for
 * example per fixed block of case numbers, merged in block order), never per thread.
 * {@link org.skycrane.stats.StreamingQuantiles} and {@link org.skycrane.stats.WorstCases} hold
 * integer counts and a total order, so for them any split and merge order gives the same answer.
 */
package org.skycrane.stats;
