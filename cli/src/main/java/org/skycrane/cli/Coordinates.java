package org.skycrane.cli;

import java.util.Locale;

/** Latitudes and longitudes as people read them: "4.5964° S", "137.4019° E", never a negative north. */
final class Coordinates {

    private Coordinates() {
    }

    /** A planetocentric latitude (deg): "18.4447° N", "4.5964° S". */
    static String latitude(double deg) {
        return String.format(Locale.ROOT, "%.4f° %s", Math.abs(deg) + 0.0, deg < 0 ? "S" : "N");
    }

    /** A longitude (deg), east positive, as east or west within 180°: "77.4508° E", "118.1753° W". */
    static String longitude(double deg) {
        double east = ((deg + 180) % 360 + 360) % 360 - 180;
        return String.format(Locale.ROOT, "%.4f° %s", Math.abs(east) + 0.0, east < 0 ? "W" : "E");
    }

    /** "4.5964° S 137.4019° E". */
    static String of(double latitudeDeg, double longitudeDeg) {
        return latitude(latitudeDeg) + " " + longitude(longitudeDeg);
    }
}
