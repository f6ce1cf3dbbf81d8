package org.skycrane.terrain;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * Marches a ray over a height field by conservative steps (sphere tracing): a point {@code g} metres
 * above the ground can move {@code g / (kv·|descent| + L·|horizontal|)} along the ray without
 * crossing a surface whose slope is at most {@code L}, so steps shrink geometrically near the ground
 * and grow far from it; a sign change below the minimum step is refined by bisection.
 *
 * <p>Pitfall: a feature steeper than {@code L} and thinner than the minimum step can be stepped over.
 */
final class RayMarcher {

    /** A clearance function: height above ground (m) of a Mars-fixed point (m). */
    @FunctionalInterface
    interface Clearance {
        double at(double x, double y, double z);
    }

    /** Bound on the surface slope (tan 72°). */
    static final double SLOPE_BOUND = 3.0;
    /** Bound on how fast clearance changes along the vertical (1 for the true surface; more for level-of-detail blending). */
    static final double VERTICAL_BOUND = 1.3;
    private static final double TOLERANCE = 1e-3;
    private static final int MAX_STEPS = 20_000;

    private RayMarcher() {
    }

    /**
     * Range (m) to the first zero of {@code clearance} along the ray, or NaN if none within
     * {@code maxRange}; 0 when the origin is already below ground.
     *
     * @param minStep smallest step (m), about a fifth of the cell size
     */
    static double march(Clearance clearance, Vector3D origin, Vector3D direction, double maxRange, double minStep) {
        Vector3D d = direction.normalize();
        double ox = origin.getX();
        double oy = origin.getY();
        double oz = origin.getZ();
        double dx = d.getX();
        double dy = d.getY();
        double dz = d.getZ();
        double t = 0;
        double g = clearance.at(ox, oy, oz);
        if (g <= 0) {
            return 0;
        }
        for (int i = 0; i < MAX_STEPS; i++) {
            if (g < TOLERANCE) {
                return t;
            }
            double x = ox + t * dx;
            double y = oy + t * dy;
            double z = oz + t * dz;
            double r = Math.sqrt(x * x + y * y + z * z);
            double vertical = (x * dx + y * dy + z * dz) / r;
            double horizontal = Math.sqrt(Math.max(0, 1 - vertical * vertical));
            double rate = VERTICAL_BOUND * Math.max(0, -vertical) + SLOPE_BOUND * horizontal;
            double step = rate > 0 ? 0.95 * g / rate : Double.POSITIVE_INFINITY;
            step = Math.max(step, minStep);
            double next = t + step;
            if (next > maxRange) {
                next = maxRange;
                step = next - t;
                if (step <= 0) {
                    return Double.NaN;
                }
            }
            double gn = clearance.at(ox + next * dx, oy + next * dy, oz + next * dz);
            if (gn <= 0) {
                return bisect(clearance, ox, oy, oz, dx, dy, dz, t, next);
            }
            if (next >= maxRange) {
                return Double.NaN;
            }
            t = next;
            g = gn;
        }
        return Double.NaN;
    }

    private static double bisect(Clearance clearance, double ox, double oy, double oz, double dx, double dy,
            double dz, double above, double below) {
        double a = above;
        double b = below;
        while (b - a > TOLERANCE) {
            double m = 0.5 * (a + b);
            if (clearance.at(ox + m * dx, oy + m * dy, oz + m * dz) > 0) {
                a = m;
            } else {
                b = m;
            }
        }
        return 0.5 * (a + b);
    }
}
