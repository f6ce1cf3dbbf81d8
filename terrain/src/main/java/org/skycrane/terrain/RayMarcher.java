package org.skycrane.terrain;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * Marches a ray over a height field by sphere tracing: a point {@code g} metres above the ground can
 * move {@code g / (kv·|descent| + L·|horizontal|)} along the ray without crossing a surface whose
 * slope is at most {@code L} (its "unbounding" radius), so steps shrink geometrically near the ground
 * and grow far from it. Each step first tries a longer one (over-relaxation, {@link #OVER_RELAXATION})
 * and keeps it only if the radii of its two ends cover it, so no surface between them can be missed;
 * otherwise it takes the plain step (Keinert et al., "Enhanced Sphere Tracing", STAG 2014). A sign
 * change below the minimum step is refined by regula falsi (Illinois variant) to 1 mm.
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
    /**
     * Fraction of the longest step its ends' radii cover over flat ground that a step first tries: a step
     * of ω radii is covered there while ω ≤ 2 / (1 + 0.95·|descent| / rate), 1.67 at 50° off nadir, 1.43
     * at 20°, 1.15 straight down; 0.9 of it leaves a margin for relief.
     */
    static final double OVER_RELAXATION = 0.9;
    /** Below this factor a longer step is not tried (straight down, the plain step already lands). */
    private static final double LEAST_RELAXATION = 1.1;
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
        double radius = radius(g, ox, oy, oz, dx, dy, dz);
        // the ray's angle to the vertical barely changes over a radar's range (0.1° over 6 km on Mars)
        double radial = (ox * dx + oy * dy + oz * dz) / Math.sqrt(ox * ox + oy * oy + oz * oz);
        double rate = rate(radial);
        // only a descending ray: there the far end's radius also bounds how fast clearance can fall backward
        double relaxation = rate > 0 && radial < 0 ? OVER_RELAXATION * 2 / (1 + 0.95 * -radial / rate) : 0;
        for (int i = 0; i < MAX_STEPS; i++) {
            if (g < TOLERANCE) {
                return t;
            }
            double relaxed = relaxation * radius;
            if (relaxation >= LEAST_RELAXATION && relaxed > minStep && t + relaxed < maxRange) {
                double next = t + relaxed;
                double x = ox + next * dx;
                double y = oy + next * dy;
                double z = oz + next * dz;
                double gn = clearance.at(x, y, z);
                if (gn > 0) {
                    double radiusNext = radius(gn, x, y, z, dx, dy, dz);
                    if (radius + radiusNext >= relaxed) { // the two ends' radii cover the long step
                        t = next;
                        g = gn;
                        radius = radiusNext;
                        continue;
                    }
                }
            }
            double step = Math.max(radius, minStep);
            double next = t + step;
            if (next > maxRange) {
                next = maxRange;
                if (next - t <= 0) {
                    return Double.NaN;
                }
            }
            double x = ox + next * dx;
            double y = oy + next * dy;
            double z = oz + next * dz;
            double gn = clearance.at(x, y, z);
            if (gn <= 0) {
                return refine(clearance, ox, oy, oz, dx, dy, dz, t, g, next, gn);
            }
            if (next >= maxRange) {
                return Double.NaN;
            }
            t = next;
            g = gn;
            radius = radius(g, x, y, z, dx, dy, dz);
        }
        return Double.NaN;
    }

    /** The unbounding radius (m) along the ray of a point at clearance {@code g} (m): 0.95 of the bound. */
    private static double radius(double g, double x, double y, double z, double dx, double dy, double dz) {
        double r = Math.sqrt(x * x + y * y + z * z);
        double rate = rate((x * dx + y * dy + z * dz) / r);
        return rate > 0 ? 0.95 * g / rate : Double.POSITIVE_INFINITY;
    }

    /** Bound on how fast clearance falls along a ray whose cosine to the local up is {@code vertical}. */
    private static double rate(double vertical) {
        double horizontal = Math.sqrt(Math.max(0, 1 - vertical * vertical));
        return VERTICAL_BOUND * Math.max(0, -vertical) + SLOPE_BOUND * horizontal;
    }

    /** The zero of a clearance above at {@code above} and at or below it at {@code below}, to 1 mm. */
    private static double refine(Clearance clearance, double ox, double oy, double oz, double dx, double dy,
            double dz, double above, double gAbove, double below, double gBelow) {
        double a = above;
        double b = below;
        double fa = gAbove;
        double fb = gBelow;
        int side = 0;
        for (int i = 0; i < 100 && b - a > TOLERANCE; i++) {
            double m = (a * fb - b * fa) / (fb - fa);
            if (!(m > a && m < b)) {
                m = 0.5 * (a + b);
            }
            double fm = clearance.at(ox + m * dx, oy + m * dy, oz + m * dz);
            if (Math.abs(fm) < 1e-6) {
                return m;
            }
            if (fm > 0) {
                a = m;
                fa = fm;
                if (side == 1) { // the same end twice: halve the other's weight (Illinois)
                    fb *= 0.5;
                }
                side = 1;
            } else {
                b = m;
                fb = fm;
                if (side == -1) {
                    fa *= 0.5;
                }
                side = -1;
            }
        }
        return 0.5 * (a + b);
    }
}
