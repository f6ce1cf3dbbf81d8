package org.skycrane.earth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RelayOrbiterTest {

    private static final double LAT = Math.toRadians(18.4447);
    private static final double LON = Math.toRadians(77.4508);
    private static final Instant WHEN = Instant.parse("2021-02-18T20:40:13Z");

    /** Definition of the helper: the orbiter is at the site's zenith at the requested instant. */
    @Test
    void anOverheadOrbiterIsAtTheZenith() {
        RelayOrbiter mro = RelayOrbiter.mro(LAT, LON, WHEN, RelayMode.BENT_PIPE);
        assertEquals(90.0, Math.toDegrees(mro.elevation(LAT, LON, 0.0, WHEN)), 1e-6, "elevation (deg)");
        RelayOrbiter odyssey = RelayOrbiter.odyssey(Math.toRadians(-4.5895), Math.toRadians(137.4417), WHEN,
                                                    RelayMode.BENT_PIPE);
        assertEquals(400e3, odyssey.range(Math.toRadians(-4.5895), Math.toRadians(137.4417), 0.0, WHEN), 1e-3,
                     "Odyssey altitude overhead (m)");
    }

    /**
     * Closed form T = 2π √(a³ / GM): Odyssey at 400 km, 118.35 min (published "2 hours", S);
     * MRO 255 × 320 km, 113.1 min ("just under two hours", NASA/JPL 2006 release, P).
     */
    @Test
    void periodsFollowKeplersThirdLaw() {
        RelayOrbiter odyssey = RelayOrbiter.odyssey(0.1, 1.0, WHEN, RelayMode.BENT_PIPE);
        double a = 3_396_190.0 + 400e3;
        assertEquals(2 * Math.PI * Math.sqrt(a * a * a / RelayOrbiter.DE440_MARS_GM), odyssey.period(), 1e-9, "(s)");
        assertEquals(118.35, odyssey.period() / 60, 0.01, "Odyssey period (min)");
        assertEquals(113.13, RelayOrbiter.mro(LAT, LON, WHEN, RelayMode.BENT_PIPE).period() / 60, 0.01, "MRO period (min)");
    }

    /** MRO keeps its periapsis (255 km) over the south pole (argument of periapsis 270°). */
    @Test
    void mroReachesPeriapsisOverTheSouthPole() {
        RelayOrbiter mro = RelayOrbiter.mro(LAT, LON, WHEN, RelayMode.BENT_PIPE);
        double lowest = Double.MAX_VALUE;
        double latitudeAtLowest = 0;
        for (int s = 0; s < mro.period(); s += 10) {
            var p = mro.inertialPosition(WHEN.plusSeconds(s));
            if (p.getNorm() < lowest) {
                lowest = p.getNorm();
                latitudeAtLowest = Math.toDegrees(Math.asin(p.getZ() / p.getNorm()));
            }
        }
        assertEquals(255e3, lowest - 3_396_190.0, 100.0, "periapsis altitude (m)");
        assertTrue(latitudeAtLowest < -85, "periapsis latitude (deg): " + latitudeAtLowest);
    }

    /** A preset placed overhead at mid-EDL stays above the horizon from entry interface to touchdown. */
    @Test
    void aPresetOverheadAtMidEdlSeesTheWholeEdl() {
        RelayOrbiter mro = PublishedLanding.mars2020().relay();
        for (int s = 0; s <= 410; s += 5) {
            Instant t = PublishedLanding.MARS_2020_ENTRY_INTERFACE_SCET.plusSeconds(s);
            assertTrue(mro.visible(LAT, LON, 0.0, t), "MRO visible at E+" + s + " s");
        }
    }

    @Test
    void aSiteOutsideTheInclinationIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RelayOrbiter.overhead("low", 300e3, 300e3,
                Math.toRadians(30), 0, Math.toRadians(45), 0, WHEN, RelayMode.BENT_PIPE, 0, 0));
    }
}
