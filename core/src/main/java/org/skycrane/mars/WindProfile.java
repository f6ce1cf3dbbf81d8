package org.skycrane.mars;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * An atmosphere with a horizontal wind that depends on altitude only: east and north components
 * tabulated against altitude, interpolated linearly and held constant beyond the table's ends,
 * turned into the Mars-fixed frame with the local east and north at the position. Density,
 * pressure and temperature are the base atmosphere's.
 *
 * @param base      the atmosphere the wind blows in
 * @param altitudes increasing altitudes above the areoid (m)
 * @param east      eastward wind at each altitude (m/s)
 * @param north     northward wind at each altitude (m/s)
 */
public record WindProfile(Atmosphere base, double[] altitudes, double[] east, double[] north) implements Atmosphere {

    public WindProfile {
        if (altitudes.length == 0 || altitudes.length != east.length || altitudes.length != north.length) {
            throw new IllegalArgumentException("wind profile needs equal, non-empty tables");
        }
        for (int i = 1; i < altitudes.length; i++) {
            if (!(altitudes[i] > altitudes[i - 1])) {
                throw new IllegalArgumentException("wind profile altitudes must increase");
            }
        }
        altitudes = altitudes.clone();
        east = east.clone();
        north = north.clone();
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
        double e;
        double n;
        int last = altitudes.length - 1;
        if (altitude <= altitudes[0]) {
            e = east[0];
            n = north[0];
        } else if (altitude >= altitudes[last]) {
            e = east[last];
            n = north[last];
        } else {
            int i = 0;
            while (altitudes[i + 1] < altitude) {
                i++;
            }
            double f = (altitude - altitudes[i]) / (altitudes[i + 1] - altitudes[i]);
            e = east[i] + f * (east[i + 1] - east[i]);
            n = north[i] + f * (north[i + 1] - north[i]);
        }
        if (e == 0 && n == 0) {
            return Vector3D.ZERO;
        }
        return new Vector3D(e, Geodesy.east(position), n, Geodesy.north(position));
    }
}
