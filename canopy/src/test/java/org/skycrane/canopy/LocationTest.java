package org.skycrane.canopy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocationTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "34°11'58\"N 118°10'31\"W",
        "34°11'58\" N 118°10'31\" W",
        "34° 11' 58\" N, 118° 10' 31\" W",
        "34d11'58\"N 118d10'31\"W",
        "34d 11m 58s n 118d 10m 31s w",
        "34°11′58″N 118°10′31″W",
        "34º11’58”N; 118º10’31”W",
        "34°11'58''N 118°10'31''W",
        "34°11'58N 118°10'31W",
    })
    void jplIsReadFromEveryUsualWayOfWritingIt(String text) {
        assertEquals(Location.JPL, Location.parse(text), text);
    }

    @Test
    void missingMinutesAndSecondsAreZero() {
        assertEquals(new Location(new Dms(18, 0, 0, 'N'), new Dms(77, 30, 0, 'E')), Location.parse("18°N 77°30'E"));
    }

    @Test
    void itPrintsWhatItReads() {
        assertEquals("34°11'58\"N 118°10'31\"W", Location.JPL.toString());
        assertEquals(Location.JPL, Location.parse(Location.JPL.toString()));
    }

    @Test
    void decimalDegreesAreSignedLikeMapCoordinates() {
        Location jezero = Location.parse("18°26'41\"N 77°27'3\"E");
        // 18 + 26/60 + 41/3600 and 77 + 27/60 + 3/3600, by hand
        assertEquals(18.444722222222222, jezero.latitudeDeg(), 1e-12, "latitude (deg)");
        assertEquals(77.45083333333334, jezero.longitudeDeg(), 1e-12, "longitude (deg)");
        assertEquals(-118.17527777777778, Location.JPL.longitudeDeg(), 1e-12, "longitude (deg), west negative");
    }

    @Test
    void latitudeBeyondNinetyDegreesIsRejected() {
        assertThatThrownBy(() -> Location.parse("91°0'0\"N 0°0'0\"E")).isInstanceOf(CanopyException.class)
                .hasMessageContaining("location").hasMessageContaining("at most 90°");
        assertThatThrownBy(() -> Location.parse("90°0'1\"S 0°0'0\"E")).isInstanceOf(CanopyException.class)
                .hasMessageContaining("at most 90°");
    }

    @Test
    void longitudeBeyondOneHundredEightyDegreesIsRejected() {
        assertThatThrownBy(() -> Location.parse("0°N 180°0'30\"W")).isInstanceOf(CanopyException.class)
                .hasMessageContaining("at most 180°");
    }

    @Test
    void fractionalSecondsAreRejectedBecauseTheCanopyStoresWholeSeconds() {
        assertThatThrownBy(() -> Location.parse("34°11'58.5\"N 118°10'31\"W")).isInstanceOf(CanopyException.class)
                .hasMessageContaining("whole number").hasMessageContaining("58.5");
    }

    @Test
    void swappedAxesAndMisplacedHemispheresAreRejected() {
        assertThatThrownBy(() -> Location.parse("118°10'31\"W 34°11'58\"N")).isInstanceOf(CanopyException.class)
                .hasMessageContaining("latitude (N or S) comes first");
        assertThatThrownBy(() -> Location.parse("34°N 118°S")).isInstanceOf(CanopyException.class)
                .hasMessageContaining("longitude hemisphere must be E or W");
    }

    @Test
    void unreadableTextIsQuotedWithAnExample() {
        assertThatThrownBy(() -> Location.parse("Pasadena")).isInstanceOf(CanopyException.class)
                .hasMessageContaining("\"Pasadena\"").hasMessageContaining("34°11'58\"N 118°10'31\"W");

    }
}
