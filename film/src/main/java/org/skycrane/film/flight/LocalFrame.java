package org.skycrane.film.flight;

import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.RotationConvention;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.terrain.SiteFrame;

/**
 * The scene's frame: east-north-up metres on the plane tangent to the landing site's datum sphere at
 * the site (the origin of the terrain's {@link SiteFrame}). Mars-fixed positions are carried into it
 * exactly; the terrain, given in map coordinates and heights above the datum sphere, is bent down by
 * the sphere's drop (e² + n²) / 2R, so ground and vehicle share one frame (the map's horizontal
 * scale differs from the tangent plane's by under 1 m at 20 km from the site).
 */
public final class LocalFrame {

    private final SiteFrame site;
    private final Vector3D origin;
    private final Rotation fixedToLocal;

    public LocalFrame(SiteFrame site) {
        this.site = site;
        this.origin = site.toMarsFixed(0, 0, 0);
        this.fixedToLocal = new Rotation(site.east(), site.north(), Vector3D.PLUS_I, Vector3D.PLUS_J);
    }

    /** The terrain's map frame. */
    public SiteFrame site() {
        return site;
    }

    /** Radius of the datum sphere (m). */
    public double radius() {
        return site.datumRadius();
    }

    /** A Mars-fixed position in the local frame (m). */
    public Vector3D position(Vector3D marsFixed) {
        return fixedToLocal.applyTo(marsFixed.subtract(origin));
    }

    /** A Mars-fixed direction (or velocity) in the local frame. */
    public Vector3D direction(Vector3D marsFixed) {
        return fixedToLocal.applyTo(marsFixed);
    }

    /** A body-to-Mars-fixed attitude as body-to-local. */
    public Rotation attitude(Rotation bodyToFixed) {
        return fixedToLocal.compose(bodyToFixed, RotationConvention.VECTOR_OPERATOR);
    }

    /** Local up coordinate of the datum sphere at map coordinates (m): the sphere's drop below the tangent plane. */
    public double drop(double east, double north) {
        double d2 = east * east + north * north;
        double r = site.datumRadius();
        return Math.sqrt(Math.max(r * r - d2, 0)) - r;
    }
}
