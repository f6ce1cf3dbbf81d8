package org.skycrane.earth;

import java.time.Instant;
import java.util.Objects;
import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * One-way light time from Mars to Earth, solved as a light-time equation: a signal leaves a point
 * near Mars at the emission time t_e and reaches Earth at t_r with
 * c (t_r − t_e) = |r_Earth(t_r) − r_Mars(t_e) − offset|, iterated to 1 ns
 * (the iteration contracts by about v/c ≈ 10⁻⁴ per step).
 *
 * <p>Modelled: heliocentric positions from {@link PlanetEphemeris} (Earth taken at the Earth-Moon
 * barycentre, up to 4 700 km ≈ 16 ms from Earth's centre; the receiving station is a further
 * ≤ 6 400 km ≈ 21 ms away), TT used for TDB (&lt; 2 ms). Not modelled: the Sun's Shapiro delay,
 * (2GM☉/c³) ln((r_E + r_M + ρ)/(r_E + r_M − ρ)), 12 μs at the Mars 2020 landing and 15 μs at
 * MSL's (larger only near solar conjunction), and the troposphere (tens of ns). The error budget
 * is therefore set by the ephemeris (≤ 25 000 km ≈ 0.08 s for Mars), well inside the 1 s goal.
 */
public final class LightTime {

    /** Speed of light in vacuum (m/s), exact by the SI definition of the metre. */
    public static final double SPEED_OF_LIGHT = 299_792_458.0;

    private LightTime() {
    }

    /**
     * A solved down-link.
     *
     * @param emission    UTC when the signal leaves Mars (SCET)
     * @param reception   UTC when it reaches Earth (ERT)
     * @param seconds     light time (s of TT): reception − emission
     * @param marsToEarth vector from the emitter at t_e to Earth at t_r, J2000 ecliptic (m)
     */
    public record Downlink(Instant emission, Instant reception, double seconds, Vector3D marsToEarth) {

        public Downlink {
            Objects.requireNonNull(emission, "emission");
            Objects.requireNonNull(reception, "reception");
            Objects.requireNonNull(marsToEarth, "marsToEarth");
        }

        /** Emitter-to-Earth distance (m). */
        public double distance() {
            return marsToEarth.getNorm();
        }
    }

    /** Light time from the centre of Mars at the UTC instant {@code emission}. */
    public static Downlink fromMars(Instant emission) {
        return fromMars(emission, Vector3D.ZERO);
    }

    /**
     * Light time from a point near Mars at the UTC instant {@code emission}.
     *
     * @param offset position of the emitter relative to the centre of Mars, J2000 ecliptic (m)
     */
    public static Downlink fromMars(Instant emission, Vector3D offset) {
        double te = TimeScales.ttSinceJ2000(emission);
        Vector3D emitter = PlanetEphemeris.MARS.position(te).add(offset);
        double tau = 0;
        Vector3D path = Vector3D.ZERO;
        for (int i = 0; i < 20; i++) {
            path = PlanetEphemeris.EARTH_MOON_BARYCENTRE.position(te + tau).subtract(emitter);
            double next = path.getNorm() / SPEED_OF_LIGHT;
            boolean converged = Math.abs(next - tau) < 1e-9;
            tau = next;
            if (converged) {
                break;
            }
        }
        return new Downlink(emission, TimeScales.plusTt(emission, tau), tau, path);
    }
}
