package org.skycrane.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The onboard map's drawn error field. */
class MapErrorFieldTest {

    /**
     * A node from the per-column and per-row tables is the sum of the plane waves at that point
     * (cos(a + b) = cos a cos b − sin a sin b, exact up to rounding: 1e-12 m on a 2 m field).
     */
    @Test
    void gridNodesAreTheSumOfTheWaves() {
        MapErrorField field = new MapErrorField(2.0, 2000, 10_000, 7);
        for (int i = 0; i < 101; i += 7) {
            for (int j = 0; j < 101; j += 5) {
                double expected = field.exact(field.nodeCoordinate(i), field.nodeCoordinate(j));
                assertEquals(expected, field.node(i, j), 1e-12, "node " + i + ", " + j);
            }
        }
    }

    /**
     * Over draws the field has the stated variance, σ² = 4 m², at any point (the spectral method's
     * construction): the mean of e² over 2,000 seeds at one point lies within 4 standard errors
     * (σ²√(2/2000) per point, the draws' e being near normal, so 4 × 0.126 m²) of 4 m².
     */
    @Test
    void theFieldHasTheStatedVarianceOverDraws() {
        double sum = 0;
        int draws = 2000;
        for (int seed = 0; seed < draws; seed++) {
            double e = new MapErrorField(2.0, 2000, 10_000, seed).at(1234, -567);
            sum += e * e;
        }
        assertEquals(4.0, sum / draws, 4 * 4.0 * Math.sqrt(2.0 / draws), "mean square (m²)");
    }
}
