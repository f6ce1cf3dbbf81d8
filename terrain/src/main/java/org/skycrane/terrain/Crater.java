package org.skycrane.terrain;

/**
 * One impact crater, as a radial height profile added to the ground it formed on.
 *
 * <p>Inside the rim (r ≤ R = D/2) a paraboloid bowl, h(r) = h_rim − d + d (r/R)², so the floor is
 * {@code depth} below the rim crest (depth is measured rim crest to floor, as in Garvin &amp; Frawley
 * 1998). Outside, the rim and ejecta blanket thin as (r/R)^−3 (McGetchin, Settle &amp; Head 1973, EPSL
 * 20: ejecta thickness ∝ (r/R)^−3.0), shifted to reach zero at 3R so the profile is continuous:
 * h(r) = h_rim [(r/R)^−3 − 1/27] / (1 − 1/27).
 *
 * @param east      map east of the centre (m)
 * @param north     map north of the centre (m)
 * @param diameter  rim-crest diameter D (m)
 * @param depth     rim crest to floor (m)
 * @param rimHeight rim crest above the surrounding plain (m)
 */
public record Crater(double east, double north, double diameter, double depth, double rimHeight) {

    /** Ejecta reach, in crater radii. */
    public static final double EJECTA_REACH = 3.0;

    private static final double TAIL = 1.0 / 27.0;

    /** Radius beyond which the crater leaves the ground untouched (m). */
    public double reach() {
        return EJECTA_REACH * diameter / 2;
    }

    /** Height added to the ground at distance {@code r} (m) from the centre (m). */
    public double profile(double r) {
        double radius = diameter / 2;
        double x = r / radius;
        if (x <= 1) {
            return rimHeight - depth + depth * x * x;
        }
        if (x >= EJECTA_REACH) {
            return 0;
        }
        double inv = 1 / x;
        return rimHeight * (inv * inv * inv - TAIL) / (1 - TAIL);
    }

    /** Height added at map point (e, n) (m). */
    public double profileAt(double e, double n) {
        double de = e - east;
        double dn = n - north;
        return profile(Math.sqrt(de * de + dn * dn));
    }
}
