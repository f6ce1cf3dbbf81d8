package org.skycrane.earth;

import java.time.Instant;
import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * Orientation of Mars at one instant: the IAU pole and prime meridian of NAIF's {@code pck00010.tpc}
 * (the IAU WGCCRE 2009 report values, Archinal et al. 2011, Celest. Mech. Dyn. Astr. 109:101):
 * α₀ = 317.68143° − 0.1061° T, δ₀ = 52.88650° − 0.0609° T, W = 176.630° + 350.89198226° d,
 * with d in days and T in Julian centuries of TDB (here TT) since J2000.0.
 *
 * <p>Frames, all Mars- or Sun-centred with parallel axes as named:
 * <ul>
 *   <li><b>ecliptic</b>: mean ecliptic and equinox of J2000 (the frame of {@link PlanetEphemeris});</li>
 *   <li><b>equatorial</b>: Earth mean equator and equinox of J2000 (EME2000, within 0.02″ of ICRF);</li>
 *   <li><b>Mars inertial</b>: z along the Mars pole of this instant, x towards the ascending node of
 *       the Mars equator on the EME2000 equator (NAIF's "IAU vector" frame; body-fixed with W = 0);</li>
 *   <li><b>body-fixed</b>: Mars-fixed, x through the prime meridian (0° E), z through the north pole;
 *       planetocentric east longitudes, as used for the MOLA-based landing-site coordinates.</li>
 * </ul>
 * Body-fixed = R_z(W) Mars-inertial = R_z(W) R_x(90° − δ₀) R_z(90° + α₀) equatorial.
 *
 * @param poleRightAscension α₀ (rad), in EME2000
 * @param poleDeclination    δ₀ (rad), in EME2000
 * @param primeMeridian      W (rad), reduced to [0, 2π)
 */
public record MarsOrientation(double poleRightAscension, double poleDeclination, double primeMeridian) {

    /** J2000 obliquity of the ecliptic ε₀ = 84 381.448″ (IAU 1976; Standish 1992 uses 23.43928°). */
    public static final double J2000_OBLIQUITY = Math.toRadians(84_381.448 / 3600.0);

    /** pck00010 BODY499_POLE_RA (deg, deg per century). */
    static final double PCK00010_POLE_RA_DEG = 317.68143;
    static final double PCK00010_POLE_RA_RATE_DEG = -0.1061;
    /** pck00010 BODY499_POLE_DEC (deg, deg per century). */
    static final double PCK00010_POLE_DEC_DEG = 52.88650;
    static final double PCK00010_POLE_DEC_RATE_DEG = -0.0609;
    /** pck00010 BODY499_PM (deg, deg per day). */
    static final double PCK00010_PRIME_MERIDIAN_DEG = 176.630;
    static final double PCK00010_ROTATION_RATE_DEG_PER_DAY = 350.89198226;

    /** Orientation at TT seconds since J2000.0. */
    public static MarsOrientation atTt(double ttSinceJ2000) {
        double days = ttSinceJ2000 / TimeScales.DAY;
        double centuries = days / TimeScales.JULIAN_CENTURY_DAYS;
        double ra = Math.toRadians(PCK00010_POLE_RA_DEG + PCK00010_POLE_RA_RATE_DEG * centuries);
        double dec = Math.toRadians(PCK00010_POLE_DEC_DEG + PCK00010_POLE_DEC_RATE_DEG * centuries);
        double w = Math.toRadians(Math.IEEEremainder(
                PCK00010_PRIME_MERIDIAN_DEG + PCK00010_ROTATION_RATE_DEG_PER_DAY * days, 360.0));
        if (w < 0) {
            w += 2 * Math.PI;
        }
        return new MarsOrientation(ra, dec, w);
    }

    /** Orientation at a UTC instant. */
    public static MarsOrientation at(Instant utc) {
        return atTt(TimeScales.ttSinceJ2000(utc));
    }

    /** EME2000 → Mars inertial: R_x(90° − δ₀) R_z(90° + α₀). */
    public Vector3D equatorialToMarsInertial(Vector3D equatorial) {
        return rotateX(rotateZ(equatorial, Math.PI / 2 + poleRightAscension), Math.PI / 2 - poleDeclination);
    }

    /** Mars inertial → EME2000. */
    public Vector3D marsInertialToEquatorial(Vector3D inertial) {
        return rotateZ(rotateX(inertial, -(Math.PI / 2 - poleDeclination)), -(Math.PI / 2 + poleRightAscension));
    }

    /** Mars inertial → body-fixed: R_z(W). */
    public Vector3D marsInertialToBodyFixed(Vector3D inertial) {
        return rotateZ(inertial, primeMeridian);
    }

    /** Body-fixed → Mars inertial. */
    public Vector3D bodyFixedToMarsInertial(Vector3D bodyFixed) {
        return rotateZ(bodyFixed, -primeMeridian);
    }

    /** J2000 ecliptic → Mars body-fixed. */
    public Vector3D eclipticToBodyFixed(Vector3D ecliptic) {
        return marsInertialToBodyFixed(equatorialToMarsInertial(eclipticToEquatorial(ecliptic)));
    }

    /** Mars body-fixed → J2000 ecliptic. */
    public Vector3D bodyFixedToEcliptic(Vector3D bodyFixed) {
        return equatorialToEcliptic(marsInertialToEquatorial(bodyFixedToMarsInertial(bodyFixed)));
    }

    /** J2000 ecliptic → EME2000: R_x(−ε₀). */
    public static Vector3D eclipticToEquatorial(Vector3D ecliptic) {
        return rotateX(ecliptic, -J2000_OBLIQUITY);
    }

    /** EME2000 → J2000 ecliptic: R_x(ε₀). */
    public static Vector3D equatorialToEcliptic(Vector3D equatorial) {
        return rotateX(equatorial, J2000_OBLIQUITY);
    }

    /**
     * Unit vector of the local vertical (radial, planetocentric) in the body-fixed frame.
     *
     * @param latitude  planetocentric latitude (rad)
     * @param longitude planetocentric east longitude (rad)
     */
    public static Vector3D up(double latitude, double longitude) {
        return new Vector3D(Math.cos(latitude) * Math.cos(longitude),
                            Math.cos(latitude) * Math.sin(longitude),
                            Math.sin(latitude));
    }

    /** Elevation (rad) of a direction above the horizon plane normal to {@code up}. */
    public static double elevation(Vector3D up, Vector3D direction) {
        double sine = Vector3D.dotProduct(up, direction) / (up.getNorm() * direction.getNorm());
        return Math.asin(Math.max(-1.0, Math.min(1.0, sine)));
    }

    /** Frame rotation about z by {@code angle}: the components of a fixed vector in axes turned by angle. */
    static Vector3D rotateZ(Vector3D v, double angle) {
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        return new Vector3D(c * v.getX() + s * v.getY(), -s * v.getX() + c * v.getY(), v.getZ());
    }

    /** Frame rotation about x by {@code angle}. */
    static Vector3D rotateX(Vector3D v, double angle) {
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        return new Vector3D(v.getX(), c * v.getY() + s * v.getZ(), -s * v.getY() + c * v.getZ());
    }
}
