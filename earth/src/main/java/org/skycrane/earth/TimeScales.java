package org.skycrane.earth;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * UTC, TAI and TT, and Julian dates, for {@link Instant}s read as UTC.
 *
 * <p>TAI − UTC comes from the leap-second table of IERS Bulletin C (the same steps as USNO's
 * {@code tai-utc.dat}): 10 s on 1972-01-01, one second more at each leap second, 37 s since
 * 2017-01-01. Bulletin C 54 (Paris, 2017-07-06) and every later bulletin say "from 2017 January 1,
 * 0h UTC, until further notice: UTC − TAI = −37 s". A future leap second needs one more row in
 * {@link #LEAP_SECONDS}. TT − TAI = 32.184 s exactly (IAU 1991 Resolution A4).
 *
 * <p>{@link Instant} counts days of exactly 86 400 s (the Java time scale), so a UTC instant maps to
 * a Unix time without leap seconds; the table adds them back. Before 1972 UTC had fractional,
 * drifting offsets from TAI, which this class does not model: it refuses such instants.
 */
public final class TimeScales {

    /** TT − TAI (s), IAU 1991 Resolution A4. */
    public static final double TT_MINUS_TAI = 32.184;
    /** Julian Date of the Unix epoch 1970-01-01T00:00:00 UTC. */
    public static final double UNIX_EPOCH_JULIAN_DATE = 2440587.5;
    /** Julian Date of the J2000.0 epoch (2000-01-01T12:00:00 TT). */
    public static final double J2000_JULIAN_DATE = 2451545.0;
    /** Seconds in a day. */
    public static final double DAY = 86_400.0;
    /** Days in a Julian century. */
    public static final double JULIAN_CENTURY_DAYS = 36_525.0;

    /** First UTC instant this class accepts: the start of integer TAI − UTC. */
    public static final Instant FIRST_SUPPORTED = Instant.parse("1972-01-01T00:00:00Z");

    /** Unix seconds of 2000-01-01T12:00:00 on the Java time scale (J2000.0 is this instant in TT). */
    private static final long UNIX_SECONDS_OF_JAN_1_2000_NOON = 946_728_000L;

    /**
     * Dates (UTC, 0 h) from which TAI − UTC takes a new integer value, and that value (s).
     * IERS Bulletin C; USNO {@code ftp://maia.usno.navy.mil/ser7/tai-utc.dat}.
     */
    private static final Object[][] LEAP_SECONDS = {
        {"1972-01-01", 10}, {"1972-07-01", 11}, {"1973-01-01", 12}, {"1974-01-01", 13},
        {"1975-01-01", 14}, {"1976-01-01", 15}, {"1977-01-01", 16}, {"1978-01-01", 17},
        {"1979-01-01", 18}, {"1980-01-01", 19}, {"1981-07-01", 20}, {"1982-07-01", 21},
        {"1983-07-01", 22}, {"1985-07-01", 23}, {"1988-01-01", 24}, {"1990-01-01", 25},
        {"1991-01-01", 26}, {"1992-07-01", 27}, {"1993-07-01", 28}, {"1994-07-01", 29},
        {"1996-01-01", 30}, {"1997-07-01", 31}, {"1999-01-01", 32}, {"2006-01-01", 33},
        {"2009-01-01", 34}, {"2012-07-01", 35}, {"2015-07-01", 36}, {"2017-01-01", 37},
    };

    private static final long[] STEP_EPOCH_SECONDS = new long[LEAP_SECONDS.length];
    private static final int[] STEP_VALUES = new int[LEAP_SECONDS.length];

    static {
        for (int i = 0; i < LEAP_SECONDS.length; i++) {
            STEP_EPOCH_SECONDS[i] = LocalDate.parse((String) LEAP_SECONDS[i][0])
                    .atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            STEP_VALUES[i] = (Integer) LEAP_SECONDS[i][1];
        }
    }

    private TimeScales() {
    }

    /**
     * TAI − UTC (s) at a UTC instant, from the leap-second table.
     *
     * @throws IllegalArgumentException before 1972-01-01 UTC
     */
    public static int taiMinusUtc(Instant utc) {
        Objects.requireNonNull(utc, "utc");
        long seconds = utc.getEpochSecond();
        if (seconds < STEP_EPOCH_SECONDS[0]) {
            throw new IllegalArgumentException(
                    "UTC before 1972-01-01 has no integer TAI-UTC offset (not modelled): " + utc);
        }
        int value = STEP_VALUES[0];
        for (int i = 1; i < STEP_EPOCH_SECONDS.length && seconds >= STEP_EPOCH_SECONDS[i]; i++) {
            value = STEP_VALUES[i];
        }
        return value;
    }

    /** TT − UTC (s) at a UTC instant: TAI − UTC + 32.184 s. */
    public static double ttMinusUtc(Instant utc) {
        return taiMinusUtc(utc) + TT_MINUS_TAI;
    }

    /** The date of the last leap second in the table (TAI − UTC changes on this UTC day at 0 h). */
    public static LocalDate lastLeapSecondStep() {
        return LocalDate.parse((String) LEAP_SECONDS[LEAP_SECONDS.length - 1][0]);
    }

    /**
     * TT seconds since J2000.0 (2000-01-01T12:00:00 TT) of a UTC instant. TDB differs from TT by
     * less than 2 ms; the ephemeris and rotation models here use this as their time argument.
     */
    public static double ttSinceJ2000(Instant utc) {
        double unixSinceNoon = (utc.getEpochSecond() - UNIX_SECONDS_OF_JAN_1_2000_NOON) + utc.getNano() * 1e-9;
        return unixSinceNoon + ttMinusUtc(utc);
    }

    /**
     * The UTC instant whose TT is {@code ttSinceJ2000} seconds after J2000.0. Inverse of
     * {@link #ttSinceJ2000(Instant)} except inside a leap second, which {@link Instant} cannot name.
     */
    public static Instant utcFromTtSinceJ2000(double ttSinceJ2000) {
        double guess = ttSinceJ2000 - 69.184;
        Instant utc = instantFromUnixSinceNoon(guess);
        for (int i = 0; i < 3; i++) {
            utc = instantFromUnixSinceNoon(ttSinceJ2000 - ttMinusUtc(utc));
        }
        return utc;
    }

    /** The UTC instant {@code seconds} of TT after the UTC instant {@code utc} (leap-second aware). */
    public static Instant plusTt(Instant utc, double seconds) {
        Instant naive = utc.plusNanos(Math.round(seconds * 1e9));
        if (taiMinusUtc(naive) == taiMinusUtc(utc)) {
            return naive;                 // no leap second in between: exact to the nanosecond
        }
        return utcFromTtSinceJ2000(ttSinceJ2000(utc) + seconds);
    }

    /** TT seconds from the UTC instant {@code from} to the UTC instant {@code to} (leap-second aware). */
    public static double ttBetween(Instant from, Instant to) {
        double unix = (to.getEpochSecond() - from.getEpochSecond()) + (to.getNano() - from.getNano()) * 1e-9;
        return unix + (taiMinusUtc(to) - taiMinusUtc(from));
    }

    /** Julian Date in UTC (days of 86 400 s from the Unix epoch, as Mars24 step A-2 counts them). */
    public static double julianDateUtc(Instant utc) {
        double unixDays = (utc.getEpochSecond() + utc.getNano() * 1e-9) / DAY;
        return UNIX_EPOCH_JULIAN_DATE + unixDays;
    }

    /** Julian Date in TT: JD(UTC) + (TT − UTC) / 86 400 s (Mars24 step A-5). */
    public static double julianDateTt(Instant utc) {
        return J2000_JULIAN_DATE + ttSinceJ2000(utc) / DAY;
    }

    private static Instant instantFromUnixSinceNoon(double unixSinceNoon) {
        long whole = (long) Math.floor(unixSinceNoon);
        long nanos = Math.round((unixSinceNoon - whole) * 1e9);
        return Instant.ofEpochSecond(UNIX_SECONDS_OF_JAN_1_2000_NOON + whole, nanos);
    }
}
