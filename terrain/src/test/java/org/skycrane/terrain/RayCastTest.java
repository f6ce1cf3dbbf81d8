package org.skycrane.terrain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;

class RayCastTest {

    private static final TerrainSpec BARE = TerrainSpec.jezero().bare();
    private static final SiteFrame FRAME = BARE.frame();

    /** A flat terrain's ray cast equals the closed-form ray-sphere range: altitude for nadir, law of cosines slanted. */
    @Test
    void flatTerrainHitsTheSphereWhereTheClosedFormSays() {
        FlatTerrain flat = new FlatTerrain(FRAME, -2640, 0.2);
        Vector3D origin = FRAME.toMarsFixed(0, 0, -2640 + 2000);
        Hit nadir = flat.rayCast(origin, FRAME.up().negate(), 10_000);
        assertEquals(2000, nadir.range(), 1e-6, "nadir range (m)");
        double off = Math.toRadians(50);
        Vector3D d = FRAME.axesAt(0, 0).toMarsFixed(Math.sin(off), 0, -Math.cos(off));
        double r0 = FRAME.datumRadius() - 2640 + 2000;
        double rs = FRAME.datumRadius() - 2640;
        // |o + t d|² = rs²: t = r0 cos θ − sqrt(rs² − r0² sin² θ), θ the off-nadir angle.
        double expected = r0 * Math.cos(off) - Math.sqrt(rs * rs - r0 * r0 * Math.sin(off) * Math.sin(off));
        assertEquals(expected, flat.rayCast(origin, d, 10_000).range(), 1e-6, "slant range (m)");
    }

    /** The synthetic ray caster on a bare site (a sphere) agrees with the closed form within the 1 m cell. */
    @Test
    void syntheticRayCastOntoAPlaneMatchesClosedForm() {
        SyntheticTerrain terrain = new SyntheticTerrain(BARE, 1);
        FlatTerrain flat = new FlatTerrain(FRAME, BARE.elevation(), 0.2);
        for (double off : new double[] {0, 20, 50, 75}) {
            double a = Math.toRadians(off);
            Vector3D origin = FRAME.toMarsFixed(100, -200, BARE.elevation() + 1500);
            Vector3D d = FRAME.axesAt(100, -200).toMarsFixed(Math.sin(a) * 0.6, Math.sin(a) * 0.8, -Math.cos(a));
            Hit expected = flat.rayCast(origin, d, 20_000);
            Hit hit = terrain.rayCast(origin, d, 20_000);
            assertNotNull(hit, "hit at " + off + "° off nadir");
            assertEquals(expected.range(), hit.range(), 1.0, "range (m) at " + off + "° off nadir, within the 1 m cell");
            assertEquals(0, hit.point().distance(expected.point()), 1.0, "hit point (m)");
        }
    }

    /**
     * A planted 10° slope (rising to the east) hit by a ray descending eastward at 30° below the
     * horizontal: in the tangent plane, t = (z0 − x0 tan 10°) / (sin 30° + cos 30° tan 10°); the
     * sphere's curvature over 200 m (5 mm) is far inside the 1 m cell tolerance.
     */
    @Test
    void rayHitsAPlantedTenDegreeSlopeWhereTheClosedFormSays() {
        double slope = Math.toRadians(10);
        TerrainSpec spec = BARE.withFeatures(List.of(new SiteFeature.PlantedSlope(0, 0, 600, slope, Math.PI / 2)));
        SyntheticTerrain terrain = new SyntheticTerrain(spec, 1);
        double x0 = -150;
        double z0 = 60;
        double dip = Math.toRadians(30);
        Vector3D origin = FRAME.toMarsFixed(x0, 0, spec.elevation() + z0);
        Vector3D d = FRAME.axesAt(x0, 0).toMarsFixed(Math.cos(dip), 0, -Math.sin(dip));
        double expected = (z0 - x0 * Math.tan(slope)) / (Math.sin(dip) + Math.cos(dip) * Math.tan(slope));
        Hit hit = terrain.rayCast(origin, d, 1000);
        assertNotNull(hit, "hit");
        assertEquals(expected, hit.range(), 1.0, "range to the slope (m), within the 1 m cell");
        Vector3D up = FRAME.axesAt(hit.map().east(), hit.map().north()).up();
        assertEquals(10, Math.toDegrees(Vector3D.angle(hit.normal(), up)), 0.2, "tilt of the hit normal (deg)");
    }

    /** Rays that go up, or stop short of the ground, miss. */
    @Test
    void raysThatMissReturnNull() {
        SyntheticTerrain terrain = new SyntheticTerrain(TerrainSpec.jezero(), 3);
        Vector3D origin = FRAME.toMarsFixed(0, 0, -2640 + 1000);
        assertNull(terrain.rayCast(origin, FRAME.up(), 50_000), "straight up");
        assertNull(terrain.rayCast(origin, FRAME.up().negate(), 500), "down, but max range 500 m of ~1000 m");
        assertNull(new FlatTerrain(FRAME, -2640, 0.2).rayCast(origin, FRAME.east(), 5000), "horizontal, 5 km");
    }

    /** A coarse-footprint ray cast (radar beam) lands within the coarse cell of the full-resolution hit. */
    @Test
    void footprintRayCastAgreesWithinItsCell() {
        SyntheticTerrain terrain = new SyntheticTerrain(TerrainSpec.jezero(), 5);
        Vector3D origin = FRAME.toMarsFixed(300, 300, -2640 + 3000);
        Vector3D d = FRAME.axesAt(300, 300).toMarsFixed(0.34, 0, -0.94);
        Hit fine = terrain.rayCast(origin, d, 20_000);
        Hit coarse = terrain.rayCast(origin, d, 20_000, 64);
        assertNotNull(fine, "fine hit");
        assertNotNull(coarse, "coarse hit");
        assertEquals(fine.range(), coarse.range(), 64, "range (m) within the 64 m cell");
    }

    /**
     * The march over thin relief at grazing angles, where an over-relaxed step could jump what the plain
     * march finds: over a sphere of Mars's radius, a ridge 40 m wide at its base with the steepest slope
     * the march assumes (3, so 60 m high), met by rays 80° to 60° off nadir that cross it at 2 % to 98 % of
     * its height or pass 1 m over it. Reference: the first sign change of the same clearance along the
     * ray, scanned every 5 cm and bisected.
     */
    @Test
    void grazingRaysFindAThinRidgeAtTheSlopeBound() {
        double r = 3_396_190;
        double crest = 1000;
        double halfWidth = 20;
        double top = RayMarcher.SLOPE_BOUND * halfWidth;
        RayMarcher.Clearance ridge = (x, y, z) -> Math.sqrt(x * x + y * y + z * z) - r
                - Math.max(0, top - RayMarcher.SLOPE_BOUND * Math.abs(z - crest));
        for (double off : new double[] {80, 70, 60}) {
            for (double fraction : new double[] {0.02, 0.5, 0.98, 1 + 1 / top}) {
                double t = Math.toRadians(off);
                Vector3D origin = new Vector3D(r + fraction * top + crest / Math.tan(t), 0, 0);
                Vector3D d = new Vector3D(-Math.cos(t), 0, Math.sin(t));
                double expected = firstRoot(ridge, origin, d, 8000);
                double range = RayMarcher.march(ridge, origin, d, 8000, 0.2);
                String what = off + "° off nadir, at " + fraction + " of the ridge's height";
                assertEquals(expected, range, 0.01, "range (m), " + what);
            }
        }
    }

    /** First zero of {@code c} along the ray: a 5 cm scan, then bisection; NaN if none within maxRange. */
    private static double firstRoot(RayMarcher.Clearance c, Vector3D o, Vector3D d, double maxRange) {
        double previous = c.at(o.getX(), o.getY(), o.getZ());
        for (double s = 0.05; s <= maxRange; s += 0.05) {
            Vector3D p = new Vector3D(1, o, s, d);
            double f = c.at(p.getX(), p.getY(), p.getZ());
            if (f <= 0 && previous > 0) {
                double lo = s - 0.05;
                double hi = s;
                for (int i = 0; i < 60; i++) {
                    double m = 0.5 * (lo + hi);
                    Vector3D q = new Vector3D(1, o, m, d);
                    if (c.at(q.getX(), q.getY(), q.getZ()) > 0) {
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
}
