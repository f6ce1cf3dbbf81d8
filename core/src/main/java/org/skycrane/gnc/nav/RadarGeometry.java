package org.skycrane.gnc.nav;

import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.hipparchus.util.FastMath;

/**
 * The terminal descent sensor as the flight software knows it: its beams' directions in body axes
 * (x along the heat-shield axis, toward the ground in descent) and its stated accuracy.
 *
 * @param beams              unit beam directions, body axes
 * @param rangeNoiseFraction 1σ range noise as a fraction of the range
 * @param rangeNoiseFloor    1σ range noise at short range (m)
 * @param velocityNoise      1σ line-of-sight velocity noise (m/s)
 * @param maxRange           longest slant range that returns (m)
 */
public record RadarGeometry(List<Vector3D> beams, double rangeNoiseFraction, double rangeNoiseFloor,
                            double velocityNoise, double maxRange) {

    public RadarGeometry {
        beams = List.copyOf(beams);
    }

    /** A beam {@code offNadir} (rad) from the body x axis, at {@code azimuth} (rad) from body y toward z. */
    public static Vector3D beam(double offNadir, double azimuth) {
        double s = FastMath.sin(offNadir);
        return new Vector3D(FastMath.cos(offNadir), s * FastMath.cos(azimuth), s * FastMath.sin(azimuth));
    }

    /** 1σ noise of a range measurement of {@code range} (m). */
    public double rangeSigma(double range) {
        return FastMath.hypot(rangeNoiseFraction * range, rangeNoiseFloor);
    }
}
