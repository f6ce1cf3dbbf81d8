package org.skycrane.earth;

import java.time.Instant;
import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * Heliocentric positions of the Earth-Moon barycentre and Mars from mean Keplerian elements:
 * E. M. Standish, "Keplerian Elements for Approximate Positions of the Major Planets" (JPL Solar
 * System Dynamics, after the Explanatory Supplement to the Astronomical Almanac, 1992), Table 1,
 * valid 1800 AD – 2050 AD, mean ecliptic and equinox of J2000.
 *
 * <p>Standish gives the maximum errors over 1800–2050 as 20″ in right ascension, 8″ in declination
 * and 6000 km in distance for the Earth-Moon barycentre, and 40″, 2″ and 25 000 km for Mars.
 * Over an Earth–Mars distance of about 2 × 10⁸ km, 25 000 km is 0.08 s of light time at most.
 *
 * <p>Each element is {@code value + rate × T}, T in Julian centuries of TT (for TDB) since J2000.0;
 * M = L − ϖ, ω = ϖ − Ω, and Kepler's equation is solved by Newton's method (Standish, sec. 8.10.2).
 */
public enum PlanetEphemeris {

    /** Earth-Moon barycentre (Standish Table 1 row "EM Bary"). Earth itself is within 4 700 km of it. */
    EARTH_MOON_BARYCENTRE(
            1.00000261, 0.00000562,
            0.01671123, -0.00004392,
            -0.00001531, -0.01294668,
            100.46457166, 35999.37244981,
            102.93768193, 0.32327364,
            0.0, 0.0),

    /** Mars (Standish Table 1 row "Mars"). */
    MARS(
            1.52371034, 0.00001847,
            0.09339410, 0.00007882,
            1.84969142, -0.00813131,
            -4.55343205, 19140.30268499,
            -23.94362959, 0.44441088,
            49.55953891, -0.29257343);

    /** Astronomical unit (m), IAU 2012 Resolution B2. */
    public static final double ASTRONOMICAL_UNIT = 149_597_870_700.0;

    private final double semiMajorAxis;      // au
    private final double semiMajorAxisRate;  // au per century
    private final double eccentricity;
    private final double eccentricityRate;
    private final double inclinationDeg;
    private final double inclinationRateDeg;
    private final double meanLongitudeDeg;
    private final double meanLongitudeRateDeg;
    private final double perihelionLongitudeDeg;
    private final double perihelionLongitudeRateDeg;
    private final double nodeLongitudeDeg;
    private final double nodeLongitudeRateDeg;

    PlanetEphemeris(double semiMajorAxis, double semiMajorAxisRate,
                    double eccentricity, double eccentricityRate,
                    double inclinationDeg, double inclinationRateDeg,
                    double meanLongitudeDeg, double meanLongitudeRateDeg,
                    double perihelionLongitudeDeg, double perihelionLongitudeRateDeg,
                    double nodeLongitudeDeg, double nodeLongitudeRateDeg) {
        this.semiMajorAxis = semiMajorAxis;
        this.semiMajorAxisRate = semiMajorAxisRate;
        this.eccentricity = eccentricity;
        this.eccentricityRate = eccentricityRate;
        this.inclinationDeg = inclinationDeg;
        this.inclinationRateDeg = inclinationRateDeg;
        this.meanLongitudeDeg = meanLongitudeDeg;
        this.meanLongitudeRateDeg = meanLongitudeRateDeg;
        this.perihelionLongitudeDeg = perihelionLongitudeDeg;
        this.perihelionLongitudeRateDeg = perihelionLongitudeRateDeg;
        this.nodeLongitudeDeg = nodeLongitudeDeg;
        this.nodeLongitudeRateDeg = nodeLongitudeRateDeg;
    }

    /**
     * Heliocentric position (m) in the mean ecliptic and equinox of J2000.
     *
     * @param ttSinceJ2000 TT seconds since J2000.0 ({@link TimeScales#ttSinceJ2000})
     */
    public Vector3D position(double ttSinceJ2000) {
        double centuries = ttSinceJ2000 / (TimeScales.DAY * TimeScales.JULIAN_CENTURY_DAYS);
        double a = (semiMajorAxis + semiMajorAxisRate * centuries) * ASTRONOMICAL_UNIT;
        double e = eccentricity + eccentricityRate * centuries;
        double inclination = Math.toRadians(inclinationDeg + inclinationRateDeg * centuries);
        double meanLongitude = meanLongitudeDeg + meanLongitudeRateDeg * centuries;
        double perihelionLongitude = perihelionLongitudeDeg + perihelionLongitudeRateDeg * centuries;
        double node = Math.toRadians(nodeLongitudeDeg + nodeLongitudeRateDeg * centuries);
        double argumentOfPerihelion = Math.toRadians(perihelionLongitude) - node;
        double meanAnomaly = Math.toRadians(Math.IEEEremainder(meanLongitude - perihelionLongitude, 360.0));

        double eccentricAnomaly = Kepler.eccentricAnomaly(meanAnomaly, e);
        double xOrbit = a * (Math.cos(eccentricAnomaly) - e);
        double yOrbit = a * Math.sqrt(1 - e * e) * Math.sin(eccentricAnomaly);
        return Kepler.orbitalPlaneToReference(xOrbit, yOrbit, argumentOfPerihelion, node, inclination);
    }

    /** Heliocentric position (m) in the J2000 ecliptic at a UTC instant. */
    public Vector3D position(Instant utc) {
        return position(TimeScales.ttSinceJ2000(utc));
    }
}
