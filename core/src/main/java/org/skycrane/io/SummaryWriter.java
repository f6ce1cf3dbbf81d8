package org.skycrane.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.SafeFiles;
import org.skycrane.dynamics.FlightConditions;
import org.skycrane.flight.EdlEvent;
import org.skycrane.mars.Geodesy;
import org.skycrane.sim.EventRecord;
import org.skycrane.sim.Impact;
import org.skycrane.sim.NavigationSample;
import org.skycrane.sim.Peaks;
import org.skycrane.sim.Result;
import org.skycrane.sim.Touchdown;
import org.skycrane.sim.TrnReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes {@code summary.json}: outcome, events, peaks, touchdown and impacts, every key with its
 * unit. Speeds are magnitudes; latitudes planetocentric; longitudes east in [−180, 180); times in
 * seconds since entry interface. Non-finite numbers are written as null. The events are the flight's
 * own, one object per record of its timeline, in order; a caller may add fields to the tree (the
 * command line adds Earth's view of each event) before writing it.
 */
public final class SummaryWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The version of the run summary's layout (docs/summary-schema.md); raised when a key changes meaning or goes. */
    public static final int SCHEMA_VERSION = 1;

    private SummaryWriter() {
    }

    /** The summary as a JSON tree; {@code events[i]} is {@code result.timeline().records().get(i)}. */
    public static ObjectNode toJson(Result result, Long seed) {
        return toJson(result, seed, null);
    }

    /**
     * The summary as a JSON tree; {@code events[i]} is {@code result.timeline().records().get(i)}.
     * {@code caseId} names the Monte Carlo case flown ({@code null} for the nominal), with
     * {@code seed} its campaign.
     */
    public static ObjectNode toJson(Result result, Long seed, Long caseId) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema_version", SCHEMA_VERSION);
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
        for (EventRecord r : result.timeline().records()) {
            // the ground track's direction: the last one flown at a speed where it means something
            if (r.conditions().horizontalSpeed() > 1.0) {
                heading = r.conditions().heading();
            }
            ObjectNode e = event(r);
            navigation(e, NavigationSample.at(result.navigation(), r.time()));
            rangeToTarget(e, r.conditions().position(), heading, aim);
            events.add(e);
        }
        Peaks p = result.peaks();
        ObjectNode peaks = root.putObject("peaks");
        number(peaks, "deceleration_g", p.decelerationEarthG());
        number(peaks, "heat_rate_w_per_cm2", p.heatRate() / 1e4);
        number(peaks, "heat_load_j_per_cm2", p.heatLoad() / 1e4);
        number(peaks, "dynamic_pressure_pa", p.dynamicPressure());
        number(peaks, "parachute_load_n", p.parachuteLoad());
        number(peaks, "parachute_inflation_g", p.parachuteInflationG());
        ObjectNode powered = root.putObject("powered_descent");
        double start = propellantAt(result, EdlEvent.POWERED_DESCENT_START);
        double cut = propellantAt(result, EdlEvent.BRIDLE_CUT);
        number(powered, "propellant_at_start_kg", start);
        number(powered, "propellant_at_bridle_cut_kg", cut);
        number(powered, "propellant_used_kg", start - cut);
        ObjectNode recontact = root.putObject("recontact");
        number(recontact, "backshell_closest_approach_m", result.recontact().backshell());
        number(recontact, "backshell_margin_m", result.recontact().backshellMargin());
        number(recontact, "heat_shield_closest_approach_m", result.recontact().heatShield());
        number(recontact, "heat_shield_margin_m", result.recontact().heatShieldMargin());
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
            var at = Geodesy.position(t.latitude(), t.longitude(), aim.radius());
            rangeToTarget(td, at, heading, aim);
            number(td, "miss_distance_m", aim.distance(at));
            number(td, "slope_deg", Math.toDegrees(t.slope()));
            number(td, "rock_height_m", t.rockHeight());
            td.put("safe", t.safe());
            ObjectNode limits = td.putObject("safe_limits");
            number(limits, "max_slope_deg", Math.toDegrees(Touchdown.HAZARDS.maxSlope()));
            number(limits, "slope_baseline_m", Touchdown.HAZARDS.baseline());
            number(limits, "max_rock_height_m", Touchdown.HAZARDS.maxRockHeight());
            limits.put("source", "MSL Mission Engineering Constraints (USGS Astrogeology MSL landing-site "
                    + "guide v4.5), flown again by Mars 2020");
            TrnReport trn = result.trn();
            if (trn != null && trn.safeTarget() != null) {
                Vector3D surface = trn.safeTarget().normalize().scalarMultiply(at.getNorm());
                number(td, "distance_from_safe_target_m", Vector3D.angle(at, surface) * aim.radius());
            }
        }
        trn(root, result.trn());
        ArrayNode impacts = root.putArray("impacts");
        for (Impact i : result.impacts()) {
            ObjectNode o = impacts.addObject();
            o.put("body", i.body());
            number(o, "t_s", i.time());
            number(o, "lat_deg", Math.toDegrees(i.latitude()));
            number(o, "lon_deg", Math.toDegrees(i.longitude()));
            number(o, "distance_from_rover_m", i.distanceFromRover());
            number(o, "speed_mps", i.speed());
        }
        return root;
    }

    /** The navigation filter's error and 1σ at an event (the last tick's: the error is held between ticks). */
    private static void navigation(ObjectNode event, NavigationSample n) {
        if (n == null) {
            return;
        }
        ObjectNode nav = event.putObject("navigation");
        vector(nav.putObject("position_error_ned_m"), n.error(), 0);
        vector(nav.putObject("velocity_error_ned_mps"), n.error(), 3);
        vector(nav.putObject("position_sigma_ned_m"), n.sigma(), 0);
        vector(nav.putObject("velocity_sigma_ned_mps"), n.sigma(), 3);
        number(nav, "height_above_ground_error_m", n.heightError());
        number(nav, "attitude_error_mrad", n.attitudeError() * 1e3);
    }

    private static void vector(ObjectNode o, double[] values, int from) {
        String[] keys = NavigationSample.POSITION_KEYS;
        for (int i = 0; i < 3; i++) {
            number(o, keys[i], values[from + i]);
        }
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
        number(o, "propellant_kg", r.propellant());
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

    /**
     * {@code summary} with the datums of {@code scenario} stated: {@code altitude_datum} (what every
     * altitude in the run is measured from), {@code geodetic_ellipsoid} (the ellipsoid of geodetic
     * latitude) and, beside the planetocentric {@code lat_deg} of the target and the touchdown,
     * {@code geodetic_lat_deg} on that ellipsoid. Changes {@code summary} and returns it.
     */
    public static ObjectNode withDatum(ObjectNode summary, org.skycrane.scenario.Scenario scenario) {
        summary.put("altitude_datum", scenario.environment().datum());
        org.skycrane.mars.Ellipsoid shape = scenario.planet().geodeticEllipsoid();
        summary.put("geodetic_ellipsoid", String.format(Locale.ROOT, "a = %.3f m, f = %.12g",
                shape.equatorialRadius(), shape.flattening()));
        double radius = scenario.site().areoidRadius();
        for (String key : new String[] {"target", "touchdown"}) {
            if (summary.get(key) instanceof ObjectNode o && o.has("lat_deg") && o.has("lon_deg")) {
                var at = org.skycrane.mars.Geodesy.position(Math.toRadians(o.get("lat_deg").asDouble()),
                        Math.toRadians(o.get("lon_deg").asDouble()), radius);
                number(o, "geodetic_lat_deg", Math.toDegrees(shape.geodetic(at).latitude()));
            }
        }
        return summary;
    }

    /** Propellant (kg) at the first {@code event}, or NaN when it did not happen. */
    public static double propellantAt(Result result, EdlEvent event) {
        return result.timeline().first(event).map(EventRecord::propellant).orElse(Double.NaN);
    }

    /** Downrange (positive while the target is ahead) and crossrange (positive to the right) to the target. */
    private static void rangeToTarget(ObjectNode o, org.hipparchus.geometry.euclidean.threed.Vector3D position,
                                      double heading, Result.Target aim) {
        double[] dc = Geodesy.downrangeCrossrange(position, heading, aim.position(), aim.radius());
        number(o, "downrange_to_target_m", dc[0]);
        number(o, "crossrange_to_target_m", dc[1]);
    }

    /** Puts {@code value} under {@code key}, or null when it is not finite: the summary's rule for every number. */
    public static void number(ObjectNode o, String key, double value) {
        if (Double.isFinite(value)) {
            o.put(key, value);
        } else {
            o.putNull(key);
        }
    }

    /** A summary tree (from {@link #toJson}, perhaps with fields added) as indented JSON text. */
    public static String toText(JsonNode summary) {
        return MAPPER.writeValueAsString(summary) + "\n";
    }

    /** Writes a summary tree to {@code file}, whole or not at all. */
    public static void write(JsonNode summary, Path file) throws IOException {
        SafeFiles.writeString(file, toText(summary));
    }

    /** The {@code lvs} and {@code safe_target} blocks (absent when terrain-relative navigation did not fly). */
    private static void trn(ObjectNode root, TrnReport trn) {
        if (trn == null) {
            return;
        }
        ObjectNode lvs = root.putObject("lvs");
        lvs.put("mode", trn.mode());
        number(lvs, "start_t_s", trn.startTime());
        number(lvs, "solution_t_s", trn.solutionTime());
        number(lvs, "position_error_m", trn.positionError());
        number(lvs, "position_sigma_m", trn.positionSigma());
        lvs.put("images", trn.images());
        lvs.put("fixes_accepted", trn.fused());
        if (trn.failure() != null) {
            lvs.put("failure", trn.failure());
        }
        if (trn.safeTarget() == null) {
            root.putNull("safe_target");
            return;
        }
        ObjectNode st = root.putObject("safe_target");
        number(st, "lat_deg", Math.toDegrees(Geodesy.latitude(trn.safeTarget())));
        number(st, "lon_deg", Math.toDegrees(Geodesy.longitude(trn.safeTarget())));
        number(st, "divert_m", trn.divert());
        number(st, "hazard", trn.hazard());
    }
}
