package org.skycrane.terrain;

import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * The ground of a landing site: surface heights above the datum sphere of a {@link SiteFrame}, as a
 * function of map coordinates.
 *
 * <p>Pitfall: {@link #height} is above the datum sphere (the areoid at the site), so a site below the
 * areoid has negative heights; {@link #heightAboveGround} is above the surface, and it is the one
 * to use for touchdown and impacts.
 */
public interface Terrain {

    /** The map frame heights and positions refer to. */
    SiteFrame frame();

    /** Surface height above the datum sphere (m) at map coordinates (m), at full resolution. */
    double height(double east, double north);

    /**
     * Surface height above the datum sphere (m) at map coordinates (m) as seen at a horizontal
     * resolution of about {@code cell} (m), e.g. a map post's: detail finer than that is left out and
     * no finer tiles are made for it. The default is {@link #height(double, double)}.
     */
    default double heightAtResolution(double east, double north, double cell) {
        return height(east, north);
    }

    /** Upward unit normal of the surface at map coordinates (m), in local east-north-up components. */
    Vector3D normal(double east, double north);

    /**
     * Height of a Mars-fixed point (m) above the surface directly below it (m; negative below ground).
     * Continuous in position, so usable as an integrator's event function; at and near the ground
     * it equals height above the full-resolution surface (see implementations for how far above the
     * ground coarser levels are used).
     */
    double heightAboveGround(Vector3D marsFixed);

    /**
     * First intersection of a ray with the surface.
     *
     * @param origin    Mars-fixed start (m)
     * @param direction Mars-fixed direction (any length)
     * @param maxRange  farthest range looked at (m)
     * @return the hit, or {@code null} when the ray leaves {@code maxRange} without touching the ground
     */
    Hit rayCast(Vector3D origin, Vector3D direction, double maxRange);

    /**
     * {@link #rayCast(Vector3D, Vector3D, double)} against the surface seen at a horizontal resolution
     * of about {@code footprint} (m), e.g. a radar beam's footprint: detail finer than that is
     * averaged out, and no fine tiles are generated for it. The default ignores the footprint.
     */
    default Hit rayCast(Vector3D origin, Vector3D direction, double maxRange, double footprint) {
        return rayCast(origin, direction, maxRange);
    }

    /** Normal (Lambert) albedo of the surface at map coordinates (m), between 0 and 1. */
    double albedo(double east, double north);

    /**
     * Normal albedo at map coordinates (m) as seen at a horizontal resolution of about {@code cell}
     * (m), e.g. a camera pixel's footprint: detail finer than that is left out and no finer tiles are
     * made for it. The default is {@link #albedo(double, double)}.
     */
    default double albedoAtResolution(double east, double north, double cell) {
        return albedo(east, north);
    }

    /** Rocks whose footprint disc comes within {@code radius} (m) of map point (east, north) (m). */
    default List<Rock> rocksNear(double east, double north, double radius) {
        return List.of();
    }
}
