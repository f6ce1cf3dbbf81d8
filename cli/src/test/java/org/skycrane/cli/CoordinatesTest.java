package org.skycrane.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CoordinatesTest {

    @Test
    void southAndWestAreSaidSo() {
        assertEquals("4.5964° S", Coordinates.latitude(-4.5964));
        assertEquals("18.4447° N", Coordinates.latitude(18.4447));
        assertEquals("118.1753° W", Coordinates.longitude(-118.1753));
        assertEquals("110.0000° W", Coordinates.longitude(250), "250° E is 110° W");
        assertEquals("137.4019° E", Coordinates.longitude(137.4019));
        assertEquals("0.0000° N 0.0000° E", Coordinates.of(-0.0, -0.0), "no negative zero");
    }
}
