package org.skycrane.earth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SunDirectionTest {

    /** Angle between two longitudes (deg), wrapped to [0, 180]. */
    private static double lonDiff(double a, double b) {
        double d = Math.abs(Math.toDegrees(a - b)) % 360;
        return d > 180 ? 360 - d : d;
    }

    @Test
    @DisplayName("at the Mars 2020 landing the ephemeris Sun agrees with Mars24's declination and sub-solar longitude within 1°")
    void agreesWithMars24AtTheMars2020Landing() {
        // touchdown, SCET: entry interface plus the flown ~415 s (REFERENCE timeline; any minute would do)
        Instant landing = PublishedLanding.MARS_2020_ENTRY_INTERFACE_SCET.plusSeconds(415);
        SunDirection sun = SunDirection.at(landing);
        MarsTime mars24 = MarsTime.at(landing);
        // Mars24's declination is planetographic; at |δ| < 25° it differs from the planetocentric one
        // by under 0.3°, inside the 1° tolerance the rendering asks for
        assertThat(Math.toDegrees(sun.subsolarLatitude()))
                .isCloseTo(Math.toDegrees(mars24.solarDeclination()), within(1.0));
        assertThat(lonDiff(sun.subsolarLongitude(), mars24.subsolarLongitude())).isLessThan(1.0);
    }

    @Test
    @DisplayName("the Mars24 worked example A (2000-01-06) sub-solar point is reproduced within 1°")
    void reproducesMars24ExampleA() {
        // Allison & McEwen (2000) / GISS Mars24 example A: declination -25.2282°, sub-solar longitude
        // 174.72600° W = 185.274° E
        SunDirection sun = SunDirection.at(Instant.parse("2000-01-06T00:00:00Z"));
        assertThat(Math.toDegrees(sun.subsolarLatitude())).isCloseTo(-25.2282, within(1.0));
        assertThat(lonDiff(sun.subsolarLongitude(), Math.toRadians(360 - 174.726))).isLessThan(1.0);
    }

    @Test
    @DisplayName("the Sun stands in the afternoon sky over Jezero at landing (LMST 15:53 was reported)")
    void afternoonSunOverJezero() {
        Instant landing = PublishedLanding.MARS_2020_ENTRY_INTERFACE_SCET.plusSeconds(415);
        SunDirection sun = SunDirection.at(landing);
        double lat = PublishedLanding.MARS_2020_SITE_LATITUDE;
        double lon = PublishedLanding.MARS_2020_SITE_LONGITUDE;
        double hourAngle = Math.toRadians(MarsTime.at(landing).ltstHours(lon) * 15 - 180);
        double dec = sun.subsolarLatitude();
        // closed-form elevation of the spherical-astronomy triangle
        double elevation = Math.asin(Math.sin(lat) * Math.sin(dec) + Math.cos(lat) * Math.cos(dec) * Math.cos(hourAngle));
        assertThat(Math.toDegrees(sun.elevation(lat, lon))).isCloseTo(Math.toDegrees(elevation), within(0.5));
        assertThat(Math.toDegrees(sun.azimuth(lat, lon))).isBetween(180.0, 360.0);   // west of the meridian
        assertThat(sun.local(lat, lon).getNorm()).isCloseTo(1.0, within(1e-12));
    }
}
