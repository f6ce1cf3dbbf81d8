package org.skycrane.gnc.trn;

/**
 * Safe Target Selection: given where the vehicle would touch down undiverted (the powered descent's
 * natural stopping point, the "predicted touchdown"), the safest cell of the safe-targets map it can
 * reach, that is at a ground distance from that point between the powered descent's minimum and
 * maximum divert (feasibility d_min ≤ |cell − predicted| ≤ d_max), at the least cost = hazard +
 * {@code divertWeight} × its distance from the preferred aim (the mission's target as the powered
 * descent would fly it, so that on equally safe ground the stage keeps to its target); cells at or
 * above the map's threshold are never chosen. The minimum divert is the one Mars 2020 imposed so that
 * the descent stage flies clear of the parachute and backshell (described by the mission's GN&amp;C
 * team; Nelessen et al., "Mars 2020 Entry, Descent, and Landing System Overview", IEEE Aerospace
 * Conference 2019).
 */
public final class SafeTargetSelection {

    /**
     * The selected cell.
     *
     * @param east   map east of its centre (m)
     * @param north  map north of its centre (m)
     * @param divert ground distance from the predicted touchdown, the natural stopping point (m)
     * @param hazard its hazard value
     */
    public record Target(double east, double north, double divert, double hazard) {
    }

    private final SafeTargetsMap map;
    private final double minDivert;
    private final double maxDivert;
    private final double divertWeight;

    /**
     * @param map          the safe-targets map
     * @param minDivert    smallest divert allowed (m)
     * @param maxDivert    largest divert the powered descent can fly (m)
     * @param divertWeight cost of a metre of divert, in hazard units per metre
     */
    public SafeTargetSelection(SafeTargetsMap map, double minDivert, double maxDivert, double divertWeight) {
        if (!(minDivert >= 0) || !(maxDivert >= minDivert)) {
            throw new IllegalArgumentException("divert limits need 0 <= min <= max");
        }
        this.map = map;
        this.minDivert = minDivert;
        this.maxDivert = maxDivert;
        this.divertWeight = divertWeight;
    }

    /** The best target around predicted touchdown (east, north) in map coordinates (m), preferring nothing but reach. */
    public Target select(double east, double north) {
        return select(east, north, east, north);
    }

    /**
     * The best target, or null if none qualifies.
     *
     * @param east       predicted touchdown, map east (m)
     * @param north      predicted touchdown, map north (m)
     * @param preferEast preferred aim, map east (m): the divert weight counts the distance from it
     * @param preferNorth preferred aim, map north (m)
     */
    public Target select(double east, double north, double preferEast, double preferNorth) {
        Target best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        int i0 = Math.max(0, (int) Math.floor((east - maxDivert - map.west()) / map.cell()));
        int i1 = Math.min(map.columns() - 1, (int) Math.ceil((east + maxDivert - map.west()) / map.cell()));
        int j0 = Math.max(0, (int) Math.floor((map.north() - north - maxDivert) / map.cell()));
        int j1 = Math.min(map.rows() - 1, (int) Math.ceil((map.north() - north + maxDivert) / map.cell()));
        for (int j = j0; j <= j1; j++) {
            for (int i = i0; i <= i1; i++) {
                double d = Math.hypot(map.east(i) - east, map.northing(j) - north);
                double h = map.hazard(i, j);
                if (d < minDivert || d > maxDivert || h >= map.threshold()) {
                    continue;
                }
                double cost = h + divertWeight * Math.hypot(map.east(i) - preferEast, map.northing(j) - preferNorth);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = new Target(map.east(i), map.northing(j), d, h);
                }
            }
        }
        return best;
    }
}
