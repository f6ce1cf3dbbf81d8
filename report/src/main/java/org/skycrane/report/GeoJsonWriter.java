package org.skycrane.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.skycrane.SafeFiles;
import org.skycrane.stats.EastNorth;
import org.skycrane.stats.Ellipse;
import org.skycrane.stats.LandingEllipse;
import org.skycrane.stats.LatLon;
import org.skycrane.stats.TargetPlane;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes landing points and ellipses as a GeoJSON FeatureCollection (RFC 7946), streaming, so a
 * million cases need no more memory than one. Positions are [longitude, latitude] in degrees,
 * planetocentric with east longitude in [-180, 180), rounded to 1e-7° (6 mm on Mars); points
 * given in the target's east-north plane are converted with {@link TargetPlane}.
 *
 * <p>RFC 7946 positions are WGS 84 on Earth; here they are on the target's sphere. The
 * collection says so in a foreign member {@code "skycrane_frame"} (RFC 7946 §6.1) with the
 * sphere radius and target, so a GIS can assign the right body. Ellipse rings are closed and
 * counter-clockwise (§3.1.6). Rings that cross the ±180° meridian are not split (§3.1.9); keep
 * targets away from it or split downstream.
 *
 * <pre>{@code
 * try (GeoJsonWriter geo = GeoJsonWriter.open(path, target)) {
 *     geo.target("Jezero");
 *     geo.ellipses(fit);
 *     geo.landing(caseId, point, "LANDED");   // for each case
 * }
 * }</pre>
 */
public final class GeoJsonWriter implements Closeable {

    /** Vertices of an ellipse ring, before the closing repeat of the first. */
    public static final int ELLIPSE_VERTICES = 72;

    private static final double DEGREE_DIGITS = 1e7;

    private final TargetPlane target;
    private final JsonGenerator json;

    private GeoJsonWriter(OutputStream out, TargetPlane target) {
        this.target = Objects.requireNonNull(target, "target");
        this.json = JsonMapper.builder().build().createGenerator(out, JsonEncoding.UTF8);
        json.writeStartObject();
        json.writeStringProperty("type", "FeatureCollection");
        json.writeName("skycrane_frame");
        json.writeStartObject();
        json.writeStringProperty("coordinates", "planetocentric [longitude_deg east, latitude_deg] on a sphere");
        json.writeNumberProperty("sphere_radius_m", target.radius());
        json.writeNumberProperty("target_lat_deg", Math.toDegrees(target.latitude()));
        json.writeNumberProperty("target_lon_deg", Math.toDegrees(target.longitude()));
        json.writeEndObject();
        json.writeName("features");
        json.writeStartArray();
    }

    /** Opens {@code file} for writing (replacing it; creating missing directories). */
    public static GeoJsonWriter open(Path file, TargetPlane target) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new GeoJsonWriter(SafeFiles.newOutputStream(file), target);
    }

    /** Writes to {@code out}, which {@link #close()} closes. */
    public static GeoJsonWriter to(OutputStream out, TargetPlane target) {
        return new GeoJsonWriter(out, target);
    }

    /** A Point feature at the target: properties {@code kind = "target"}, {@code name}. */
    public GeoJsonWriter target(String name) {
        json.writeStartObject();
        json.writeStringProperty("type", "Feature");
        json.writeName("geometry");
        point(EastNorth.ORIGIN);
        json.writeName("properties");
        json.writeStartObject();
        json.writeStringProperty("kind", "target");
        json.writeStringProperty("name", name);
        json.writeEndObject();
        json.writeEndObject();
        return this;
    }

    /**
     * A Point feature for one case: properties {@code kind = "landing"}, {@code case_id},
     * {@code outcome}, {@code east_km}, {@code north_km}.
     *
     * @param point   east and north of the target (m)
     * @param outcome e.g. "LANDED" or "CRASHED"; {@code null} writes JSON null
     */
    public GeoJsonWriter landing(long caseId, EastNorth point, String outcome) {
        json.writeStartObject();
        json.writeStringProperty("type", "Feature");
        json.writeName("geometry");
        point(point);
        json.writeName("properties");
        json.writeStartObject();
        json.writeStringProperty("kind", "landing");
        json.writeNumberProperty("case_id", caseId);
        json.writeStringProperty("outcome", outcome);
        json.writeNumberProperty("east_km", round(point.east() / 1000, 1e6));
        json.writeNumberProperty("north_km", round(point.north() / 1000, 1e6));
        json.writeEndObject();
        json.writeEndObject();
        return this;
    }

    /**
     * A Polygon feature: the ellipse as one closed counter-clockwise ring of
     * {@link #ELLIPSE_VERTICES} + 1 positions. Properties {@code kind = "ellipse"}, {@code name},
     * {@code scale_k}, {@code probability} (of a 2-D normal, 1 − exp(−k²/2)), {@code major_axis_km},
     * {@code minor_axis_km}, {@code azimuth_deg}, {@code centre_east_km}, {@code centre_north_km}.
     */
    public GeoJsonWriter ellipse(String name, Ellipse ellipse) {
        return ellipse(name, ellipse, Double.NaN);
    }

    /**
     * As {@link #ellipse(String, Ellipse)}, with the share of the campaign's cases inside it as
     * property {@code share_of_cases} (omitted when NaN).
     */
    public GeoJsonWriter ellipse(String name, Ellipse ellipse, double shareOfCases) {
        json.writeStartObject();
        json.writeStringProperty("type", "Feature");
        json.writeName("geometry");
        json.writeStartObject();
        json.writeStringProperty("type", "Polygon");
        json.writeName("coordinates");
        json.writeStartArray();
        json.writeStartArray();
        List<EastNorth> ring = ellipse.outline(ELLIPSE_VERTICES);
        for (int i = 0; i < ring.size(); i++) {
            // The closing position repeats the first exactly, as RFC 7946 §3.1.6 requires.
            position(ring.get(i == ring.size() - 1 ? 0 : i));
        }
        json.writeEndArray();
        json.writeEndArray();
        json.writeEndObject();
        json.writeName("properties");
        json.writeStartObject();
        json.writeStringProperty("kind", "ellipse");
        json.writeStringProperty("name", name);
        json.writeNumberProperty("scale_k", ellipse.scale());
        json.writeNumberProperty("probability", LandingEllipse.probabilityInside(ellipse.scale()));
        json.writeNumberProperty("major_axis_km", ellipse.majorAxis() / 1000);
        json.writeNumberProperty("minor_axis_km", ellipse.minorAxis() / 1000);
        json.writeNumberProperty("azimuth_deg", ellipse.azimuthDeg());
        json.writeNumberProperty("centre_east_km", ellipse.centreEast() / 1000);
        json.writeNumberProperty("centre_north_km", ellipse.centreNorth() / 1000);
        if (!Double.isNaN(shareOfCases)) {
            json.writeNumberProperty("share_of_cases", shareOfCases);
        }
        json.writeEndObject();
        json.writeEndObject();
        return this;
    }

    /** The 99 % and 3-sigma ellipses of {@code fit}, named "99 %" and "3-sigma". */
    public GeoJsonWriter ellipses(LandingEllipse fit) {
        ellipse("99 %", fit.ellipse99());
        return ellipse("3-sigma", fit.ellipse3Sigma());
    }

    /** Ends the collection and closes the output. */
    @Override
    public void close() {
        if (!json.isClosed()) {
            json.writeEndArray();
            json.writeEndObject();
            json.close();
        }
    }

    private void point(EastNorth point) {
        json.writeStartObject();
        json.writeStringProperty("type", "Point");
        json.writeName("coordinates");
        position(point);
        json.writeEndObject();
    }

    private void position(EastNorth point) {
        LatLon latLon = target.latLonOf(point);
        json.writeStartArray();
        json.writeNumber(round(latLon.longitudeDeg(), DEGREE_DIGITS));
        json.writeNumber(round(latLon.latitudeDeg(), DEGREE_DIGITS));
        json.writeEndArray();
    }

    private static double round(double value, double scale) {
        return Math.round(value * scale) / scale;
    }
}
