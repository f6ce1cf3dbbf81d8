package org.skycrane.mars;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * An atmosphere whose density is a constant factor times another's at every altitude (pressure
 * scales with it; temperature and speed of sound are unchanged), the usual density dispersion.
 *
 * @param base   the atmosphere scaled
 * @param factor density factor (&gt; 0)
 */
public record ScaledDensity(Atmosphere base, double factor) implements Atmosphere {

    @Override
    public AtmosphereSample at(double altitude) {
        AtmosphereSample s = base.at(altitude);
        return new AtmosphereSample(s.density() * factor, s.pressure() * factor, s.temperature(), s.speedOfSound(),
                s.logDensitySlope());
    }

    @Override
    public Vector3D wind(Vector3D position, double altitude) {
        return base.wind(position, altitude);
    }
}
