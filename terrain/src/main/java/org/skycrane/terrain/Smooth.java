package org.skycrane.terrain;

/** Smoothstep weights used for blending levels and the edges of site features. */
final class Smooth {

    private Smooth() {
    }

    /** 0 below 0, 1 above 1, 3x² − 2x³ between: continuous with zero slope at both ends (max slope 1.5). */
    static double step(double x) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        return x * x * (3 - 2 * x);
    }
}
