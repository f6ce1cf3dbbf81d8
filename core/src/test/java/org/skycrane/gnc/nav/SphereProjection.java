package org.skycrane.gnc.nav;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * A test map projection with closed-form geometry: map east and north are the Mars-fixed y and z, the
 * height is above the sphere of radius {@link #R} (Mars's equatorial radius), so a map of zero heights
 * is that sphere and the site is on the x axis.
 */
final class SphereProjection implements MapProjection {

    static final double R = 3_396_190;
    static final SphereProjection INSTANCE = new SphereProjection();

    private SphereProjection() {
    }

    @Override
    public double[] toMap(Vector3D p) {
        return new double[] {p.getY(), p.getZ(), p.getNorm() - R};
    }

    @Override
    public Vector3D toMarsFixed(double east, double north, double height) {
        return new Vector3D(R + height, east, north);
    }

    @Override
    public Vector3D[] axes(double east, double north) {
        Vector3D up = new Vector3D(R, east, north).normalize();
        return new Vector3D[] {Vector3D.crossProduct(Vector3D.PLUS_K, up).normalize(),
            Vector3D.crossProduct(up, Vector3D.crossProduct(Vector3D.PLUS_K, up)).normalize(), up};
    }
}
