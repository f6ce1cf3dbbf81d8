package org.skycrane.earth;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A real landing as published: entry-interface epoch (SCET), landing site, the published event
 * times after entry, and the relay used in real time; {@link #mars2020()} and {@link #msl()}.
 * Figures and confidence tags are those of the project's reference data (REFERENCE.md; P primary,
 * S secondary, D derived here).
 * The scenario presets copy the epochs and sites; the published event lists let the Earth view be
 * tried without a simulation.
 *
 * @param roverName          e.g. "Perseverance"
 * @param entryInterfaceScet UTC of entry interface at Mars
 * @param siteLatitude       planetocentric latitude of the landing site (rad)
 * @param siteLongitude      planetocentric east longitude of the landing site (rad)
 * @param events             published events after entry, with heights above the site where published
 * @param relayName          "MRO" or "Mars Odyssey": the orbiter that relayed EDL in real time
 */
public record PublishedLanding(String roverName, Instant entryInterfaceScet, double siteLatitude,
                                double siteLongitude, List<TimedEvent> events, String relayName) {

    /**
     * Mars 2020 entry interface, SCET: 2021-02-18T20:36:48Z (D). Touchdown SCET 20:43:38 (REFERENCE
     * §1b, S/D: touchdown confirmed at 20:55 UTC ERT, P, minus the published one-way light time of
     * 11 min 22 s, P) minus touchdown at E+410 s ("E+6:50", §1a, S). Uncertain by about ±30 s,
     * because "20:55" is rounded to the minute; no SCET to the second was found in public sources.
     */
    public static final Instant MARS_2020_ENTRY_INTERFACE_SCET = Instant.parse("2021-02-18T20:36:48Z");

    /** MSL entry interface, SCET 2012-08-06T05:10:45.7Z (JPL event table of 2012-08-10, REFERENCE §2a, P). */
    public static final Instant MSL_ENTRY_INTERFACE_SCET = Instant.parse("2012-08-06T05:10:45.7Z");

    /** Octavia E. Butler Landing, Jezero: 18.4447° N, 77.4508° E (REFERENCE §1b, S). */
    public static final double MARS_2020_SITE_LATITUDE = Math.toRadians(18.4447);
    public static final double MARS_2020_SITE_LONGITUDE = Math.toRadians(77.4508);

    /** Bradbury Landing, Gale: 4.5895° S, 137.4417° E (REFERENCE §2b, S; target 4.5965° S, 137.4019° E, P). */
    public static final double MSL_SITE_LATITUDE = Math.toRadians(-4.5895);
    public static final double MSL_SITE_LONGITUDE = Math.toRadians(137.4417);

    public PublishedLanding {
        Objects.requireNonNull(roverName, "roverName");
        Objects.requireNonNull(entryInterfaceScet, "entryInterfaceScet");
        events = List.copyOf(events);
        Objects.requireNonNull(relayName, "relayName");
    }

    /**
     * Mars 2020 / Perseverance, nominal press-kit times (REFERENCE §1a, S): entry interface at ~125 km,
     * peak heating E+80 s, peak deceleration E+90 s, parachute E+240 s at ~11 km, heat shield E+260 s
     * at ~10 km, backshell E+360 s at 2.1 km (P/S), sky crane E+390 s at 20 m (P), touchdown E+410 s.
     * Real-time relay: MRO, bent pipe (§5, P).
     */
    public static PublishedLanding mars2020() {
        return new PublishedLanding("Perseverance", MARS_2020_ENTRY_INTERFACE_SCET,
                MARS_2020_SITE_LATITUDE, MARS_2020_SITE_LONGITUDE, List.of(
                        new TimedEvent("ENTRY_INTERFACE", 0.0, 125e3),
                        new TimedEvent("PEAK_HEATING", 80.0),
                        new TimedEvent("PEAK_DECELERATION", 90.0),
                        new TimedEvent("PARACHUTE_DEPLOY", 240.0, 11e3),
                        new TimedEvent("HEAT_SHIELD_SEPARATION", 260.0, 10e3),
                        new TimedEvent("BACKSHELL_SEPARATION", 360.0, 2100.0),
                        new TimedEvent("SKY_CRANE_START", 390.0, 20.0),
                        new TimedEvent("TOUCHDOWN", 410.0, 0.0)),
                "MRO");
    }

    /**
     * MSL / Curiosity, as flown (REFERENCE §2a, P, preliminary JPL table; heights above the landing
     * site from the reconstruction of §2b, P): entry interface at 131.1 km, entry balance masses
     * E+240 s at 14.5 km, parachute E+259.2 s at 12.1 km, heat shield E+278.9 s, rover separation
     * (sky crane start) E+412.9 s, touchdown E+431.6 s. Real-time relay: Mars Odyssey, bent pipe (§5, P).
     */
    public static PublishedLanding msl() {
        return new PublishedLanding("Curiosity", MSL_ENTRY_INTERFACE_SCET,
                MSL_SITE_LATITUDE, MSL_SITE_LONGITUDE, List.of(
                        new TimedEvent("ENTRY_INTERFACE", 0.0, 131.1e3),
                        new TimedEvent("BALANCE_MASS_JETTISON", 240.0, 14.5e3),
                        new TimedEvent("PARACHUTE_DEPLOY", 259.2, 12.1e3),
                        new TimedEvent("HEAT_SHIELD_SEPARATION", 278.9),
                        new TimedEvent("SKY_CRANE_START", 412.9),
                        new TimedEvent("TOUCHDOWN", 431.6, 0.0)),
                "Mars Odyssey");
    }

    /** A landing by preset name: {@code mars2020} or {@code msl}. */
    public static Optional<PublishedLanding> byName(String preset) {
        return switch (preset.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "mars2020", "m2020", "perseverance" -> Optional.of(mars2020());
            case "msl", "curiosity" -> Optional.of(msl());
            default -> Optional.empty();
        };
    }

    /** Time of the last published event (s after entry). */
    public double lastEventTime() {
        return events.stream().mapToDouble(TimedEvent::time).max().orElse(0.0);
    }

    /**
     * The real-time relay orbiter, placed overhead of the site halfway between entry interface and
     * the last event (the reference gives no orbital phase at landing; this puts it in view during
     * EDL, as was planned).
     */
    public RelayOrbiter relay() {
        Instant overhead = TimeScales.plusTt(entryInterfaceScet, lastEventTime() / 2);
        return relayName.equals("MRO")
                ? RelayOrbiter.mro(siteLatitude, siteLongitude, overhead, RelayMode.BENT_PIPE)
                : RelayOrbiter.odyssey(siteLatitude, siteLongitude, overhead, RelayMode.BENT_PIPE);
    }

    /** Earth's view of this landing with its published events and relay. */
    public EarthTimeline earthTimeline() {
        return EarthView.timeline(entryInterfaceScet, events, siteLatitude, siteLongitude,
                                  Optional.of(relay()), roverName);
    }
}
