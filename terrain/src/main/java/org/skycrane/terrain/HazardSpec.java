package org.skycrane.terrain;

/**
 * What makes ground unsafe for a lander, and the map cell it is judged on.
 *
 * @param baseline      length over which slope is measured (m): the diameter of the disc a plane is fitted to
 * @param maxSlope      steepest safe slope over that baseline (rad)
 * @param maxRockHeight tallest safe rock (m): the belly clearance
 * @param cellSize      side of a hazard-map cell (m)
 */
public record HazardSpec(double baseline, double maxSlope, double maxRockHeight, double cellSize) {

    public HazardSpec {
        if (!(baseline > 0 && maxSlope > 0 && maxSlope < Math.PI / 2 && maxRockHeight > 0 && cellSize > 0)) {
            throw new IllegalArgumentException("hazard baseline, slope limit, rock height and cell must be positive");
        }
    }

    /**
     * The MSL engineering constraints, which Mars 2020 flew the same landing system under: slopes
     * over 5 m length scales below 15°, no rocks higher than 0.55 m (MSL Mission Engineering
     * Constraints, USGS Astrogeology MSL landing-site pages, "Engineering.htm", guide v4.5); judged on
     * 10 m cells, the cell of the Mars 2020 safe-targets map derived from ~1 m hazard maps (JPL
     * descriptions of Lander Vision System safe target selection).
     */
    public static HazardSpec skyCrane() {
        return new HazardSpec(5, Math.toRadians(15), 0.55, 10);
    }
}
