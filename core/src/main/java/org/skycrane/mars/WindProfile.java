package org.skycrane.mars;

import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.interpolation.LinearInterpolator;
import org.hipparchus.analysis.interpolation.SplineInterpolator;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.math.KnotTable;

/**
 * An atmosphere with a horizontal wind that depends on altitude only: east and north components
 * tabulated against altitude, interpolated by natural cubic splines (C², so an adaptive integrator
 * meets no kinks inside the table) and held constant beyond the table's ends, turned into the
 * Mars-fixed frame with the local east and north at the position. Density, pressure and temperature
 * are the base atmosphere's.
 */
public final class WindProfile implements Atmosphere {

    private final Atmosphere base;
    private final double[] altitudes;
    private final double[] east;
    private final double[] north;
    private final DoubleUnaryOperator eastAt;
    private final DoubleUnaryOperator northAt;

    /**
     * @param base      the atmosphere the wind blows in
     * @param altitudes increasing altitudes above the areoid (m)
     * @param east      eastward wind at each altitude (m/s)
     * @param north     northward wind at each altitude (m/s)
     */
    public WindProfile(Atmosphere base, double[] altitudes, double[] east, double[] north) {
        if (altitudes.length == 0 || altitudes.length != east.length || altitudes.length != north.length) {
            throw new IllegalArgumentException("wind profile needs equal, non-empty tables");
        }
        for (int i = 1; i < altitudes.length; i++) {
            if (!(altitudes[i] > altitudes[i - 1])) {
                throw new IllegalArgumentException("wind profile altitudes must increase");
            }
        }
        this.base = base;
        this.altitudes = altitudes.clone();
        this.east = east.clone();
        this.north = north.clone();
        this.eastAt = interpolant(this.altitudes, this.east);
        this.northAt = interpolant(this.altitudes, this.north);
    }

    private static DoubleUnaryOperator interpolant(double[] x, double[] y) {
        if (x.length == 1) {
            return h -> y[0];
        }
        KnotTable f = new KnotTable(x.length == 2 ? new LinearInterpolator().interpolate(x, y)
                : new SplineInterpolator().interpolate(x, y));
        return f::value;
    }

    /** The atmosphere the wind blows in. */
    public Atmosphere base() {
        return base;
    }

    /** Altitudes of the table (m). */
    public double[] altitudes() {
        return altitudes.clone();
    }

    /** Eastward wind at the table's altitudes (m/s). */
    public double[] east() {
        return east.clone();
    }

    /** Northward wind at the table's altitudes (m/s). */
    public double[] north() {
        return north.clone();
    }

    /**
     * This profile with every wind vector scaled by {@code scale} and turned by {@code rotation}
     * (rad) clockwise seen from above (from north toward east), the usual magnitude and direction
     * dispersion.
     */
    public WindProfile dispersed(double scale, double rotation) {
        double c = Math.cos(rotation);
        double s = Math.sin(rotation);
        double[] e = new double[east.length];
        double[] n = new double[north.length];
        for (int i = 0; i < e.length; i++) {
            // azimuth from north grows clockwise: (e, n) -> (e cos + n sin, n cos − e sin)
            e[i] = scale * (east[i] * c + north[i] * s);
            n[i] = scale * (north[i] * c - east[i] * s);
        }
        return new WindProfile(base, altitudes, e, n);
    }

    /** This profile over another atmosphere. */
    public WindProfile over(Atmosphere newBase) {
        return new WindProfile(newBase, altitudes, east, north);
    }

    @Override
    public AtmosphereSample at(double altitude) {
        return base.at(altitude);
    }

    @Override
    public Vector3D wind(Vector3D position, double altitude) {
        double e = eastAt.applyAsDouble(altitude);
        double n = northAt.applyAsDouble(altitude);
        if (e == 0 && n == 0) {
            return Vector3D.ZERO;
        }
        return Geodesy.east(position).scalarMultiply(e).add(Geodesy.north(position).scalarMultiply(n));
    }
}
