package org.skycrane.earth;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Earth's view of one landing: every event with its SCET, ERT, local time, links and call-out,
 * in flight order.
 *
 * @param roverName          the vehicle named in the call-outs
 * @param entryInterfaceScet UTC of entry interface at Mars
 * @param siteLatitude       planetocentric latitude of the landing site (rad)
 * @param siteLongitude      planetocentric east longitude of the landing site (rad)
 * @param oneWayLightTime    light time (s) of a signal emitted at touchdown, or at the first event
 *                           when there is no {@code TOUCHDOWN}, or at entry interface when there are
 *                           no events
 * @param events             in time order (the simulator's order for equal times), with
 *                           {@link EarthView#EARTH_SET} inserted where Earth sets
 * @param landing            Mars time at touchdown, or {@code null} without a {@code TOUCHDOWN} event
 * @param relay              the relay orbiter, or {@code null}
 */
public record EarthTimeline(String roverName, Instant entryInterfaceScet, double siteLatitude, double siteLongitude,
                            double oneWayLightTime, List<EarthEvent> events, Landing landing, RelayOrbiter relay) {

    public EarthTimeline {
        Objects.requireNonNull(roverName, "roverName");
        Objects.requireNonNull(entryInterfaceScet, "entryInterfaceScet");
        events = List.copyOf(events);
    }

    /**
     * The landing as Mars and Earth clocks see it.
     *
     * @param scet           touchdown SCET (UTC)
     * @param ert            touchdown ERT of a direct signal (UTC)
     * @param lmst           local mean solar time at the site, {@code HH:MM:SS}
     * @param solarLongitude Ls at touchdown (rad)
     * @param marsSolDate    MSD at touchdown (sols)
     */
    public record Landing(Instant scet, Instant ert, String lmst, double solarLongitude, double marsSolDate) {

        public Landing {
            Objects.requireNonNull(scet, "scet");
            Objects.requireNonNull(ert, "ert");
            Objects.requireNonNull(lmst, "lmst");
        }
    }

    /** The first event of that name. */
    public Optional<EarthEvent> event(String name) {
        return events.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
