package org.skycrane.terrain;

/**
 * A point in a {@link SiteFrame}: map coordinates along the datum sphere and radial height above it.
 *
 * @param east   map east of the site (m)
 * @param north  map north of the site (m)
 * @param height above the datum sphere (m)
 */
public record MapPoint(double east, double north, double height) {}
