package org.skycrane.earth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeScalesTest {

    /**
     * TT − UTC = 64.184 s in 2000, 67.184 s in Aug 2012, 69.184 s since 2017 (P: IERS Bulletin C leap-second
     * table).
     */
    @Test
    void ttMinusUtcMatchesTheLeapSecondTableAtThePublishedDates() {
        assertEquals(64.184, TimeScales.ttMinusUtc(Instant.parse("2000-01-06T00:00:00Z")), 1e-12, "TT-UTC 2000 (s)");
        assertEquals(67.184, TimeScales.ttMinusUtc(Instant.parse("2012-08-06T05:17:57.3Z")), 1e-12, "TT-UTC MSL landing (s)");
        assertEquals(69.184, TimeScales.ttMinusUtc(Instant.parse("2021-02-18T20:43:38Z")), 1e-12, "TT-UTC Mars 2020 landing (s)");
    }

    /** IERS Bulletin C 52: a leap second at the end of 2016-12-31, TAI − UTC from 36 s to 37 s. */
    @Test
    void taiMinusUtcStepsAtMidnightOfTheLeapSecondDay() {
        assertEquals(36, TimeScales.taiMinusUtc(Instant.parse("2016-12-31T23:59:59.999Z")), "TAI-UTC before (s)");
        assertEquals(37, TimeScales.taiMinusUtc(Instant.parse("2017-01-01T00:00:00Z")), "TAI-UTC after (s)");
        assertEquals(10, TimeScales.taiMinusUtc(TimeScales.FIRST_SUPPORTED), "TAI-UTC on 1972-01-01 (s)");
        assertEquals(LocalDate.parse("2017-01-01"), TimeScales.lastLeapSecondStep(), "latest step in the table");
    }

    /** Twenty-seven leap seconds from 1972-07-01 to 2017-01-01: TAI − UTC goes from 10 s to 37 s. */
    @Test
    void theTableHoldsTwentySevenLeapSecondsAfter1972() {
        assertEquals(27, TimeScales.taiMinusUtc(Instant.parse("2026-01-01T00:00:00Z"))
                - TimeScales.taiMinusUtc(TimeScales.FIRST_SUPPORTED), "leap seconds since 1972-01-01");
    }

    @Test
    void instantsBefore1972AreRefused() {
        assertThrows(IllegalArgumentException.class, () -> TimeScales.taiMinusUtc(Instant.parse("1971-12-31T23:59:59Z")));
    }

    /**
     * Mars24 worked example A, steps: JD_UT 2451549.5, JD_TT 2451549.50074 (S, as in {@link
     * MarsTimeTest}).
     */
    @Test
    void julianDatesMatchMars24WorkedExampleA() {
        Instant utc = Instant.ofEpochMilli(947_116_800_000L);
        assertEquals(2451549.5, TimeScales.julianDateUtc(utc), 1e-9, "JD (UT), days");
        assertEquals(2451549.50074, TimeScales.julianDateTt(utc), 0.5e-5, "JD (TT), days, to the published 5 decimals");
    }

    /** Closed form: J2000.0 = 2000-01-01T12:00:00 TT = 11:58:55.816 UTC (TT − UTC = 64.184 s). */
    @Test
    void j2000IsNoonTtOnJanuaryFirst2000() {
        assertEquals(0.0, TimeScales.ttSinceJ2000(Instant.parse("2000-01-01T11:58:55.816Z")), 1e-9, "TT since J2000 (s)");
        assertEquals(TimeScales.J2000_JULIAN_DATE, TimeScales.julianDateTt(Instant.parse("2000-01-01T11:58:55.816Z")),
                     1e-9, "JD (TT) of J2000.0");
    }

    /** Across the leap second 2016-12-31T23:59:60Z two SI seconds cover only one second of UTC labels. */
    @Test
    void addingTtAcrossALeapSecondSkipsTheInsertedSecond() {
        Instant before = Instant.parse("2016-12-31T23:59:59Z");
        assertEquals(Instant.parse("2017-01-01T00:00:00Z"), TimeScales.plusTt(before, 2.0), "UTC 2 s of TT later");
        assertEquals(2.0, TimeScales.ttBetween(before, Instant.parse("2017-01-01T00:00:00Z")), 1e-12, "TT between (s)");
        Instant ordinary = Instant.parse("2021-02-18T20:43:38Z");
        assertEquals(Instant.parse("2021-02-18T20:55:00.257Z"), TimeScales.plusTt(ordinary, 682.257), "no leap second");
    }

    @Test
    void utcFromTtInvertsTtSinceJ2000() {
        Instant utc = Instant.parse("2012-08-06T05:10:45.700Z");
        Instant back = TimeScales.utcFromTtSinceJ2000(TimeScales.ttSinceJ2000(utc));
        assertEquals(0.0, TimeScales.ttBetween(utc, back), 1e-6, "round trip (s)");
    }
}
