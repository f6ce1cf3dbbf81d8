package org.skycrane.terrain;

/**
 * The ground under a lander's footprint.
 *
 * @param slope      of the plane fitted to the ground under the footprint (rad)
 * @param rockHeight tallest rock under the footprint (m; 0 if none)
 * @param safe       slope and rock height both within the {@link HazardSpec} limits
 */
public record Footprint(double slope, double rockHeight, boolean safe) {}
