package org.skycrane.earth;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A real landing as published: entry-interface epoch (SCET), landing site, the published event
 * times after entry, and the relay used in real time; {@link #mars2020()} and {@link #msl()}.
 * Each figure names its source and a confidence tag: P primary (a NASA/JPL page or a paper), S
 * secondary (press or public code quoting one), D derived here by arithmetic from published figures.
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
     * Mars 2020 entry interface, SCET: 2021-02-18T20:36:48Z (D). Touchdown SCET 20:43:38 (D): touchdown
     * confirmed at 3:55 pm EST = 20:55 UTC ERT (P: NASA release "Touchdown! NASA's Mars Perseverance
     * Rover Safely Lands on Red Planet", 2021-02-18) minus the one-way light time of 11 min 22 s (P:
     * NASA's Mars 2020 mission blog of landing day, 2021-02-18,
     * blogs.nasa.gov/mars2020), minus touchdown at E+410 s ("E+6:50" in the nominal timeline posted on
     * landing day, threadreaderapp.com thread 1362433088320507904, S). Uncertain by about ±30 s, because
     * "20:55" is rounded to the minute; no SCET to the second was found in public sources.
     */
    public static final Instant MARS_2020_ENTRY_INTERFACE_SCET = Instant.parse("2021-02-18T20:36:48Z");

    /**
     * MSL entry interface, SCET 2012-08-06T05:10:45.7Z (P: JPL's preliminary EDL event times of 2012-08-10,
     * reproduced in "Curiosity Landed Within One Mile of Target", spacepolicyonline.com).
     */
    public static final Instant MSL_ENTRY_INTERFACE_SCET = Instant.parse("2012-08-06T05:10:45.7Z");

    /**
     * Octavia E. Butler Landing, Jezero: 18.4447° N, 77.4508° E (S: the value in common public use,
     * e.g. Wikipedia's "Octavia E. Butler Landing"; no NASA page giving it was found).
     */
    public static final double MARS_2020_SITE_LATITUDE = Math.toRadians(18.4447);
    public static final double MARS_2020_SITE_LONGITUDE = Math.toRadians(77.4508);

    /**
     * Bradbury Landing, Gale: 4.5895° S, 137.4417° E (S: the value in common public use, e.g. Wikipedia's
     * "Bradbury Landing"). The target was 4.5965° S, 137.4019° E (P: Way, Davis and Shidner, "Assessment
     * of the Mars Science Laboratory Entry, Descent, and Landing Simulation", AAS 13-420, 2013).
     */
    public static final double MSL_SITE_LATITUDE = Math.toRadians(-4.5895);
    public static final double MSL_SITE_LONGITUDE = Math.toRadians(137.4417);

    public PublishedLanding {
        Objects.requireNonNull(roverName, "roverName");
        Objects.requireNonNull(entryInterfaceScet, "entryInterfaceScet");
        events = List.copyOf(events);
        Objects.requireNonNull(relayName, "relayName");
    }

    /**
     * Mars 2020 / Perseverance, nominal timeline (S: the E+ times as posted on landing day,
     * threadreaderapp.com thread 1362433088320507904, quoting JPL): entry interface at ~125 km,
     * peak heating E+80 s, peak deceleration E+90 s, parachute E+240 s at ~11 km, heat shield E+260 s
     * at ~10 km, backshell E+360 s at 2.1 km and sky crane E+390 s at 20 m (6,900 ft and 66 ft: NASA's
     * caption of its sky-crane illustration, P, as reproduced at kids.kiddle.co/Perseverance_sky_crane),
     * touchdown E+410 s. Real-time relay: MRO, bent pipe (P: NASA, "Mars 2020 Perseverance:
     * Communications", mars.nasa.gov/mars2020/mission/communications).
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
     * MSL / Curiosity, as flown (P: JPL's preliminary EDL event times of 2012-08-10, reproduced in
     * "Curiosity Landed Within One Mile of Target", spacepolicyonline.com; heights above the landing site from
     * Holstein-Rathlou, Maue and Withers, "Atmospheric studies from the Mars Science Laboratory Entry, Descent
     * and Landing atmospheric structure reconstruction", Planet. Space Sci. 120:15–23, 2016, P): entry interface
     * at 131.1 km, entry balance masses E+240 s at 14.5 km, parachute E+259.2 s at 12.1 km, heat shield E+278.9
     * s, rover separation (sky crane start) E+412.9 s, touchdown E+431.6 s. Real-time relay: Mars Odyssey, bent
     * pipe (P: JPL, "MSL: Signal Tones", mars.jpl.nasa.gov/msl/mission/communicationwithearth/signaltones).
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
        return switch (preset.strip().toLowerCase(Locale.ROOT)) {
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
     * the last event (no published source gives its orbital phase at landing; this puts it in view during
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
