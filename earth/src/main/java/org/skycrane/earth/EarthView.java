package org.skycrane.earth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/**
 * Turns a simulated EDL timeline (times since entry interface) into Earth's view of it: SCET and
 * ERT of each event, local mean solar time at the site, direct-to-Earth visibility, real-time relay
 * and the mission-control call-outs; inserts {@link #EARTH_SET} where Earth sets.
 *
 * <p>Assumptions, all documented in {@code docs/earth.md}: every event happens over the landing site
 * (the 600 km of down-range flight changes light times by at most 2 ms and elevations by up to 10°
 * at entry interface); the vehicle's height is known only at events that give it and is
 * interpolated linearly in time between them (held constant outside, 0 when no event gives one);
 * a relay's elevation mask and latency are the orbiter's.
 */
public final class EarthView {

    /** Name of the inserted event: Earth sets below the vehicle's geometric horizon (DTE lost). */
    public static final String EARTH_SET = "EARTH_SET";
    /** Event that defines the landing. */
    public static final String TOUCHDOWN = "TOUCHDOWN";

    /** Sampling step of the search for Earth set (s); Earth's elevation changes by 0.015° in it. */
    static final double EARTH_SET_SEARCH_STEP = 2.0;
    /** Earth set is located to this accuracy (s). */
    static final double EARTH_SET_ACCURACY = 1e-3;

    private EarthView() {
    }

    /**
     * Earth's view of a landing.
     *
     * @param entryInterfaceScet UTC of entry interface at Mars (SCET)
     * @param events             the simulator's events, in flight order
     * @param siteLatitude       planetocentric latitude of the landing site (rad)
     * @param siteLongitude      planetocentric east longitude of the landing site (rad)
     * @param relay              relay orbiter, if any
     * @param roverName          name used in the call-outs
     */
    public static EarthTimeline timeline(Instant entryInterfaceScet, List<TimedEvent> events,
                                         double siteLatitude, double siteLongitude,
                                         Optional<RelayOrbiter> relay, String roverName) {
        Objects.requireNonNull(entryInterfaceScet, "entryInterfaceScet");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(relay, "relay");
        Objects.requireNonNull(roverName, "roverName");
        if (!(Math.abs(siteLatitude) <= Math.PI / 2) || !Double.isFinite(siteLongitude)) {
            throw new IllegalArgumentException("site latitude must be within ±90° and longitude finite (rad): "
                    + siteLatitude + ", " + siteLongitude);
        }
        Site site = new Site(entryInterfaceScet, siteLatitude, siteLongitude, relay.orElse(null),
                             Callouts.forRover(roverName), heightProfile(events));

        List<TimedEvent> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparingDouble(TimedEvent::time));   // stable: keeps the simulator's order on ties

        List<EarthEvent> out = new ArrayList<>();
        for (TimedEvent event : ordered) {
            out.add(site.event(event.name(), event.time()));
        }
        if (!ordered.isEmpty()) {
            double start = Math.min(0.0, ordered.get(0).time());
            double end = ordered.get(ordered.size() - 1).time();
            findEarthSet(site, start, end).ifPresent(time -> {
                EarthEvent set = site.earthSet(time);
                int index = 0;
                while (index < out.size() && out.get(index).time() <= time) {
                    index++;
                }
                out.add(index, set);
            });
        }

        EarthTimeline.Landing landing = out.stream().filter(e -> e.name().equals(TOUCHDOWN)).findFirst()
                .map(site::landing).orElse(null);
        double owlt = out.stream().filter(e -> e.name().equals(TOUCHDOWN)).findFirst()
                .or(() -> out.stream().filter(e -> !e.name().equals(EARTH_SET)).findFirst())
                .map(EarthEvent::lightTime)
                .orElseGet(() -> LightTime.fromMars(entryInterfaceScet).seconds());
        return new EarthTimeline(roverName, entryInterfaceScet, siteLatitude, siteLongitude, owlt, out, landing,
                                 relay.orElse(null));
    }

    /** First time in [start, end] where Earth goes from in view to set, to 1 ms; empty if none. */
    static Optional<Double> findEarthSet(Site site, double start, double end) {
        double previousTime = start;
        double previous = site.clearance(start);
        for (double t = start + EARTH_SET_SEARCH_STEP; previousTime < end; t += EARTH_SET_SEARCH_STEP) {
            double time = Math.min(t, end);
            double value = site.clearance(time);
            if (previous > 0 && value <= 0) {
                double low = previousTime;
                double high = time;
                while (high - low > EARTH_SET_ACCURACY) {
                    double mid = 0.5 * (low + high);
                    if (site.clearance(mid) > 0) {
                        low = mid;
                    } else {
                        high = mid;
                    }
                }
                return Optional.of(high);
            }
            previous = value;
            previousTime = time;
        }
        return Optional.empty();
    }

    /** Height (m) as a function of time since entry: linear between events that give one. */
    static DoubleUnaryOperator heightProfile(List<TimedEvent> events) {
        List<TimedEvent> known = events.stream().filter(e -> !Double.isNaN(e.height()))
                .sorted(Comparator.comparingDouble(TimedEvent::time)).toList();
        if (known.isEmpty()) {
            return t -> 0.0;
        }
        return t -> {
            if (t <= known.get(0).time()) {
                return Math.max(0.0, known.get(0).height());
            }
            for (int i = 1; i < known.size(); i++) {
                TimedEvent b = known.get(i);
                if (t <= b.time()) {
                    TimedEvent a = known.get(i - 1);
                    double span = b.time() - a.time();
                    double f = span > 0 ? (t - a.time()) / span : 1.0;
                    return Math.max(0.0, a.height() + f * (b.height() - a.height()));
                }
            }
            return Math.max(0.0, known.get(known.size() - 1).height());
        };
    }

    /** Everything fixed for one landing. */
    record Site(Instant entry, double latitude, double longitude, RelayOrbiter relay, Callouts callouts,
                DoubleUnaryOperator height) {

        Instant scet(double time) {
            return TimeScales.plusTt(entry, time);
        }

        double clearance(double time) {
            return EarthVisibility.view(latitude, longitude, height.applyAsDouble(time), scet(time)).clearance();
        }

        EarthEvent event(String name, double time) {
            Instant scet = scet(time);
            double h = height.applyAsDouble(time);
            EarthVisibility.View view = EarthVisibility.view(latitude, longitude, h, scet);
            return new EarthEvent(name, time, scet, view.downlink().reception(), view.downlink().seconds(),
                    lmst(scet), view.elevation(), view.earthVisible(), relayed(scet, h), callouts.callout(name));
        }

        EarthEvent earthSet(double time) {
            Instant scet = scet(time);
            EarthVisibility.View view = EarthVisibility.view(latitude, longitude, height.applyAsDouble(time), scet);
            return new EarthEvent(EARTH_SET, time, scet, view.downlink().reception(), view.downlink().seconds(),
                    lmst(scet), view.elevation(), false, null, callouts.callout(EARTH_SET));
        }

        EarthTimeline.Landing landing(EarthEvent touchdown) {
            MarsTime mars = MarsTime.at(touchdown.scet());
            return new EarthTimeline.Landing(touchdown.scet(), touchdown.ert(), touchdown.lmst(),
                                             mars.solarLongitude(), mars.marsSolDate());
        }

        private String lmst(Instant scet) {
            return MarsTime.formatHours(MarsTime.at(scet).lmstHours(longitude));
        }

        /** ERT through a bent-pipe relay: lander → orbiter at c, latency, orbiter → Earth. */
        private Instant relayed(Instant scet, double h) {
            if (relay == null || relay.mode() != RelayMode.BENT_PIPE || !relay.visible(latitude, longitude, h, scet)) {
                return null;
            }
            double uplink = relay.range(latitude, longitude, h, scet) / LightTime.SPEED_OF_LIGHT;
            Instant atOrbiter = TimeScales.plusTt(scet, uplink);
            Instant retransmitted = TimeScales.plusTt(atOrbiter, relay.latency());
            return LightTime.fromMars(retransmitted, relay.eclipticPosition(retransmitted)).reception();
        }
    }
}
