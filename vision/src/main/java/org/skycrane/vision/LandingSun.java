package org.skycrane.vision;

import java.time.Instant;
import java.util.Objects;
import org.skycrane.earth.SunDirection;
import org.skycrane.render.scene.Lighting;
import org.skycrane.terrain.SiteFrame;

/**
 * The Sun that lights the descent images: where the earth module's ephemeris puts it
 * ({@link SunDirection}: Standish 1992 for Mars's orbit, the IAU orientation of Mars) at the site, at
 * the instant of each image, flight time counted from entry interface. The film's scenes are lit by the
 * same Sun, so an LVS image and the film frame of that instant agree. The orbital maps keep their own,
 * different, stated Sun: that difference is what the matching must survive.
 *
 * @param entryInterface the instant of flight time 0
 * @param site           the landing site
 */
public record LandingSun(Instant entryInterface, SiteFrame site) {

    /** Direct luminance and diffuse fraction of the Mars daylight, the film's values. */
    private static final double SUN_LUMINANCE = 1.6;
    private static final double DIFFUSE_FRACTION = 0.45;

    public LandingSun {
        Objects.requireNonNull(entryInterface, "entryInterface");
        Objects.requireNonNull(site, "site");
    }

    /** The Sun at flight time {@code t} (s since entry interface). */
    public SunDirection at(double t) {
        return SunDirection.at(entryInterface.plusNanos(Math.round(t * 1e9)));
    }

    /** Its elevation above the site's horizon at {@code t} (rad). */
    public double elevation(double t) {
        return at(t).elevation(site.latitude(), site.longitude());
    }

    /** Its azimuth at the site at {@code t}, clockwise from north (rad). */
    public double azimuth(double t) {
        return at(t).azimuth(site.latitude(), site.longitude());
    }

    /** The scene lighting at {@code t}. */
    public Lighting lighting(double t) {
        SunDirection sun = at(t);
        return Lighting.marsDaylight(sun.elevation(site.latitude(), site.longitude()),
                sun.azimuth(site.latitude(), site.longitude()), SUN_LUMINANCE, DIFFUSE_FRACTION);
    }
}
