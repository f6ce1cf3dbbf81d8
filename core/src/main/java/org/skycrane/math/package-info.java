/**
 * Small numerical helpers: piecewise-linear tables and a monotone cubic spline on a uniform grid.
 * Pitfall: Curve holds its end values outside the table; a coefficient table that is too short
 * silently extrapolates flat.
 */
package org.skycrane.math;
