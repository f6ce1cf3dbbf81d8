package org.skycrane.gnc.trn;

import java.util.Objects;

/**
 * The safe-targets map: for each square cell of the landing area, a hazard value from 0 (safe) to
 * 1 (certainly unsafe), made before flight from the hazard maps of orbital data (Mars 2020: 10 m
 * cells from ~1 m/px maps of slopes, rocks and other hazards). Row 0 is the northernmost.
 *
 * @param hazard    row-major values
 * @param columns   cells along east
 * @param rows      cells along north
 * @param west      east coordinate of column 0's western edge (m)
 * @param north     north coordinate of row 0's northern edge (m)
 * @param cell      cell side (m)
 * @param threshold hazard at or above which a cell is no target
 */
public record SafeTargetsMap(float[] hazard, int columns, int rows, double west, double north, double cell,
                             double threshold) {

    public SafeTargetsMap {
        Objects.requireNonNull(hazard);
        if (columns < 1 || rows < 1 || hazard.length != columns * rows || !(cell > 0)) {
            throw new IllegalArgumentException("a safe-targets map needs columns × rows values and a positive cell");
        }
        hazard = hazard.clone();
    }

    /** Hazard of cell (i, j). */
    public double hazard(int i, int j) {
        return hazard[j * columns + i];
    }

    /** Hazard of the cell holding map point (east, north), or 1 off the map. */
    public double hazardAt(double east, double northing) {
        int i = (int) Math.floor((east - west) / cell);
        int j = (int) Math.floor((north - northing) / cell);
        return i < 0 || j < 0 || i >= columns || j >= rows ? 1 : hazard(i, j);
    }

    /** East coordinate of cell column {@code i}'s centre (m). */
    public double east(int i) {
        return west + (i + 0.5) * cell;
    }

    /** North coordinate of cell row {@code j}'s centre (m). */
    public double northing(int j) {
        return north - (j + 0.5) * cell;
    }

    @Override
    public float[] hazard() {
        return hazard.clone();
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "SafeTargetsMap[" + columns + " x " + rows + " cells of " + cell + " m]";
    }
}
