package org.skycrane.verification;

import java.util.Map;

/**
 * The English units of NASA's check-case files and their SI values, with the conversion factors
 * NASA/TM-2015-218675 uses: 1 ft = 0.3048 m and 1 slug = 14.5939 kg; the pound-force is the force
 * that accelerates one slug by 1 ft/s².
 */
public final class EnglishUnits {

    /** One foot (m). */
    public static final double FOOT = 0.3048;
    /** One slug (kg). */
    public static final double SLUG = 14.5939;
    /** One pound-force, slug·ft/s² (N). */
    public static final double POUND_FORCE = SLUG * FOOT;
    /** One degree Rankine (K). */
    public static final double RANKINE = 5.0 / 9.0;
    /** One international nautical mile (m). */
    public static final double NAUTICAL_MILE = 1852.0;

    /** SI value of one unit, by the unit's spelling in NASA's column headers. */
    private static final Map<String, Double> BY_NAME = Map.ofEntries(
            Map.entry("ft", FOOT),
            Map.entry("ft_s", FOOT),
            Map.entry("ft_s2", FOOT),
            Map.entry("ft_min", FOOT / 60),
            Map.entry("deg", Math.PI / 180),
            Map.entry("deg_s", Math.PI / 180),
            Map.entry("slug_ft3", SLUG / (FOOT * FOOT * FOOT)),
            Map.entry("lbf_ft2", POUND_FORCE / (FOOT * FOOT)),
            Map.entry("lbf", POUND_FORCE),
            Map.entry("ftlbf", POUND_FORCE * FOOT),
            Map.entry("dgR", RANKINE),
            Map.entry("nmi_h", NAUTICAL_MILE / 3600));

    private EnglishUnits() {
    }

    /** Whether {@code unit} is a unit spelling of NASA's headers (for example {@code slug_ft3}). */
    public static boolean known(String unit) {
        return BY_NAME.containsKey(unit);
    }

    /** SI value of one {@code unit} (for example 0.3048 for {@code ft_s}: 1 ft/s in m/s). */
    public static double toSi(String unit) {
        Double factor = BY_NAME.get(unit);
        if (factor == null) {
            throw new IllegalArgumentException("not a unit of NASA's check-case headers: " + unit);
        }
        return factor;
    }
}
