package org.skycrane.sensors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.gnc.nav.RadarFrame;
import org.skycrane.gnc.nav.RadarGeometry;
import org.skycrane.gnc.nav.RadarReturn;
import org.skycrane.terrain.Hit;
import org.skycrane.terrain.Terrain;

/**
 * The terminal descent sensor on the truth side: a Ka-band radar whose body-fixed beams measure the
 * slant range and the line-of-sight velocity to the first thing each beam meets, by ray casting onto
 * the ground and onto the hardware falling below (the heat shield): a return from the heat shield is
 * measured like any other and left for the navigation filter to reject.
 *
 * <p>Each return carries white noise of the stated 1σ: range noise proportional to range with a floor,
 * velocity noise constant. A beam whose slant range exceeds the maximum returns nothing.
 */
public final class TerminalDescentSensor {

    /**
     * Something other than the ground a beam may hit: a sphere enclosing a falling body.
     *
     * @param centre   Mars-fixed (m)
     * @param velocity planet-relative (m/s)
     * @param radius   (m)
     */
    public record Obstacle(Vector3D centre, Vector3D velocity, double radius) {
    }

    private final RadarGeometry geometry;
    private final Terrain ground;
    private final RandomGenerator noise;
    private final Set<Integer> failed = new HashSet<>();

    private final double noiseScale;

    /**
     * Samples per second of each beam (Hz): 20, ASSUMED for a radar of the MSL terminal descent
     * sensor's class (Pollard &amp; Chen 2009 describe a pulse-Doppler radar cycling its beams many
     * times a second).
     */
    public static final double SAMPLE_RATE = 20;

    /**
     * @param geometry beams and accuracy
     * @param ground   the true ground
     * @param noise    the random stream of the returns' noise
     * @param nominal  whether the returns are noise-free (a nominal run)
     */
    public TerminalDescentSensor(RadarGeometry geometry, Terrain ground, RandomGenerator noise, boolean nominal) {
        this.noiseScale = nominal ? 0 : 1;
        this.geometry = geometry;
        this.ground = ground;
        this.noise = noise;
    }

    /** The beams as the flight software knows them. */
    public RadarGeometry geometry() {
        return geometry;
    }

    /** Beam {@code index} returns nothing from now on (a fault). */
    public void fail(int index) {
        failed.add(index);
    }

    /**
     * The returns at one instant.
     *
     * @param time      since entry (s)
     * @param position  Mars-fixed (m)
     * @param velocity  planet-relative (m/s)
     * @param attitude  body-to-Mars-fixed
     * @param obstacles falling bodies below
     */
    public RadarFrame measure(double time, Vector3D position, Vector3D velocity, Rotation attitude,
                              List<Obstacle> obstacles) {
        return measure(time, position, velocity, attitude, obstacles, 1);
    }

    /**
     * The returns at one instant, each range the mean of {@code samples} of the radar's samples over
     * the navigation cycle, carried to the instant along the measured closing speed: white noise of
     * 1/√samples of one sample's (the motion's curvature over the cycle is left out). The closing
     * speed is the latest sample's: it changes over the cycle as the vehicle swings and brakes.
     */
    public RadarFrame measure(double time, Vector3D position, Vector3D velocity, Rotation attitude,
                              List<Obstacle> obstacles, int samples) {
        double scale = noiseScale / Math.sqrt(samples);
        List<RadarReturn> returns = new ArrayList<>();
        double footprint = footprint(Math.max(ground.heightAboveGround(position), 1.0));
        for (int i = 0; i < geometry.beams().size(); i++) {
            if (failed.contains(i)) {
                continue;
            }
            Vector3D b = attitude.applyTo(geometry.beams().get(i));
            double range = Double.POSITIVE_INFINITY;
            Vector3D target = Vector3D.ZERO;
            Hit hit = ground.rayCast(position, b, geometry.maxRange(), footprint);
            if (hit != null) {
                range = hit.range();
            }
            for (Obstacle o : obstacles) {
                double d = sphere(position, b, o);
                if (d < range) {
                    range = d;
                    target = o.velocity();
                }
            }
            if (range > geometry.maxRange()) {
                continue;
            }
            double closing = Vector3D.dotProduct(b, velocity.subtract(target)); // the range's rate of decrease
            returns.add(new RadarReturn(i, range + scale * geometry.rangeSigma(range) * noise.nextGaussian(),
                    closing + noiseScale * geometry.velocityNoise() * noise.nextGaussian()));
        }
        return new RadarFrame(time, returns, samples);
    }

    /** Footprint of a beam at {@code range} (m), taken at the height above ground for every beam: a 3° beamwidth, ASSUMED for a Ka-band horn of this size. */
    private static double footprint(double range) {
        return range * Math.toRadians(3);
    }

    /** Range along unit ray d from o to the sphere, or +∞. */
    static double sphere(Vector3D origin, Vector3D d, Obstacle o) {
        Vector3D oc = origin.subtract(o.centre());
        double b = Vector3D.dotProduct(oc, d);
        double c = oc.getNormSq() - o.radius() * o.radius();
        double disc = b * b - c;
        if (disc < 0) {
            return Double.POSITIVE_INFINITY;
        }
        double t = -b - Math.sqrt(disc);
        return t >= 0 ? t : Double.POSITIVE_INFINITY;
    }
}
