package org.skycrane.gnc.guidance;

import java.util.Locale;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.flight.History;
import org.skycrane.flight.Onboard;
import org.skycrane.flight.Trigger;
import org.skycrane.mars.Geodesy;
import org.skycrane.math.Curve;

/**
 * Mars 2020's range trigger (Way, "On the use of a range trigger for the Mars Science Laboratory
 * entry, descent and landing", IEEE Aerospace 2011; Dutta &amp; Way, NTRS 20170000743): deploy the
 * parachute when the navigated downrange distance to the target falls to the distance the vehicle
 * is predicted to fly from deploy to touchdown at the present speed, but only inside the deploy box
 * (onboard Mach number and dynamic pressure at or below their limits). g is the largest of the three
 * margins, scaled to metres, so it falls through zero only when all three hold.
 *
 * @param target             landing target, Mars-fixed (m)
 * @param radius             sphere on which ranges are measured (m)
 * @param chuteDistance      deploy-to-touchdown ground distance (m) against deploy speed (m/s)
 * @param maxMach            deploy-box Mach limit
 * @param maxDynamicPressure deploy-box dynamic-pressure limit (Pa)
 */
public record RangeTrigger(Vector3D target, double radius, Curve chuteDistance, double maxMach,
                           double maxDynamicPressure) implements Trigger {

    @Override
    public double g(Onboard now, History past) {
        Vector3D r = now.position();
        Vector3D v = now.velocity();
        double heading = Math.atan2(Vector3D.dotProduct(v, Geodesy.east(r)), Vector3D.dotProduct(v, Geodesy.north(r)));
        double downrange = Geodesy.downrangeCrossrange(r, heading, target, radius)[0];
        double margin = downrange - chuteDistance.value(now.speed());
        double mach = (now.mach() - maxMach) * 10000.0;
        double q = (now.dynamicPressure() - maxDynamicPressure) * 100.0;
        return Math.max(margin, Math.max(mach, q));
    }

    @Override
    public String label(Onboard now, History past) {
        return "RANGE";
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "RANGE: downrange <= chute range, Mach <= %.2f, q <= %.0f Pa",
                maxMach, maxDynamicPressure);
    }
}
