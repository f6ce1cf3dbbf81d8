package org.skycrane.film.scene;

import java.util.Optional;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.film.flight.Footage;
import org.skycrane.film.flight.StackState;
import org.skycrane.render.scene.Particles;
import org.skycrane.render.scene.Rgb;

/**
 * Dust blown out by the descent engines near the ground, as a particle effect. The plume is taken
 * as a jet spreading in a cone of half-angle {@link #PLUME_HALF_ANGLE}; its mean pressure on the
 * ground is the thrust over the area the cone cuts, p = T / (π (h tan θ)²). Dust is lifted in
 * proportion to p / {@link #LIFT_PRESSURE} (capped at 1): the cloud grows as the stage comes down.
 * Puffs leave the point under the stage radially at {@link #OUTFLOW_SPEED}, rise a little, grow and
 * fade. All four constants are ASSUMED (orders of magnitude of plume-surface-interaction studies:
 * the clouds Curiosity's and Perseverance's sky cranes raised from about 20 m).
 */
final class PlumeDust {

    /** Jet spreading half-angle (rad), ASSUMED. */
    static final double PLUME_HALF_ANGLE = Math.toRadians(15);
    /** Ground pressure that lifts a full cloud (Pa), ASSUMED. */
    static final double LIFT_PRESSURE = 300;
    /** Radial outflow speed of the dust (m/s), ASSUMED. */
    static final double OUTFLOW_SPEED = 12;
    /** Largest height above ground at which dust is drawn (m). */
    static final double MAX_HEIGHT = 40;

    private static final int PUFFS = 360;
    private static final double LIFETIME = 2.0;
    private static final Rgb DUST = new Rgb(0.32, 0.2, 0.12);

    private PlumeDust() {
    }

    /** The cloud at {@code t}, if the engines are firing low enough to raise one. */
    static Optional<Particles> at(Footage footage, double t, StackState stack) {
        double thrust = stack.thrust().getNorm();
        double h = stack.heightAboveGround() + 1.0;      // engine exits about a metre above the reference point
        if (thrust <= 0 || h > MAX_HEIGHT) {
            return Optional.empty();
        }
        double radius = h * Math.tan(PLUME_HALF_ANGLE);
        double pressure = thrust / (Math.PI * radius * radius);
        double strength = Math.min(1, pressure / LIFT_PRESSURE);
        if (strength < 0.02) {
            return Optional.empty();
        }
        Vector3D below = stack.position();
        double east = below.getX();
        double north = below.getY();
        double ground = below.getZ() - stack.heightAboveGround();
        double[] xyz = new double[3 * PUFFS];
        double[] size = new double[PUFFS];
        double[] alpha = new double[PUFFS];
        for (int i = 0; i < PUFFS; i++) {
            double angle = 2 * Math.PI * hash(i, 1);
            double phase = hash(i, 2);
            double age = ((t / LIFETIME + phase) % 1 + 1) % 1;          // 0 to 1 over a puff's life
            double r = radius * 0.5 + OUTFLOW_SPEED * LIFETIME * age * (0.6 + 0.4 * hash(i, 3));
            xyz[3 * i] = east + r * Math.cos(angle);
            xyz[3 * i + 1] = north + r * Math.sin(angle);
            xyz[3 * i + 2] = ground + 0.3 + 1.5 * age * hash(i, 4);
            size[i] = 1.0 + 3.0 * age;
            alpha[i] = strength * 0.6 * (1 - age) * Math.min(1, age * 8);
        }
        return Optional.of(new Particles(xyz, size, alpha, DUST));
    }

    /** A deterministic number in [0, 1) for puff {@code i} and channel {@code k}. */
    private static double hash(long i, long k) {
        long h = i * 0x9E3779B97F4A7C15L + k * 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        return (h >>> 11) / (double) (1L << 53);
    }
}
