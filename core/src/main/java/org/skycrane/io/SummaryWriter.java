package org.skycrane.io;

import java.io.IOException;
import java.nio.file.Path;
import org.skycrane.SafeFiles;
import org.skycrane.dynamics.FlightConditions;
import org.skycrane.earth.EarthEvent;
import org.skycrane.earth.EarthTimeline;
import org.skycrane.earth.EarthTimelineJson;
import org.skycrane.earth.EarthView;
import org.skycrane.sim.EventRecord;
import org.skycrane.sim.Impact;
import org.skycrane.sim.Peaks;
import org.skycrane.sim.Result;
import org.skycrane.sim.Touchdown;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.SerializationFeature;

/**
 * Writes {@code summary.json}: outcome, events, peaks, touchdown and impacts, every key with its
 * unit. Speeds are magnitudes; latitudes planetocentric; longitudes east in [−180, 180); times in
 * seconds since entry interface. Non-finite numbers are written as null.
 */
public final class SummaryWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private SummaryWriter() {
    }

    /** The summary as a JSON tree, without Earth-view fields. */
    public static ObjectNode toJson(Result result, Long seed) {
        return toJson(result, seed, null, null);
    }

    /** The summary of a nominal run as a JSON tree, with Earth-view fields when {@code earth} is given. */
    public static ObjectNode toJson(Result result, Long seed, EarthTimeline earth) {
        return toJson(result, seed, null, earth);
    }

    /**
     * The summary as a JSON tree; with an Earth-view timeline, every event gains {@code scet_utc},
     * {@code ert_utc}, {@code lmst}, {@code dte_visible} and {@code ert_relay_utc}, and Earth setting
     * below the horizon is an event of its own ({@code EARTH_SET}). {@code caseId} names the Monte
     * Carlo case flown ({@code null} for the nominal), with {@code seed} its campaign.
     */
    public static ObjectNode toJson(Result result, Long seed, Long caseId, EarthTimeline earth) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("scenario", result.scenario());
        if (seed != null) {
            root.put("seed", seed);
        }
        if (caseId != null) {
            root.put("case", caseId);
            root.put("flown", "dispersed case " + caseId + " of Monte Carlo seed " + seed);
        } else {
            root.put("flown", "the nominal scenario");
        }
        root.put("outcome", result.outcome().name());
        if (result.reason() != null) {
            root.put("reason", result.reason());
        }
        Result.Target aim = result.target();
        ObjectNode target = root.putObject("target");
        number(target, "lat_deg", Math.toDegrees(aim.latitude()));
        number(target, "lon_deg", Math.toDegrees(aim.longitude()));
        number(target, "elevation_m", aim.elevation());
        ArrayNode events = root.putArray("events");
        double heading = Double.NaN;
        java.util.List<EarthEvent> heard = earth == null ? java.util.List.of() : earth.events();
        java.util.List<EarthEvent> sets = heard.stream().filter(e -> e.name().equals(EarthView.EARTH_SET)).toList();
        java.util.Iterator<EarthEvent> matching = heard.stream()
                .filter(e -> !e.name().equals(EarthView.EARTH_SET)).iterator();
        int set = 0;
        for (EventRecord r : result.timeline().records()) {
            while (set < sets.size() && sets.get(set).time() < r.time()) {
                earthSet(events, sets.get(set++));
            }
            // the ground track's direction: the last one flown at a speed where it means something
            if (r.conditions().horizontalSpeed() > 1.0) {
                heading = r.conditions().heading();
            }
            ObjectNode e = event(r);
            rangeToTarget(e, r.conditions().position(), heading, aim);
            if (matching.hasNext()) {
                earthFields(e, matching.next());
            }
            events.add(e);
        }
        while (set < sets.size()) {
            earthSet(events, sets.get(set++));
        }
        if (earth != null) {
            number(root, "one_way_light_time_s", earth.oneWayLightTime());
        }
        Peaks p = result.peaks();
        ObjectNode peaks = root.putObject("peaks");
        number(peaks, "deceleration_g", p.decelerationEarthG());
        number(peaks, "heat_rate_w_per_cm2", p.heatRate() / 1e4);
        number(peaks, "heat_load_j_per_cm2", p.heatLoad() / 1e4);
        number(peaks, "dynamic_pressure_pa", p.dynamicPressure());
        number(peaks, "parachute_load_n", p.parachuteLoad());
        Touchdown t = result.touchdown();
        if (t == null) {
            root.putNull("touchdown");
        } else {
            ObjectNode td = root.putObject("touchdown");
            number(td, "t_s", t.time());
            number(td, "vertical_speed_mps", t.verticalSpeed());
            number(td, "horizontal_speed_mps", t.horizontalSpeed());
            number(td, "lat_deg", Math.toDegrees(t.latitude()));
            number(td, "lon_deg", Math.toDegrees(t.longitude()));
            number(td, "propellant_remaining_kg", t.propellantRemaining());
            var at = org.skycrane.mars.Geodesy.position(t.latitude(), t.longitude(), aim.radius());
            rangeToTarget(td, at, heading, aim);
            number(td, "miss_distance_m", aim.distance(at));
        }
        ArrayNode impacts = root.putArray("impacts");
        for (Impact i : result.impacts()) {
            ObjectNode o = impacts.addObject();
            o.put("body", i.body());
            number(o, "t_s", i.time());
            number(o, "lat_deg", Math.toDegrees(i.latitude()));
            number(o, "lon_deg", Math.toDegrees(i.longitude()));
            number(o, "distance_from_rover_m", i.distanceFromRover());
        }
        return root;
    }

    private static ObjectNode event(EventRecord r) {
        FlightConditions c = r.conditions();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", r.event().name());
        number(o, "t_s", c.time());
        number(o, "altitude_m", c.altitude());
        number(o, "height_above_ground_m", c.heightAboveGround());
        number(o, "speed_mps", c.speed());
        number(o, "mach", c.mach());
        number(o, "dynamic_pressure_pa", c.dynamicPressure());
        number(o, "lat_deg", Math.toDegrees(c.latitude()));
        number(o, "lon_deg", Math.toDegrees(c.longitude()));
        if (r.trigger() != null) {
            o.put("trigger", r.trigger());
        }
        if (r.onboard() != null) {
            // what the flight software believed at that instant, beside the truth above
            ObjectNode onboard = o.putObject("onboard");
            number(onboard, "mach", r.onboard().mach());
            number(onboard, "dynamic_pressure_pa", r.onboard().dynamicPressure());
            number(onboard, "height_above_ground_m", r.onboard().heightAboveGround());
            number(onboard, "speed_mps", r.onboard().speed());
        }
        return o;
    }

    private static void earthSet(ArrayNode events, EarthEvent set) {
        ObjectNode e = events.addObject();
        e.put("name", EarthView.EARTH_SET);
        number(e, "t_s", set.time());
        earthFields(e, set);
    }

    private static void earthFields(ObjectNode o, EarthEvent e) {
        o.put("scet_utc", EarthTimelineJson.iso(e.scet()));
        o.put("ert_utc", EarthTimelineJson.iso(e.ert()));
        o.put("lmst", e.lmst());
        o.put("dte_visible", e.dteVisible());
        if (e.ertRelay() == null) {
            o.putNull("ert_relay_utc");
        } else {
            o.put("ert_relay_utc", EarthTimelineJson.iso(e.ertRelay()));
        }
    }

    /** Downrange (positive while the target is ahead) and crossrange (positive to the right) to the target. */
    private static void rangeToTarget(ObjectNode o, org.hipparchus.geometry.euclidean.threed.Vector3D position,
                                      double heading, Result.Target aim) {
        double[] dc = org.skycrane.mars.Geodesy.downrangeCrossrange(position, heading, aim.position(), aim.radius());
        number(o, "downrange_to_target_m", dc[0]);
        number(o, "crossrange_to_target_m", dc[1]);
    }

    static void number(ObjectNode o, String key, double value) {
        if (Double.isFinite(value)) {
            o.put(key, value);
        } else {
            o.putNull(key);
        }
    }

    /** The summary as JSON text. */
    public static String toText(Result result, Long seed, Long caseId, EarthTimeline earth) {
        return MAPPER.writeValueAsString(toJson(result, seed, caseId, earth)) + "\n";
    }

    /** Writes the summary to {@code file}, whole or not at all. */
    public static void write(Result result, Long seed, Long caseId, EarthTimeline earth, Path file) throws IOException {
        SafeFiles.writeString(file, toText(result, seed, caseId, earth));
    }
}
