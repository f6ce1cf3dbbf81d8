package org.skycrane.terrain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The tile cursor is an optimisation only: bit for bit the noise's own value (the reference). */
class FractalNoiseTest {

    @Test
    void cursorGivesTheSameValuesBitForBit() {
        FractalNoise noise = new FractalNoise(11, 0x52454CL, 0, 12, 0.8, 0.3);
        FractalNoise.Cursor cursor = noise.cursor();
        for (int from : new int[] {0, 3, 12}) {
            for (int j = 0; j <= 64; j++) {
                for (int i = 0; i <= 64; i++) {
                    double e = -3000.5 + i * 1.0;     // a tile's samples, row by row, as TileFactory walks them
                    double n = 2048.25 + j * 1.0;
                    assertEquals(Double.doubleToRawLongBits(noise.value(e, n, from)),
                            Double.doubleToRawLongBits(cursor.value(e, n, from)), "at " + e + ", " + n + " from " + from);
                }
            }
            // and jumps far away and back, where every octave changes cell
            for (double[] p : new double[][] {{1e5, -1e5}, {0, 0}, {-7.3, 12.9}, {1e5, -1e5}}) {
                assertEquals(noise.value(p[0], p[1], from), cursor.value(p[0], p[1], from), 0.0);
            }
        }
    }
}
