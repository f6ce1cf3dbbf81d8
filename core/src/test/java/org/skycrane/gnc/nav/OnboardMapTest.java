package org.skycrane.gnc.nav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

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

    /**
     * Thin relief at grazing angles, where an over-relaxed step could jump over what the plain march
     * would find: a ridge one post wide (a 40 m-wide tent, 60 m high, slopes of 3) and a spike on a
     * single post (200 m high), each met by rays from 80° to 60° off nadir that cross it at 2 % to 98 %
     * of its height or pass 1 m over it. The reference is the first sign change of the map's own height
     * above ground along the ray, scanned every 5 cm and bisected, which no feature 40 m wide escapes.
     */
    @Test
    void grazingRaysFindThinRidgesAndSpikes() {
        double posting = 20;
        int size = 201;
        float[] ridge = new float[size * size];
        float[] spike = new float[size * size];
        int row = 150; // 1,000 m north of the centre
        for (int i = 0; i < size; i++) {
            ridge[row * size + i] = 60;
        }
        spike[row * size + 100] = 200;
        for (float[] heights : new float[][] {ridge, spike}) {
            OnboardMap map = new OnboardMap(SPHERE, posting, size, heights, 1.0, 2000);
            double top = heights[row * size + 100];
            for (double off : new double[] {80, 70, 60}) {
                for (double fraction : new double[] {0.02, 0.5, 0.98, 1 + 1 / top}) {
                    double t = Math.toRadians(off);
                    // aimed at the crest (1,000 m north) at `fraction` of its height, ignoring the sphere's
                    // 0.15 m drop over that distance
                    double height0 = fraction * top + 1000 / Math.tan(t);
                    Vector3D origin = new Vector3D(R + height0, 0, 0);
                    Vector3D d = new Vector3D(-Math.cos(t), 0, Math.sin(t));
                    double expected = firstRoot(map, origin, d, 8000);
                    OnboardMap.Hit hit = map.rayCast(origin, d, 8000);
                    String what = (heights == ridge ? "ridge" : "spike") + ", " + off + "° off nadir, at "
                            + fraction + " of its height";
                    if (Double.isNaN(expected)) {
                        assertNull(hit, what);
                    } else {
                        assertNotNull(hit, what);
                        assertEquals(expected, hit.range(), 0.01, "range (m), " + what);
                    }
                }
            }
        }
    }

    /** First zero of the map's height above ground along the ray: a 5 cm scan, then bisection; NaN if none. */
    private static double firstRoot(OnboardMap map, Vector3D o, Vector3D d, double maxRange) {
        double previous = map.heightAboveGround(o);
        for (double s = 0.05; s <= maxRange; s += 0.05) {
            double f = map.heightAboveGround(new Vector3D(1, o, s, d));
            if (f <= 0 && previous > 0) {
                double lo = s - 0.05;
                double hi = s;
                for (int i = 0; i < 60; i++) {
                    double m = 0.5 * (lo + hi);
                    if (map.heightAboveGround(new Vector3D(1, o, m, d)) > 0) {
                        lo = m;
                    } else {
                        hi = m;
                    }
                }
                return 0.5 * (lo + hi);
            }
            previous = f;
        }
        return Double.NaN;
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
