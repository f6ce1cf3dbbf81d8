package org.skycrane.gnc.nav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;

/** The onboard map's ray cast against a closed-form surface. */
class OnboardMapTest {

    private static final double R = SphereProjection.R;

    /** Map coordinates: y and z of the Mars-fixed point, height above the sphere of radius R. */
    private static final MapProjection SPHERE = SphereProjection.INSTANCE;

    /**
     * A plane rising at 10° toward the north-east (a diagonal, where a bilinear map is √2 times
     * steeper than along either edge; bilinear interpolation reproduces a plane exactly), seen from 2 km
     * by beams at 0°, 20° and 50° off nadir in eight azimuths: each range equals the root of
     * height-above-the-plane along the ray, found here by 200 bisections, to the cast's 1 cm.
     */
    @Test
    void raysHitATiltedPlaneWhereTheClosedFormSays() {
        double posting = 100;
        int size = 101;
        double a = Math.tan(Math.toRadians(10)) / Math.sqrt(2);
        float[] heights = new float[size * size];
        for (int j = 0; j < size; j++) {
            for (int i = 0; i < size; i++) {
                heights[j * size + i] = (float) (a * (i - 50) * posting + a * (j - 50) * posting);
            }
        }
        OnboardMap map = new OnboardMap(SPHERE, posting, size, heights, 1.0, 2000);
        Vector3D origin = new Vector3D(R + 2000, 0, 0);
        for (double off : new double[] {0, 20, 50}) {
            for (int k = 0; k < 8; k++) {
                double az = Math.toRadians(45 * k);
                double t = Math.toRadians(off);
                Vector3D d = new Vector3D(-Math.cos(t), Math.sin(t) * Math.sin(az), Math.sin(t) * Math.cos(az));
                OnboardMap.Hit hit = map.rayCast(origin, d, 10_000);
                assertNotNull(hit, off + "° at azimuth " + 45 * k);
                assertEquals(root(origin, d, a), hit.range(), 0.01, "range (m), " + off + "° at azimuth " + 45 * k);
            }
        }
    }

    /**
     * On a plane h = a·east + b·north every post difference at lag L is exact: a·L·posting along the
     * rows, b·L·posting along the columns, so the structure function is ((a² + b²)/2)·(L·posting)² and
     * the steepest edge max(|a|, |b|); posts of small integers keep the floats exact.
     */
    @Test
    void reliefOfAPlaneIsItsClosedForm() {
        double posting = 20;
        int size = 2049; // the longest lag, 2^11 posts, still fits
        double a = 0.05;
        double b = -0.15;
        float[] heights = new float[size * size];
        for (int j = 0; j < size; j++) {
            for (int i = 0; i < size; i++) {
                heights[j * size + i] = (float) (a * i * posting + b * j * posting);
            }
        }
        OnboardMap.Relief relief = OnboardMap.Relief.of(size, heights, posting);
        assertEquals(0.15, relief.maxEdgeSlope(), 1e-6);
        for (int k = 0; k < OnboardMap.LAGS; k++) {
            double lag = (1 << k) * posting;
            assertEquals((a * a + b * b) / 2 * lag * lag, relief.structure()[k], 1e-6 * lag * lag, "lag " + lag + " m");
        }
    }

    /** Zero of (|o + s d| − R) − a (y + z) along the ray, by bisection (the clearance falls along these rays). */
    private static double root(Vector3D o, Vector3D d, double a) {
        double lo = 0;
        double hi = 10_000;
        for (int i = 0; i < 200; i++) {
            double m = 0.5 * (lo + hi);
            Vector3D p = new Vector3D(1, o, m, d);
            if (p.getNorm() - R - a * (p.getY() + p.getZ()) > 0) {
                lo = m;
            } else {
                hi = m;
            }
        }
        return 0.5 * (lo + hi);
    }
}
