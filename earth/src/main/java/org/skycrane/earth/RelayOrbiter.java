package org.skycrane.earth;

import java.time.Instant;
import java.util.Objects;
import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * A relay orbiter on a two-body Keplerian orbit around Mars.
 *
 * <p>Frame of the elements: the Mars-inertial frame of {@link MarsOrientation} at {@code epoch}
 * (z along the IAU Mars pole, x towards the ascending node of the Mars equator on the EME2000
 * equator). The body-fixed position at t is that inertial position turned by the prime-meridian
 * angle W(t). Not modelled: J2 (a sun-synchronous node moves 0.5° a day, 0.004° over a 10-minute
 * EDL), drag, and the motion of the pole (0.1° a century). Use it for hours around the epoch.
 *
 * <p>Visibility from a lander is geometric: the orbiter is visible when its elevation above the
 * lander's horizon exceeds {@code elevationMask}.
 *
 * @param name                 e.g. "MRO"
 * @param semiMajorAxis        (m)
 * @param eccentricity         [0, 1)
 * @param inclination          to the Mars equator (rad)
 * @param ascendingNode        right ascension of the ascending node in the Mars-inertial frame (rad)
 * @param argumentOfPeriapsis  (rad)
 * @param meanAnomaly          at {@code epoch} (rad)
 * @param epoch                UTC of the elements
 * @param mode                 real-time relay or record-and-playback
 * @param elevationMask        minimum elevation above the lander's horizon for a link (rad)
 * @param latency              added by a bent-pipe relay between reception and retransmission (s)
 */
public record RelayOrbiter(String name, double semiMajorAxis, double eccentricity, double inclination,
                           double ascendingNode, double argumentOfPeriapsis, double meanAnomaly, Instant epoch,
                           RelayMode mode, double elevationMask, double latency) {

    /** Mars GM (m³/s²): BODY499_GM = 42 828.37362069909 km³/s² of NAIF's kernel gm_de440.tpc (P). */
    public static final double DE440_MARS_GM = 4.282837362069909e13;

    /**
     * MRO primary science orbit: 255 km × 320 km, sun-synchronous near 3 am/pm ("The Mars
     * Reconnaissance Orbiter Mission: 10 Years of Exploration from Mars Orbit", IEEE Aerospace
     * Conference paper, abstract, P). Periapsis kept over the south pole (NASA/JPL MRO release, 2006-09-06, P).
     */
    public static final double MRO_PERIAPSIS_ALTITUDE = 255e3;
    public static final double MRO_APOAPSIS_ALTITUDE = 320e3;
    /** MRO inclination 92.6° (planned 92.66°; "92.5°" after the 2006-09-05 trim: S/P, see docs/earth.md). */
    public static final double MRO_INCLINATION = Math.toRadians(92.6);

    /** Mars Odyssey mapping orbit: 400 km × 400 km polar (NASA NSSDC "2001 Mars Odyssey", P). */
    public static final double ODYSSEY_ALTITUDE = 400e3;
    /** Mars Odyssey inclination 93.064° (orbital parameters as listed by Wikipedia, epoch 2002-10-19, S). */
    public static final double ODYSSEY_INCLINATION = Math.toRadians(93.064);

    public RelayOrbiter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(epoch, "epoch");
        Objects.requireNonNull(mode, "mode");
        if (!(semiMajorAxis > EarthVisibility.PCK00010_MARS_EQUATORIAL_RADIUS)) {
            throw new IllegalArgumentException("semi-major axis must exceed the Mars radius (m): " + semiMajorAxis);
        }
        if (!(eccentricity >= 0 && eccentricity < 1)) {
            throw new IllegalArgumentException("eccentricity must be in [0, 1): " + eccentricity);
        }
        if (!(latency >= 0)) {
            throw new IllegalArgumentException("relay latency must be >= 0 s: " + latency);
        }
    }

    /** Orbital period (s). */
    public double period() {
        return 2 * Math.PI * Math.sqrt(Math.pow(semiMajorAxis, 3) / DE440_MARS_GM);
    }

    /** Position (m) in the Mars-inertial frame of the epoch, at a UTC instant. */
    public Vector3D inertialPosition(Instant utc) {
        double dt = TimeScales.ttBetween(epoch, utc);
        double n = Math.sqrt(DE440_MARS_GM / Math.pow(semiMajorAxis, 3));
        double e = Kepler.eccentricAnomaly(meanAnomaly + n * dt, eccentricity);
        double x = semiMajorAxis * (Math.cos(e) - eccentricity);
        double y = semiMajorAxis * Math.sqrt(1 - eccentricity * eccentricity) * Math.sin(e);
        return Kepler.orbitalPlaneToReference(x, y, argumentOfPeriapsis, ascendingNode, inclination);
    }

    /** Position (m) in the Mars body-fixed frame at a UTC instant. */
    public Vector3D bodyFixedPosition(Instant utc) {
        return MarsOrientation.at(utc).marsInertialToBodyFixed(inertialPosition(utc));
    }

    /** Position (m) relative to the centre of Mars in the J2000 ecliptic frame at a UTC instant. */
    public Vector3D eclipticPosition(Instant utc) {
        return MarsOrientation.equatorialToEcliptic(
                MarsOrientation.at(epoch).marsInertialToEquatorial(inertialPosition(utc)));
    }

    /**
     * Elevation (rad) of the orbiter above the horizon of a lander.
     *
     * @param latitude  planetocentric latitude of the lander (rad)
     * @param longitude planetocentric east longitude (rad)
     * @param height    above the sphere of the Mars equatorial radius (m)
     */
    public double elevation(double latitude, double longitude, double height, Instant utc) {
        Vector3D up = MarsOrientation.up(latitude, longitude);
        Vector3D lander = up.scalarMultiply(EarthVisibility.PCK00010_MARS_EQUATORIAL_RADIUS + height);
        return MarsOrientation.elevation(up, bodyFixedPosition(utc).subtract(lander));
    }

    /** Lander-to-orbiter distance (m); lander as in {@link #elevation}. */
    public double range(double latitude, double longitude, double height, Instant utc) {
        Vector3D lander = MarsOrientation.up(latitude, longitude)
                .scalarMultiply(EarthVisibility.PCK00010_MARS_EQUATORIAL_RADIUS + height);
        return bodyFixedPosition(utc).subtract(lander).getNorm();
    }

    /** Whether the orbiter is above the elevation mask of a lander. */
    public boolean visible(double latitude, double longitude, double height, Instant utc) {
        return elevation(latitude, longitude, height, utc) > elevationMask;
    }

    /**
     * An orbiter placed so that it passes directly over a site at a given instant, moving north
     * (ascending pass). This is how the presets put the relay "in view during EDL as planned": the
     * published source gives its orbital phase at landing, so the pass is centred on the landing instead.
     * The ascending node follows from the site, so the orbit's true local solar time is not kept.
     *
     * @param periapsisAltitude above the Mars equatorial radius (m)
     * @param apoapsisAltitude  above the Mars equatorial radius (m)
     * @param latitude          planetocentric latitude of the site (rad); |latitude| must be below
     *                          the inclination (or 180° minus it)
     * @param longitude         planetocentric east longitude of the site (rad)
     * @param overheadAt        UTC when the orbiter is at the site's zenith; becomes the epoch
     */
    public static RelayOrbiter overhead(String name, double periapsisAltitude, double apoapsisAltitude,
                                        double inclination, double argumentOfPeriapsis,
                                        double latitude, double longitude, Instant overheadAt,
                                        RelayMode mode, double elevationMask, double latency) {
        double radius = EarthVisibility.PCK00010_MARS_EQUATORIAL_RADIUS;
        double a = radius + (periapsisAltitude + apoapsisAltitude) / 2;
        double e = (apoapsisAltitude - periapsisAltitude) / (2 * a);
        double sinU = Math.sin(latitude) / Math.sin(inclination);
        if (Math.abs(sinU) > 1) {
            throw new IllegalArgumentException("an orbit inclined at " + Math.toDegrees(inclination)
                    + " deg never passes over latitude " + Math.toDegrees(latitude) + " deg");
        }
        double u = Math.asin(sinU);                              // argument of latitude, ascending pass
        MarsOrientation orientation = MarsOrientation.at(overheadAt);
        double inertialLongitude = longitude + orientation.primeMeridian();
        double node = inertialLongitude - Math.atan2(Math.cos(inclination) * Math.sin(u), Math.cos(u));
        double meanAnomaly = Kepler.meanAnomaly(u - argumentOfPeriapsis, e);
        return new RelayOrbiter(name, a, e, inclination, node, argumentOfPeriapsis, meanAnomaly, overheadAt,
                                mode, elevationMask, latency);
    }

    /**
     * Mars Reconnaissance Orbiter on its 255 km × 320 km science orbit (periapsis over the south pole,
     * argument of periapsis 270°), placed overhead of a site at {@code overheadAt}; mask 0°, no latency.
     */
    public static RelayOrbiter mro(double latitude, double longitude, Instant overheadAt, RelayMode mode) {
        return overhead("MRO", MRO_PERIAPSIS_ALTITUDE, MRO_APOAPSIS_ALTITUDE, MRO_INCLINATION,
                        Math.toRadians(270), latitude, longitude, overheadAt, mode, 0.0, 0.0);
    }

    /** Mars Odyssey on its 400 km circular mapping orbit, placed overhead of a site; mask 0°, no latency. */
    public static RelayOrbiter odyssey(double latitude, double longitude, Instant overheadAt, RelayMode mode) {
        return overhead("Mars Odyssey", ODYSSEY_ALTITUDE, ODYSSEY_ALTITUDE, ODYSSEY_INCLINATION,
                        0.0, latitude, longitude, overheadAt, mode, 0.0, 0.0);
    }
}
