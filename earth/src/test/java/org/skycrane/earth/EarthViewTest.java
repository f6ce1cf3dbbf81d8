package org.skycrane.earth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EarthViewTest {

    private static final EarthTimeline MARS_2020 = PublishedLanding.mars2020().earthTimeline();
    private static final EarthTimeline MSL = PublishedLanding.msl().earthTimeline();

    /** ERT − SCET equals the light time of that event's own emission time, for every event. */
    @Test
    void ertMinusScetEqualsTheLightTimeOfEveryEvent() {
        for (EarthTimeline timeline : List.of(MARS_2020, MSL)) {
            for (EarthEvent event : timeline.events()) {
                assertEquals(event.lightTime(), TimeScales.ttBetween(event.scet(), event.ert()), 1e-6,
                             event.name() + " ERT - SCET (s)");
                double own = EarthVisibility.view(timeline.siteLatitude(), timeline.siteLongitude(), 0.0, event.scet())
                        .downlink().seconds();
                assertEquals(own, event.lightTime(), 5e-4, event.name() + " light time at its own SCET (s)");
                assertEquals(event.scet(), TimeScales.plusTt(timeline.entryInterfaceScet(), event.time()),
                             event.name() + " SCET = entry + t");
            }
        }
    }

    /**
     * The Mars 2020 light time within 1 s, the rounding, of 11 min 22 s (P: NASA's Mars 2020 mission blog
     * of landing day, 2021-02-18, blogs.nasa.gov/mars2020).
     */
    @Test
    void theTimelineLightTimeIsTakenAtTouchdown() {
        assertEquals(682.0, MARS_2020.oneWayLightTime(), 1.0, "OWLT at touchdown (s)");
        assertEquals(MARS_2020.event("TOUCHDOWN").orElseThrow().lightTime(), MARS_2020.oneWayLightTime(), 0.0,
                     "OWLT is the touchdown event's");
    }

    @Test
    void eventsKeepFlightOrderAndEarthSetIsInsertedWhereItHappens() {
        assertEquals(List.of("ENTRY_INTERFACE", "PEAK_HEATING", "PEAK_DECELERATION", "PARACHUTE_DEPLOY",
                             "HEAT_SHIELD_SEPARATION", "BACKSHELL_SEPARATION", "SKY_CRANE_START", "TOUCHDOWN"),
                     MARS_2020.events().stream().map(EarthEvent::name).toList(), "Mars 2020: Earth never sets in EDL");
        assertEquals(List.of("ENTRY_INTERFACE", "BALANCE_MASS_JETTISON", "PARACHUTE_DEPLOY", "HEAT_SHIELD_SEPARATION",
                             "EARTH_SET", "SKY_CRANE_START", "TOUCHDOWN"),
                     MSL.events().stream().map(EarthEvent::name).toList(), "MSL: Earth sets in descent");
        EarthEvent set = MSL.event(EarthView.EARTH_SET).orElseThrow();
        assertFalse(set.dteVisible(), "no DTE at Earth set");
        assertTrue(MSL.event("HEAT_SHIELD_SEPARATION").orElseThrow().dteVisible(), "DTE before Earth set");
        assertFalse(MSL.event("TOUCHDOWN").orElseThrow().dteVisible(), "no DTE after Earth set");
    }

    /** Definition of EARTH_SET: Earth's clearance above the vehicle's horizon is zero there (to 1 ms ≈ 2e-5 °/…). */
    @Test
    void earthSetIsWhereTheClearanceCrossesZero() {
        EarthEvent set = MSL.event(EarthView.EARTH_SET).orElseThrow();
        var height = EarthView.heightProfile(PublishedLanding.msl().events());
        double h = height.applyAsDouble(set.time());
        double before = EarthVisibility.view(MSL.siteLatitude(), MSL.siteLongitude(), height.applyAsDouble(set.time() - 0.01),
                TimeScales.plusTt(MSL.entryInterfaceScet(), set.time() - 0.01)).clearance();
        double at = EarthVisibility.view(MSL.siteLatitude(), MSL.siteLongitude(), h, set.scet()).clearance();
        assertTrue(before > 0, "Earth in view 10 ms before");
        assertTrue(at <= 0, "Earth gone at the event");
    }

    /** With a bent-pipe relay in view, the relay ERT trails the direct ERT by the lander-orbiter hop (≤ 20 ms). */
    @Test
    void bentPipeRelayArrivesJustAfterTheDirectSignal() {
        for (EarthEvent event : MARS_2020.events()) {
            assertNotNull(event.ertRelay(), event.name() + " relayed by MRO");
            double lag = TimeScales.ttBetween(event.ert(), event.ertRelay());
            assertTrue(lag > 0 && lag < 0.02, event.name() + " relay lag (s): " + lag);
        }
        EarthEvent touchdown = MSL.event("TOUCHDOWN").orElseThrow();
        assertEquals(touchdown.ertRelay(), touchdown.heardAt(), "after Earth set, heard through Odyssey");
        assertTrue(touchdown.relayedOnly(), "relay only");
    }

    /**
     * MSL touchdown confirmed at 05:31:45.4 UTC ERT through Odyssey (P: JPL's preliminary EDL event times of
     * 2012-08-10, reproduced in "Curiosity Landed Within One Mile of Target", spacepolicyonline.com); the
     * modelled bent-pipe relay with no processing latency gives 05:31:45.563, 0.16 s late.
     */
    @Test
    void mslTouchdownIsHeardThroughOdysseyWithinTwoTenthsOfASecond() {
        Instant heard = MSL.event("TOUCHDOWN").orElseThrow().heardAt();
        assertEquals(0.0, TimeScales.ttBetween(Instant.parse("2012-08-06T05:31:45.4Z"), heard), 0.2,
                     "touchdown heard on Earth (s from the published ERT)");
    }

    @Test
    void aRecordingRelayDeliversNothingInRealTime() {
        PublishedLanding msl = PublishedLanding.msl();
        RelayOrbiter mro = RelayOrbiter.mro(msl.siteLatitude(), msl.siteLongitude(),
                                            msl.entryInterfaceScet().plusSeconds(200), RelayMode.RECORD);
        EarthTimeline timeline = EarthView.timeline(msl.entryInterfaceScet(), msl.events(), msl.siteLatitude(),
                                                    msl.siteLongitude(), Optional.of(mro), "Curiosity");
        assertTrue(timeline.events().stream().allMatch(e -> e.ertRelay() == null), "no real-time relay");
        assertNull(timeline.event("TOUCHDOWN").orElseThrow().heardAt(), "touchdown not heard live");
    }

    @Test
    void landingCarriesMarsTimeAtTouchdown() {
        EarthTimeline.Landing landing = MARS_2020.landing();
        assertEquals(Instant.parse("2021-02-18T20:43:38Z"), landing.scet(), "touchdown SCET");
        assertEquals("15:53:15", landing.lmst(), "LMST at Jezero");
        assertEquals(Math.toDegrees(MarsTime.at(landing.scet()).solarLongitude()), Math.toDegrees(landing.solarLongitude()),
                     0.0, "Ls (deg)");
        assertEquals(MarsTime.at(landing.scet()).marsSolDate(), landing.marsSolDate(), 0.0, "MSD");
    }

    /** Repeated events (BANK_REVERSAL) and ties keep the simulator's order; no events gives no landing. */
    @Test
    void repeatedAndSimultaneousEventsKeepTheirOrder() {
        Instant entry = PublishedLanding.MARS_2020_ENTRY_INTERFACE_SCET;
        EarthTimeline timeline = EarthView.timeline(entry, List.of(
                new TimedEvent("ENTRY_INTERFACE", 0.0), new TimedEvent("BANK_REVERSAL", 100.0),
                new TimedEvent("BANK_REVERSAL", 150.0), new TimedEvent("BRIDLE_CUT", 420.0),
                new TimedEvent("FLYAWAY", 420.0)), 0.3, 1.3, Optional.empty(), "Rover");
        assertEquals(List.of("ENTRY_INTERFACE", "BANK_REVERSAL", "BANK_REVERSAL", "BRIDLE_CUT", "FLYAWAY"),
                     timeline.events().stream().map(EarthEvent::name).toList(), "order");
        assertNull(timeline.landing(), "no touchdown, no landing");
        EarthTimeline empty = EarthView.timeline(entry, List.of(), 0.3, 1.3, Optional.empty(), "Rover");
        assertTrue(empty.events().isEmpty(), "no events");
        assertEquals(LightTime.fromMars(entry).seconds(), empty.oneWayLightTime(), 0.0, "OWLT at entry (s)");
    }

    /** Closed form: heights are interpolated linearly between events that give one, held outside. */
    @Test
    void heightsAreInterpolatedBetweenEvents() {
        var height = EarthView.heightProfile(List.of(new TimedEvent("A", 0.0, 100e3), new TimedEvent("B", 50.0),
                                                     new TimedEvent("C", 100.0, 0.0)));
        assertEquals(100e3, height.applyAsDouble(-5.0), 0.0, "before the first (m)");
        assertEquals(50e3, height.applyAsDouble(50.0), 1e-9, "midway (m)");
        assertEquals(0.0, height.applyAsDouble(200.0), 0.0, "after the last (m)");
        assertEquals(0.0, EarthView.heightProfile(List.of(new TimedEvent("A", 0.0))).applyAsDouble(3.0), 0.0,
                     "no heights: ground (m)");
    }
}
