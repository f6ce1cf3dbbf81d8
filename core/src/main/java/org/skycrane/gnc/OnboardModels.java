package org.skycrane.gnc;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.flight.Onboard;
import org.skycrane.gnc.nav.NavState;
import org.skycrane.mars.Atmosphere;
import org.skycrane.mars.AtmosphereSample;

/**
 * The models the flight software is loaded with before entry, built outside it from the nominal
 * scenario: the nominal atmosphere and winds (never the dispersed truth), the altitude datum and
 * its map of the ground (today a sphere at the landing site's elevation).
 *
 * @param atmosphere   the nominal atmosphere, with its nominal winds
 * @param datumRadius  radius of the altitude datum (m)
 * @param groundRadius radius of the ground (m)
 */
public record OnboardModels(Atmosphere atmosphere, double datumRadius, double groundRadius) {

    /**
     * What the flight software believes at {@code nav}: Mach number and dynamic pressure from the
     * navigated velocity less the onboard wind, with the onboard atmosphere at the navigated altitude.
     */
    public Onboard view(NavState nav) {
        Vector3D r = nav.position();
        double radius = r.getNorm();
        double altitude = radius - datumRadius;
        AtmosphereSample air = atmosphere.at(altitude);
        double airspeed = nav.velocity().subtract(atmosphere.wind(r, altitude)).getNorm();
        return new Onboard(nav.time(), r, nav.velocity(), altitude, nav.heightAbove(groundRadius),
                airspeed / air.speedOfSound(), 0.5 * air.density() * airspeed * airspeed);
    }
}
