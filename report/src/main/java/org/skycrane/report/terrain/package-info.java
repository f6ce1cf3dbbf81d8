/**
 * Pictures of a landing site's terrain: shaded relief, albedo and hazard map as PNG (AWT, ImageIO),
 * and the heights as a GIS raster. Pitfall: pictures query the terrain at every pixel, so a large
 * region at 1 m per pixel makes (and keeps) every 1 m tile under it: a 4 km square holds about
 * 70 MB of height tiles and as much again of albedo.
 */
package org.skycrane.report.terrain;
