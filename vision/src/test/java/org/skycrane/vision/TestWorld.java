package org.skycrane.vision;

import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.gnc.nav.MapProjection;
import org.skycrane.terrain.MapPoint;
import org.skycrane.terrain.Terrain;

/** Poses and map coordinates over a terrain, for the vision tests. */
final class TestWorld {

    private TestWorld() {
    }

    static MapProjection projection(Terrain t) {
        return new MapProjection() {
            @Override
            public double[] toMap(Vector3D marsFixed) {
                MapPoint p = t.frame().toMap(marsFixed);
                return new double[] {p.east(), p.north(), p.height()};
            }

            @Override
            public Vector3D toMarsFixed(double east, double north, double height) {
                return t.frame().toMarsFixed(east, north, height);
            }

            @Override
            public Vector3D[] axes(double east, double north) {
                var a = t.frame().axesAt(east, north);
                return new Vector3D[] {a.east(), a.north(), a.up()};
            }
        };
    }

    /** Body +X down at (e, n), tilted by {@code tilt} (rad) toward east, yawed by {@code yaw}. */
    static Rotation nadir(Terrain t, double e, double n, double yaw, double tilt) {
        var a = t.frame().axesAt(e, n);
        Vector3D x = new Vector3D(-Math.cos(tilt), a.up(), Math.sin(tilt), a.east());
        Vector3D y0 = new Vector3D(Math.cos(yaw), a.east(), Math.sin(yaw), a.north());
        Vector3D y = y0.subtract(x.scalarMultiply(y0.dotProduct(x))).normalize();
        return new Rotation(Vector3D.PLUS_I, Vector3D.PLUS_J, x, y);
    }

    /** An onboard elevation model of the terrain: 20 m posts over ±8 km, the ground seen at that resolution. */
    static org.skycrane.gnc.nav.OnboardMap dem(Terrain t) {
        int half = 400;
        int size = 2 * half + 1;
        float[] h = new float[size * size];
        for (int j = 0; j < size; j++) {
            for (int i = 0; i < size; i++) {
                h[j * size + i] = (float) t.heightAtResolution((i - half) * 20.0, (j - half) * 20.0, 20);
            }
        }
        return new org.skycrane.gnc.nav.OnboardMap(projection(t), 20, size, h, 2, 2000);   // 2 m error, 2 km correlation: NavigationSetup's onboard map
    }
}
