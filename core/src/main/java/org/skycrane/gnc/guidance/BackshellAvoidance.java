package org.skycrane.gnc.guidance;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.gnc.nav.NavState;
import org.skycrane.mars.Atmosphere;
import org.skycrane.mars.Planet;

/**
 * The backshell-avoidance divert: at backshell separation the flight software predicts where the
 * backshell and parachute will come down (a ballistic fall of the nominal backshell under its open
 * parachute through the onboard atmosphere and winds, from the navigated state at separation), and
 * keeps the landing aim at least {@code clearance} from that point, moving it straight away from it.
 * The stage, braking on its engines, falls below and away from the slower backshell, so keeping the
 * ground points apart keeps their paths apart too.
 *
 * @param planet       gravity and rotating-frame terms
 * @param atmosphere   the onboard atmosphere and winds
 * @param datumRadius  radius of the altitude datum (m)
 * @param groundRadius radius of the ground (m)
 * @param mass         nominal mass of the backshell and parachute (kg)
 * @param dragArea     their drag area C_D·A (m²)
 * @param clearance    least ground distance kept between the landing aim and the backshell (m)
 */
public record BackshellAvoidance(Planet planet, Atmosphere atmosphere, double datumRadius, double groundRadius,
                                 double mass, double dragArea, double clearance) {

    private static final double STEP = 0.25;

    /** Predicted ground point of the backshell released at {@code separation} (Mars-fixed, on the ground). */
    public Vector3D predictLanding(NavState separation) {
        return fall(separation.position(), separation.velocity(), mass, dragArea, 0)[0].normalize()
                .scalarMultiply(groundRadius);
    }

    /**
     * The same fall for any body hanging under the parachute, stopped where it first comes down to
     * {@code height} above the ground: {position, velocity}, Mars-fixed (m, m/s). With the whole
     * stack's mass it predicts where powered descent will start.
     *
     * @param r            start position, Mars-fixed (m)
     * @param v            start velocity (m/s)
     * @param bodyMass     mass of the falling body (kg)
     * @param bodyDragArea its drag area C_D·A (m²)
     * @param height       height above the ground at which to stop (m)
     */
    public Vector3D[] fall(Vector3D r, Vector3D v, double bodyMass, double bodyDragArea, double height) {
        double ratio = bodyDragArea / bodyMass;
        for (double t = 0; t < 3600; t += STEP) {
            double h = r.getNorm() - groundRadius;
            if (h <= height) {
                break;
            }
            // classical RK4 on (r, v)
            Vector3D k1v = acceleration(r, v, ratio);
            Vector3D k2v = acceleration(r.add(v.scalarMultiply(STEP / 2)), v.add(k1v.scalarMultiply(STEP / 2)), ratio);
            Vector3D v2 = v.add(k1v.scalarMultiply(STEP / 2));
            Vector3D k3v = acceleration(r.add(v2.scalarMultiply(STEP / 2)), v.add(k2v.scalarMultiply(STEP / 2)), ratio);
            Vector3D v3 = v.add(k2v.scalarMultiply(STEP / 2));
            Vector3D k4v = acceleration(r.add(v3.scalarMultiply(STEP)), v.add(k3v.scalarMultiply(STEP)), ratio);
            Vector3D v4 = v.add(k3v.scalarMultiply(STEP));
            Vector3D rNext = r.add(v.add(v2.scalarMultiply(2)).add(v3.scalarMultiply(2)).add(v4).scalarMultiply(STEP / 6));
            Vector3D vNext = v.add(k1v.add(k2v.scalarMultiply(2)).add(k3v.scalarMultiply(2)).add(k4v).scalarMultiply(STEP / 6));
            r = rNext;
            v = vNext;
        }
        return new Vector3D[] {r, v};
    }

    private Vector3D acceleration(Vector3D r, Vector3D v, double areaPerMass) {
        double altitude = r.getNorm() - datumRadius;
        Vector3D air = v.subtract(atmosphere.wind(r, altitude));
        double speed = air.getNorm();
        double drag = 0.5 * atmosphere.at(altitude).density() * speed * areaPerMass;
        return planet.gravity(r).add(planet.frameAcceleration(r, v)).subtract(air.scalarMultiply(drag));
    }

    /**
     * {@code aim} (on the ground) moved, if it is nearer than the clearance to {@code backshell}, to
     * the clearance straight away from it; when the two coincide, across {@code track} (a horizontal
     * direction) to its right.
     */
    public Vector3D keepClear(Vector3D aim, Vector3D backshell, Vector3D track) {
        Vector3D up = backshell.normalize();
        Vector3D offset = aim.subtract(backshell);
        offset = offset.subtract(up.scalarMultiply(Vector3D.dotProduct(offset, up)));
        double distance = offset.getNorm();
        if (distance >= clearance) {
            return aim;
        }
        Vector3D away = distance > 1e-3 ? offset.scalarMultiply(1 / distance) : Vector3D.crossProduct(track, up).normalize();
        return backshell.add(away.scalarMultiply(clearance)).normalize().scalarMultiply(groundRadius);
    }
}
