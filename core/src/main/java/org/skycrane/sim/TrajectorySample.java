package org.skycrane.sim;

import java.util.List;
import org.skycrane.flight.Phase;

/**
 * One row of the trajectory output.
 *
 * @param time               since entry interface (s)
 * @param phase              EDL phase
 * @param latitude           planetocentric (rad)
 * @param longitude          east (rad)
 * @param altitude           above the areoid (m)
 * @param heightAboveGround  m
 * @param speed              planet-relative (m/s)
 * @param verticalSpeed      positive up (m/s)
 * @param flightPathAngle    rad
 * @param mach               —
 * @param dynamicPressure    Pa
 * @param decelerationEarthG Earth g
 * @param heatRate           W/m²
 * @param mass               kg
 * @param bankCommand        commanded bank (rad)
 * @param bankAngle          bank actually flown (rad)
 * @param thrust             commanded net thrust magnitude (N)
 * @param position           Mars-fixed (m)
 * @param velocity           planet-relative (m/s)
 */
public record TrajectorySample(double time, Phase phase, double latitude, double longitude, double altitude,
                               double heightAboveGround, double speed, double verticalSpeed, double flightPathAngle,
                               double mach, double dynamicPressure, double decelerationEarthG, double heatRate,
                               double mass, double bankCommand, double bankAngle, double thrust,
                               org.hipparchus.geometry.euclidean.threed.Vector3D position,
                               org.hipparchus.geometry.euclidean.threed.Vector3D velocity) {

    /**
     * Height above the ground (m) at {@code time} (s), linear between the samples around it; the last
     * sample's after them.
     */
    public static double heightAboveGroundAt(List<TrajectorySample> samples, double time) {
        for (int i = 1; i < samples.size(); i++) {
            TrajectorySample a = samples.get(i - 1);
            TrajectorySample b = samples.get(i);
            if (b.time() >= time) {
                double f = (time - a.time()) / (b.time() - a.time());
                return a.heightAboveGround() + f * (b.heightAboveGround() - a.heightAboveGround());
            }
        }
        return samples.get(samples.size() - 1).heightAboveGround();
    }
}
