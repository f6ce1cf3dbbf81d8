package org.skycrane.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skycrane.stats.EastNorth;
import org.skycrane.stats.LandingEllipse;
import org.skycrane.stats.TargetPlane;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GeoJsonWriterTest {

    /** Mars mean radius (m): IAU WGCCRE 2015, 3389.50 km (Archinal et al. 2018). */
    private static final double RADIUS = 3_389_500.0;
    private static final TargetPlane TARGET = TargetPlane.ofDegrees(18.44, 77.45, RADIUS);

    @TempDir
    Path dir;

    private JsonNode write(List<EastNorth> points, LandingEllipse fit) throws Exception {
        Path file = dir.resolve("out/landings.geojson");
        try (GeoJsonWriter geo = GeoJsonWriter.open(file, TARGET)) {
            geo.target("Jezero");
            geo.ellipses(fit);
            for (int i = 0; i < points.size(); i++) {
                geo.landing(1000 + i, points.get(i), i % 10 == 0 ? "CRASHED" : "LANDED");
            }
        }
        return JsonMapper.builder().build().readTree(file);
    }

    @Test
    void isAFeatureCollectionOfTargetEllipsesAndLandings() throws Exception {
        List<EastNorth> points = ExampleImages.syntheticLandings(3L, 200);
        JsonNode root = write(points, LandingEllipse.of(points));

        assertThat(root.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(root.get("skycrane_frame").get("sphere_radius_m").asDouble()).isEqualTo(RADIUS);
        JsonNode features = root.get("features");
        assertThat(features.size()).isEqualTo(1 + 2 + 200);
        for (JsonNode feature : features) {
            assertThat(feature.get("type").asString()).isEqualTo("Feature");
            assertThat(feature.get("geometry").get("type").asString()).isIn("Point", "Polygon");
        }
        assertThat(features.get(0).get("properties").get("kind").asString()).isEqualTo("target");
        JsonNode landing = features.get(3);
        assertThat(landing.get("properties").get("case_id").asLong()).isEqualTo(1000);
        assertThat(landing.get("properties").get("outcome").asString()).isEqualTo("CRASHED");
        assertEquals(points.get(0).east() / 1000, landing.get("properties").get("east_km").asDouble(), 1e-6, "east_km");
    }

    @Test
    void positionsAreLongitudeThenLatitudeAndOneKilometreNorthIsThousandOverRadiusRadians() throws Exception {
        JsonNode root = write(List.of(new EastNorth(0, 1000), new EastNorth(1000, 0)),
                LandingEllipse.of(ExampleImages.syntheticLandings(4L, 50)));
        JsonNode target = root.get("features").get(0).get("geometry").get("coordinates");
        JsonNode north = root.get("features").get(3).get("geometry").get("coordinates");
        JsonNode east = root.get("features").get(4).get("geometry").get("coordinates");

        assertEquals(77.45, target.get(0).asDouble(), 1e-7, "target longitude first (deg)");
        assertEquals(18.44, target.get(1).asDouble(), 1e-7, "target latitude second (deg)");
        assertEquals(18.44 + Math.toDegrees(1000 / RADIUS), north.get(1).asDouble(), 1e-7, "latitude 1 km north (deg)");
        assertEquals(77.45, north.get(0).asDouble(), 1e-7, "longitude 1 km north (deg)");
        // 1 km east: Δλ ≈ 1000 / (R cos φ) to first order in 1000/R.
        assertEquals(77.45 + Math.toDegrees(1000 / (RADIUS * Math.cos(Math.toRadians(18.44)))), east.get(0).asDouble(),
                1e-7, "longitude 1 km east (deg)");
    }

    @Test
    void ellipseRingsAreClosedCounterClockwiseAndCarryTheirSize() throws Exception {
        List<EastNorth> points = ExampleImages.syntheticLandings(5L, 2000);
        LandingEllipse fit = LandingEllipse.of(points);
        JsonNode root = write(points, fit);

        for (int f = 1; f <= 2; f++) {
            JsonNode feature = root.get("features").get(f);
            JsonNode rings = feature.get("geometry").get("coordinates");
            assertThat(rings.size()).as("one exterior ring, no holes").isEqualTo(1);
            JsonNode ring = rings.get(0);
            assertThat(ring.size()).isEqualTo(GeoJsonWriter.ELLIPSE_VERTICES + 1);
            assertThat(ring.get(ring.size() - 1)).as("closing position equals the first").isEqualTo(ring.get(0));
            double twiceArea = 0;
            for (int i = 0; i + 1 < ring.size(); i++) {
                twiceArea += ring.get(i).get(0).asDouble() * ring.get(i + 1).get(1).asDouble()
                        - ring.get(i + 1).get(0).asDouble() * ring.get(i).get(1).asDouble();
            }
            assertThat(twiceArea).as("shoelace area in lon/lat: positive is counter-clockwise").isPositive();
        }
        JsonNode properties = root.get("features").get(1).get("properties");
        assertThat(properties.get("name").asString()).isEqualTo("99 %");
        assertEquals(0.99, properties.get("probability").asDouble(), 1e-12, "probability of the 99 % ellipse");
        assertEquals(fit.ellipse99().majorAxis() / 1000, properties.get("major_axis_km").asDouble(), 1e-12, "major axis (km)");
    }
}
