package org.skycrane.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skycrane.earth.EarthEvent;
import org.skycrane.earth.EarthTimeline;
import org.skycrane.earth.EarthView;
import org.skycrane.io.ScenarioReader;
import org.skycrane.io.SummaryWriter;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.Result;
import org.skycrane.sim.Simulation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Earth's view of simulated flights: UTC, light time, call-outs and the fields they add to summary.json. */
class EarthViewsTest {

    private static final Map<String, Result> RUNS = new ConcurrentHashMap<>();
    private static final List<String> EARTH_FIELDS = List.of("scet_utc", "ert_utc", "lmst", "dte_visible",
            "ert_relay_utc");

    private static Scenario scenario(String name) {
        return ScenarioReader.read(name);
    }

    private static Result run(String name) {
        return RUNS.computeIfAbsent(name, n -> Simulation.run(scenario(n), false));
    }

    private static EarthTimeline view(String name) {
        return EarthViews.of(scenario(name), run(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mars2020", "msl"})
    void ertMinusScetIsTheLightTimeForEveryEvent(String name) {
        for (EarthEvent e : view(name).events()) {
            double delay = Duration.between(e.scet(), e.ert()).toNanos() / 1e9;
            assertEquals(e.lightTime(), delay, 1e-3, e.name() + ": ERT − SCET (s) equals the light time to 1 ms");
        }
    }

    /**
     * "11 minutes and 22 seconds" for a signal from Mars to reach Earth on landing day, NASA's
     * Perseverance landing blog of 2021-02-18 (blogs.nasa.gov/mars2020); 1 s is the rounding of that figure.
     */
    @ParameterizedTest
    @ValueSource(strings = {"mars2020"})
    void mars2020TouchdownLightTimeIsElevenMinutesTwentyTwoSeconds(String name) {
        assertEquals(682.0, view(name).oneWayLightTime(), 1.0, "one-way light time at touchdown (s)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mars2020", "msl"})
    void calloutsComeInFlightOrderOnePerEvent(String name) {
        List<String> flown = run(name).timeline().records().stream().map(e -> e.event().name()).toList();
        List<EarthEvent> heard = view(name).events().stream()
                .filter(e -> !e.name().equals(EarthView.EARTH_SET)).toList();
        assertEquals(flown, heard.stream().map(EarthEvent::name).toList(), "one call-out per event, in flight order");
        for (int i = 1; i < heard.size(); i++) {
            assertTrue(!heard.get(i).ert().isBefore(heard.get(i - 1).ert()), "ERT never goes back at " + heard.get(i).name());
            assertTrue(!heard.get(i).callout().isBlank(), "a call-out for " + heard.get(i).name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mars2020", "msl"})
    void summaryEventsCarryUtcLightTimeAndMarsTime(String name) {
        Scenario s = scenario(name);
        Result r = run(name);
        JsonNode json = EarthViews.summary(s, r, null, null);
        int flown = 0;
        for (JsonNode e : json.get("events")) {
            assertTrue(e.get("scet_utc").asString().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"),
                    "ISO-8601 with milliseconds: " + e.get("scet_utc"));
            assertTrue(e.get("lmst").asString().matches("\\d\\d:\\d\\d:\\d\\d"), "LMST HH:MM:SS");
            assertTrue(e.has("dte_visible") && e.has("ert_relay_utc"), "telecom fields");
            if (!e.get("name").asString().equals(EarthView.EARTH_SET)) {
                flown++;
            }
        }
        assertEquals(r.timeline().records().size(), flown, "every flight event is in the summary");
        assertEquals(s.mission().entryInterface(), Instant.parse(json.get("events").get(0).get("scet_utc").asString()),
                "entry interface at the scenario's epoch");
    }

    /**
     * The Earth view only adds to core's summary: without its fields, its EARTH_SET events and
     * {@code one_way_light_time_s}, the summary is core's, byte for byte; each event's Earth fields
     * come after its own, in a fixed order; {@code one_way_light_time_s} follows the events. (The
     * summary.json of both presets was also compared byte for byte with the one written before the
     * Earth view left core: identical.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"mars2020", "msl"})
    void theEarthViewOnlyAddsToCoresSummary(String name) {
        Result r = run(name);
        ObjectNode core = SummaryWriter.toJson(r, 7L);
        String before = core.toString();
        ObjectNode withEarth = EarthViews.summary(scenario(name), r, 7L, null);
        assertEquals(before, core.toString(), "core's tree is left as it was");

        List<String> keys = new ArrayList<>(core.propertyNames());
        keys.add(keys.indexOf("events") + 1, "one_way_light_time_s");
        assertEquals(keys, new ArrayList<>(withEarth.propertyNames()), "top-level keys in order");

        ObjectNode stripped = withEarth.deepCopy();
        stripped.remove("one_way_light_time_s");
        var events = stripped.withArray("events");
        for (int i = events.size() - 1; i >= 0; i--) {
            ObjectNode e = (ObjectNode) events.get(i);
            if (e.get("name").asString().equals(EarthView.EARTH_SET)) {
                events.remove(i);
                continue;
            }
            List<String> fields = new ArrayList<>(e.propertyNames());
            assertEquals(EARTH_FIELDS, fields.subList(fields.size() - EARTH_FIELDS.size(), fields.size()),
                    "Earth fields last, in order, in " + e.get("name"));
            EARTH_FIELDS.forEach(e::remove);
        }
        JsonMapper mapper = JsonMapper.builder().build();
        assertEquals(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(core),
                mapper.writerWithDefaultPrettyPrinter().writeValueAsString(stripped), "the rest is core's summary");

        double previous = Double.NEGATIVE_INFINITY;
        for (JsonNode e : withEarth.get("events")) {
            double t = e.get("t_s").asDouble();
            assertTrue(t >= previous, "events in time order at " + e.get("name"));
            previous = t;
        }
    }
}
