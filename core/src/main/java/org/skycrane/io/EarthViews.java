package org.skycrane.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.skycrane.earth.EarthTimeline;
import org.skycrane.earth.EarthView;
import org.skycrane.earth.RelayMode;
import org.skycrane.earth.RelayOrbiter;
import org.skycrane.earth.TimedEvent;
import org.skycrane.sim.EventRecord;
import org.skycrane.scenario.MissionSpec;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.Result;

/** Earth's view of a simulated flight: the run's events placed in UTC, light time and relay. */
public final class EarthViews {

    private EarthViews() {
    }

    /** The Earth-view timeline of a run of {@code scenario}. */
    public static EarthTimeline of(Scenario scenario, Result result) {
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
}
