package org.skycrane.earth;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON form of an {@link EarthTimeline} (the {@code --json} output of {@code skycrane replay}):
 * <pre>
 * {"owlt_s": 682.258,
 *  "rover": "Perseverance", "relay": "MRO", "relay_mode": "BENT_PIPE",
 *  "events": [{"name", "t_s", "scet_utc", "ert_utc", "light_time_s", "lmst", "callout",
 *              "earth_elevation_deg", "dte_visible", "ert_relay_utc"}],
 *  "landing": {"scet_utc", "ert_utc", "lmst", "ls_deg", "msd"}}
 * </pre>
 * Times are ISO-8601 UTC with milliseconds and a trailing Z, rounded to the nearest millisecond
 * ({@code 2021-02-18T20:43:49.640Z}); {@code ert_relay_utc} and {@code landing} may be null.
 */
public final class EarthTimelineJson {

    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private EarthTimelineJson() {
    }

    /** The timeline as a JSON tree. */
    public static ObjectNode toJson(EarthTimeline timeline) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("owlt_s", round(timeline.oneWayLightTime(), 3));
        root.put("rover", timeline.roverName());
        root.put("entry_interface_scet_utc", iso(timeline.entryInterfaceScet()));
        root.put("site_lat_deg", round(Math.toDegrees(timeline.siteLatitude()), 6));
        root.put("site_lon_deg", round(Math.toDegrees(timeline.siteLongitude()), 6));
        if (timeline.relay() == null) {
            root.putNull("relay");
            root.putNull("relay_mode");
        } else {
            root.put("relay", timeline.relay().name());
            root.put("relay_mode", timeline.relay().mode().name());
        }
        ArrayNode events = root.putArray("events");
        for (EarthEvent event : timeline.events()) {
            ObjectNode node = events.addObject();
            node.put("name", event.name());
            node.put("t_s", round(event.time(), 3));
            node.put("scet_utc", iso(event.scet()));
            node.put("ert_utc", iso(event.ert()));
            node.put("light_time_s", round(event.lightTime(), 3));
            node.put("lmst", event.lmst());
            node.put("callout", event.callout());
            node.put("earth_elevation_deg", round(Math.toDegrees(event.earthElevation()), 3));
            node.put("dte_visible", event.dteVisible());
            if (event.ertRelay() == null) {
                node.putNull("ert_relay_utc");
            } else {
                node.put("ert_relay_utc", iso(event.ertRelay()));
            }
        }
        EarthTimeline.Landing landing = timeline.landing();
        if (landing == null) {
            root.putNull("landing");
        } else {
            ObjectNode node = root.putObject("landing");
            node.put("scet_utc", iso(landing.scet()));
            node.put("ert_utc", iso(landing.ert()));
            node.put("lmst", landing.lmst());
            node.put("ls_deg", round(Math.toDegrees(landing.solarLongitude()), 5));
            node.put("msd", round(landing.marsSolDate(), 5));
        }
        return root;
    }

    /** The timeline as indented JSON text. */
    public static String write(EarthTimeline timeline) {
        return MAPPER.writeValueAsString(toJson(timeline));
    }

    /** ISO-8601 UTC with milliseconds and a trailing Z, rounded to the nearest millisecond. */
    public static String iso(Instant instant) {
        return ISO_MILLIS.format(roundToMillis(instant));
    }

    /** The instant rounded to the nearest millisecond (half up). */
    public static Instant roundToMillis(Instant instant) {
        long nanos = instant.getNano() % 1_000_000;
        Instant truncated = instant.minusNanos(nanos);
        return nanos >= 500_000 ? truncated.plusMillis(1) : truncated;
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
