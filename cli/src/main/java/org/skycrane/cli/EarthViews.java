package org.skycrane.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skycrane.earth.EarthEvent;
import org.skycrane.earth.EarthTimeline;
import org.skycrane.earth.EarthTimelineJson;
import org.skycrane.earth.EarthView;
import org.skycrane.earth.RelayMode;
import org.skycrane.earth.RelayOrbiter;
import org.skycrane.earth.TimedEvent;
import org.skycrane.io.SummaryWriter;
import org.skycrane.scenario.MissionSpec;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.EventRecord;
import org.skycrane.sim.Result;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Earth's view of a simulated flight, where the flight (core) meets the Earth view (earth): the
 * run's events placed in UTC with their light time and relay, and the fields they add to
 * {@code summary.json}.
 */
public final class EarthViews {

    private EarthViews() {
    }

    /** The Earth-view timeline of a run of {@code scenario}. */
    static EarthTimeline of(Scenario scenario, Result result) {
        MissionSpec mission = scenario.mission();
        List<TimedEvent> events = new ArrayList<>();
        for (EventRecord r : result.timeline().records()) {
            events.add(new TimedEvent(r.event().name(), r.time(), Math.max(0, r.conditions().heightAboveGround())));
        }
        double lat = result.target().latitude();
        double lon = result.target().longitude();
        Optional<RelayOrbiter> relay = Optional.ofNullable(mission.relay()).map(r -> {
            var at = mission.entryInterface().plusMillis(Math.round(r.overheadAfterEntry() * 1000));
            RelayMode mode = r.mode() == MissionSpec.RelaySpec.Mode.BENT_PIPE ? RelayMode.BENT_PIPE : RelayMode.RECORD;
            return r.orbiter() == MissionSpec.RelaySpec.Orbiter.MRO ? RelayOrbiter.mro(lat, lon, at, mode)
                    : RelayOrbiter.odyssey(lat, lon, at, mode);
        });
        return EarthView.timeline(mission.entryInterface(), events, lat, lon, relay, mission.roverName());
    }

    /**
     * The summary of a run of {@code scenario} (Monte Carlo case {@code caseId} of {@code seed}, or the
     * nominal when null), with Earth's view unless nothing was flown.
     */
    public static ObjectNode summary(Scenario scenario, Result result, Long seed, Long caseId) {
        ObjectNode summary = SummaryWriter.toJson(result, seed, caseId);
        if (result.touchdown() == null && result.timeline().records().isEmpty()) {
            return summary;
        }
        return withEarthView(summary, result, of(scenario, result));
    }

    /**
     * {@code summary} (from {@link SummaryWriter#toJson} for {@code result}) with Earth's view: every
     * event gains {@code scet_utc}, {@code ert_utc}, {@code lmst}, {@code dte_visible} and
     * {@code ert_relay_utc} after its own fields; Earth setting below the horizon becomes an event of its
     * own ({@code EARTH_SET}) before the first event that comes later; {@code one_way_light_time_s}
     * follows the events. {@code summary} itself is left as it was.
     */
    static ObjectNode withEarthView(ObjectNode summary, Result result, EarthTimeline earth) {
        List<EventRecord> records = result.timeline().records();
        JsonNode flown = summary.get("events");
        if (flown == null || flown.size() != records.size()) {
            throw new IllegalArgumentException("the summary's events are not those of the result: "
                    + (flown == null ? "none" : flown.size()) + " for " + records.size() + " records");
        }
        List<EarthEvent> sets = earth.events().stream().filter(e -> e.name().equals(EarthView.EARTH_SET)).toList();
        Iterator<EarthEvent> heard = earth.events().stream()
                .filter(e -> !e.name().equals(EarthView.EARTH_SET)).iterator();
        ArrayNode events = summary.arrayNode();
        int set = 0;
        for (int i = 0; i < records.size(); i++) {
            while (set < sets.size() && sets.get(set).time() < records.get(i).time()) {
                events.add(earthSet(summary.objectNode(), sets.get(set++)));
            }
            ObjectNode event = (ObjectNode) flown.get(i).deepCopy();
            if (heard.hasNext()) {
                earthFields(event, heard.next());
            }
            events.add(event);
        }
        while (set < sets.size()) {
            events.add(earthSet(summary.objectNode(), sets.get(set++)));
        }
        ObjectNode out = summary.objectNode();
        for (Map.Entry<String, JsonNode> field : summary.properties()) {
            if (field.getKey().equals("events")) {
                out.set("events", events);
                SummaryWriter.number(out, "one_way_light_time_s", earth.oneWayLightTime());
            } else {
                out.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        return out;
    }

    private static ObjectNode earthSet(ObjectNode o, EarthEvent set) {
        o.put("name", EarthView.EARTH_SET);
        SummaryWriter.number(o, "t_s", set.time());
        earthFields(o, set);
        return o;
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
}
