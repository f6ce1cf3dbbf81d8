package org.skycrane.earth;

import java.time.Instant;
import java.util.Locale;

/**
 * Mars time and the Sun's place in the Martian sky at one UTC instant, by the Mars24 algorithm:
 * Allison &amp; McEwen (2000), Planet. Space Sci. 48:215, with the 2015+ revision of the NASA GISS
 * Mars24 "Algorithm and Worked Examples" page (giss.nasa.gov/tools/mars24/help/algorithm.html).
 * Step letters (A-1 … C-5) follow that page.
 *
 * <p>Angles are radians. Clock times are in Mars hours (1/24 sol; a sol is 88 775.244 s), and their
 * names say so. Longitudes here are planetocentric <em>east</em>; Mars24 prints west longitudes
 * (λ_W = 360° − λ_E).
 *
 * @param utc                  the instant
 * @param ttMinusUtc           TT − UTC (s), from the leap-second table
 * @param julianDateTt         JD_TT
 * @param daysSinceJ2000       Δt_J2000 = JD_TT − 2 451 545.0, days
 * @param meanAnomaly          M, Mars mean anomaly (B-1), rad in [0, 2π)
 * @param fictitiousMeanSun    α_FMS, angle of the fictitious mean sun (B-2), rad in [0, 2π)
 * @param perturbers           PBS, sum of the planetary perturbations (B-3), rad
 * @param equationOfCenter     ν − M (B-4), rad
 * @param solarLongitude       Ls, areocentric solar longitude (B-5), rad in [0, 2π)
 * @param equationOfTime       EOT (C-1), rad; LTST = LMST + EOT
 * @param marsSolDate          MSD (C-2), sols
 * @param mtcHours             MTC, mean solar time at the prime meridian (C-3), Mars hours in [0, 24)
 * @param solarDeclination     δs, planetographic solar declination (D-1), rad
 * @param heliocentricDistance r_M (D-2), m
 */
public record MarsTime(Instant utc, double ttMinusUtc, double julianDateTt, double daysSinceJ2000,
                       double meanAnomaly, double fictitiousMeanSun, double perturbers, double equationOfCenter,
                       double solarLongitude, double equationOfTime, double marsSolDate, double mtcHours,
                       double solarDeclination, double heliocentricDistance) {

    /** Mars24 step C-2: Earth days per sol. */
    public static final double MARS24_DAYS_PER_SOL = 1.0274912517;
    /** Mars24 step C-2: MSD = (JD_TT − 2 451 549.5) / 1.0274912517 + 44 796.0 − 0.0009626. */
    public static final double MARS24_MSD_EPOCH_JULIAN_DATE_TT = 2451549.5;
    public static final double MARS24_MSD_AT_EPOCH = 44796.0 - 0.0009626;

    /** Mars24 step B-3 perturbers: amplitude A (deg), period τ (Julian years), phase φ (deg). */
    private static final double[][] MARS24_PERTURBERS = {
        {0.0071, 2.2353, 49.409},
        {0.0057, 2.7543, 168.173},
        {0.0039, 1.1177, 191.837},
        {0.0037, 15.7866, 21.736},
        {0.0021, 2.1354, 15.704},
        {0.0020, 2.4694, 95.528},
        {0.0018, 32.8493, 49.095},
    };

    /** Mars24 (A-1 … D-2) at a UTC instant (1972 or later). */
    public static MarsTime at(Instant utc) {
        double ttMinusUtc = TimeScales.ttMinusUtc(utc);
        double jdTt = TimeScales.julianDateTt(utc);
        double dt = TimeScales.ttSinceJ2000(utc) / TimeScales.DAY;

        double meanAnomalyDeg = 19.3871 + 0.52402073 * dt;                               // B-1
        double fmsDeg = 270.3871 + 0.524038496 * dt;                                       // B-2
        double pbsDeg = 0;                                                                 // B-3
        for (double[] term : MARS24_PERTURBERS) {
            pbsDeg += term[0] * Math.cos(Math.toRadians(0.985626 * dt / term[1] + term[2]));
        }
        double m = Math.toRadians(meanAnomalyDeg);
        double centerDeg = (10.691 + 3.0e-7 * dt) * Math.sin(m) + 0.623 * Math.sin(2 * m)   // B-4
                + 0.050 * Math.sin(3 * m) + 0.005 * Math.sin(4 * m) + 0.0005 * Math.sin(5 * m) + pbsDeg;
        double lsDeg = fmsDeg + centerDeg;                                                 // B-5
        double ls = Math.toRadians(lsDeg);
        double eotDeg = 2.861 * Math.sin(2 * ls) - 0.071 * Math.sin(4 * ls)              // C-1
                + 0.002 * Math.sin(6 * ls) - centerDeg;
        double msd = (jdTt - MARS24_MSD_EPOCH_JULIAN_DATE_TT) / MARS24_DAYS_PER_SOL + MARS24_MSD_AT_EPOCH; // C-2
        double mtc = 24.0 * (msd - Math.floor(msd));                                       // C-3
        double declination = Math.asin(0.42565 * Math.sin(ls)) + Math.toRadians(0.25) * Math.sin(ls); // D-1
        double distanceAu = 1.52367934 * (1.00436 - 0.09309 * Math.cos(m) - 0.004336 * Math.cos(2 * m) // D-2
                - 0.00031 * Math.cos(3 * m) - 0.00003 * Math.cos(4 * m));

        return new MarsTime(utc, ttMinusUtc, jdTt, dt,
                normalize(m), normalize(Math.toRadians(fmsDeg)), Math.toRadians(pbsDeg),
                Math.toRadians(centerDeg), normalize(ls), Math.toRadians(eotDeg), msd, mtc,
                declination, distanceAu * PlanetEphemeris.ASTRONOMICAL_UNIT);
    }

    /**
     * Local mean solar time (Mars hours, [0, 24)) at a planetocentric east longitude (C-4):
     * LMST = MTC − Λ_W (24 h / 360°) = MTC + Λ_E (24 h / 360°).
     */
    public double lmstHours(double eastLongitude) {
        return wrapHours(mtcHours + Math.toDegrees(eastLongitude) / 15.0);
    }

    /** Local true solar time (Mars hours, [0, 24)) at a planetocentric east longitude (C-5): LMST + EOT (24 h / 360°). */
    public double ltstHours(double eastLongitude) {
        return wrapHours(lmstHours(eastLongitude) + Math.toDegrees(equationOfTime) / 15.0);
    }

    /**
     * Planetocentric east longitude of the sub-solar point (rad, [0, 2π)), from Mars24 C-5
     * (west longitude Λs = MTC (360° / 24 h) + EOT + 180°).
     */
    public double subsolarLongitude() {
        double westDeg = mtcHours * 15.0 + Math.toDegrees(equationOfTime) + 180.0;
        return normalize(Math.toRadians(-westDeg));
    }

    /** Formats Mars hours as {@code HH:MM:SS}, truncating to the whole second like a clock. */
    public static String formatHours(double hours) {
        long seconds = (long) Math.floor(wrapHours(hours) * 3600.0 + 1e-9);
        seconds = Math.min(seconds, 24 * 3600 - 1);
        return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, (seconds / 60) % 60, seconds % 60);
    }

    private static double wrapHours(double hours) {
        double wrapped = hours % 24.0;
        return wrapped < 0 ? wrapped + 24.0 : wrapped;
    }

    private static double normalize(double angle) {
        double wrapped = angle % (2 * Math.PI);
        return wrapped < 0 ? wrapped + 2 * Math.PI : wrapped;
    }
}
