package org.skycrane.gnc.nav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The steepest-cell bound the onboard map's ray casts step by. */
class SlopePyramidTest {

    private static final int SIZE = 201;
    private static final double POSTING = 20;

    /**
     * A bound, by construction: on random posts, for 2,000 random squares (some beyond the grid, where
     * the rim's cells hold), the pyramid's answer is no less than the steepest edge of any cell meeting
     * the square, found by visiting every cell.
     */
    @Test
    void neverBelowTheSteepestCellInTheSquare() {
        SplittableRandom random = new SplittableRandom(3);
        float[] heights = new float[SIZE * SIZE];
        for (int i = 0; i < heights.length; i++) {
            heights[i] = (float) (30 * random.nextGaussian());
        }
        SlopePyramid pyramid = new SlopePyramid(SlopePyramid.base(heights, SIZE, POSTING), SIZE, POSTING);
        double half = POSTING * (SIZE - 1) / 2;
        for (int q = 0; q < 2000; q++) {
            double e = (random.nextDouble() * 2.4 - 1.2) * half;
            double n = (random.nextDouble() * 2.4 - 1.2) * half;
            double reach = Math.pow(10, random.nextDouble() * 3.5);
            double expected = 0;
            for (int j = 0; j < SIZE - 1; j++) {
                for (int i = 0; i < SIZE - 1; i++) {
                    double x0 = (i - (SIZE - 1) / 2.0) * POSTING;
                    double y0 = (j - (SIZE - 1) / 2.0) * POSTING;
                    boolean rimColumn = (i == 0 && e - reach < x0) || (i == SIZE - 2 && e + reach > x0 + POSTING);
                    boolean rimRow = (j == 0 && n - reach < y0) || (j == SIZE - 2 && n + reach > y0 + POSTING);
                    boolean meetsX = rimColumn || (x0 <= e + reach && x0 + POSTING >= e - reach);
                    boolean meetsY = rimRow || (y0 <= n + reach && y0 + POSTING >= n - reach);
                    if (meetsX && meetsY) {
                        expected = Math.max(expected, steepestEdge(heights, i, j));
                    }
                }
            }
            assertTrue(pyramid.steepest(e, n, reach) >= expected, "square at " + e + ", " + n + " half-width " + reach);
        }
    }

    /**
     * And local: on a flat map with one cliff (a post 100 m up, edges of slope 5), a square a kilometre
     * away sees slope 0, and one that reaches the cliff sees 5.
     */
    @Test
    void farFromACliffTheBoundIsTheFlatGroundsOwn() {
        float[] heights = new float[SIZE * SIZE];
        heights[100 * SIZE + 100] = 100;
        SlopePyramid pyramid = new SlopePyramid(SlopePyramid.base(heights, SIZE, POSTING), SIZE, POSTING);
        assertEquals(0, pyramid.steepest(1000, 1000, 100), 0, "a kilometre away");
        assertEquals(5, pyramid.steepest(300, 0, 400), 1e-6, "reaching the cliff");
    }

    private static double steepestEdge(float[] h, int i, int j) {
        double sw = h[j * SIZE + i];
        double se = h[j * SIZE + i + 1];
        double nw = h[(j + 1) * SIZE + i];
        double ne = h[(j + 1) * SIZE + i + 1];
        return Math.max(Math.max(Math.abs(se - sw), Math.abs(ne - nw)), Math.max(Math.abs(nw - sw), Math.abs(ne - se)))
                / POSTING;
    }
}
