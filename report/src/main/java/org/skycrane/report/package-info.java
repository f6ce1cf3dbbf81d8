/**
 * Report output: PNG and SVG plots (XChart, with VectorGraphics2D for SVG) and GeoJSON of landing
 * points and ellipses. Plots take plain doubles and {@code org.skycrane.stats} values, so they do
 * not depend on the simulator's types.
 *
 * <p>Pitfall: AWT needs a font even headless. Plots ask for the logical font "SansSerif", which
 * fontconfig maps to DejaVu Sans on Debian ({@code fonts-dejavu-core}); a machine without any font
 * fails on the first plot. SVG text is written as outlines, so SVG files look the same everywhere.
 */
package org.skycrane.report;
