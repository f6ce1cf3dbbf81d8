package org.skycrane.sensors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.skycrane.gnc.nav.RadarFrame;
import org.skycrane.gnc.nav.RadarGeometry;
import org.skycrane.gnc.nav.RadarReturn;
import org.skycrane.terrain.FlatTerrain;
import org.skycrane.terrain.Hit;
import org.skycrane.terrain.MapPoint;
import org.skycrane.terrain.SiteFrame;
import org.skycrane.terrain.Terrain;

/**
 * The radar's ranges and line-of-sight velocities against closed forms: a ray meeting a sphere
 * (flat ground) and a plane tilted 10°, noise-free.
 */
class TerminalDescentSensorTest {

    private static final double R = 3_390_000;
    private static final SiteFrame SITE = new SiteFrame(0, 0, R);
    private static final Vector3D UP = Vector3D.PLUS_I; // the site at 0° N 0° E: up is +x
    private static final List<Vector3D> BEAMS = List.of(RadarGeometry.beam(0, 0), RadarGeometry.beam(Math.toRadians(20), 0),
            RadarGeometry.beam(Math.toRadians(50), Math.PI / 2));

    /** Body x straight down (−up), body y north (+z). */
    private static final Rotation NADIR = new Rotation(Vector3D.PLUS_I, Vector3D.PLUS_J, UP.negate(), Vector3D.PLUS_K);

    private static RadarFrame measure(Terrain ground, double height, Vector3D velocity) {
        var sensor = new TerminalDescentSensor(new RadarGeometry(BEAMS, 0.0067, 0.05, 0.033, 6600), ground,
                new SplittableRandom(1), true);
        return sensor.measure(0, UP.scalarMultiply(R + height), velocity, NADIR, List.of());
    }

    @Test
    void overFlatGroundEachBeamMeasuresTheRaySphereRange() {
        double h = 2000;
        Vector3D v = new Vector3D(-70, 10, 5); // descending at 70 m/s, drifting north-east
        RadarFrame frame = measure(new FlatTerrain(SITE, 0, 0.25), h, v);
        assertEquals(3, frame.returns().size());
        for (RadarReturn ret : frame.returns()) {
            Vector3D b = NADIR.applyTo(BEAMS.get(ret.beam()));
            // |o + ρ b| = R with o = (R + h) up: ρ = −(o·b) − √((o·b)² − |o|² + R²)
            double ob = (R + h) * Vector3D.dotProduct(UP, b);
            double expected = -ob - Math.sqrt(ob * ob - (R + h) * (R + h) + R * R);
            assertEquals(expected, ret.range(), 1e-3, "beam " + ret.beam() + " range (m)");
            assertEquals(Vector3D.dotProduct(b, v), ret.velocity(), 1e-9, "beam " + ret.beam() + " closing speed (m/s)");
        }
        assertEquals(h, frame.returns().get(0).range(), 1e-6, "the nadir beam ranges the height");
    }

    /** A plane through the point below the vehicle, tilted 10° about the north axis (rising to the east). */
    private record TiltedPlane(SiteFrame frame, Vector3D point, Vector3D normal) implements Terrain {
        public double height(double east, double north) {
            return Math.tan(Math.toRadians(10)) * east;
        }

        public Vector3D normal(double east, double north) {
            return new Vector3D(-Math.sin(Math.toRadians(10)), 0, Math.cos(Math.toRadians(10)));
        }

        public double heightAboveGround(Vector3D p) {
            return Vector3D.dotProduct(p.subtract(point), normal) / Vector3D.dotProduct(normal, UP);
        }

        public Hit rayCast(Vector3D origin, Vector3D direction, double maxRange) {
            Vector3D d = direction.normalize();
            double den = Vector3D.dotProduct(normal, d);
            if (den >= 0) {
                return null;
            }
            double t = Vector3D.dotProduct(point.subtract(origin), normal) / den;
            return t > maxRange ? null : new Hit(t, origin.add(d.scalarMultiply(t)), normal, new MapPoint(0, 0, 0));
        }

        public double albedo(double east, double north) {
            return 0.25;
        }
    }

    @Test
    void overATenDegreeSlopeTheRangesFollowThePlane() {
        double h = 500;
        // east at the site is +y; a plane rising to the east has normal (cos 10°) up − (sin 10°) east
        Vector3D normal = new Vector3D(Math.cos(Math.toRadians(10)), UP, -Math.sin(Math.toRadians(10)), Vector3D.PLUS_J);
        Terrain plane = new TiltedPlane(SITE, UP.scalarMultiply(R), normal);
        Vector3D v = new Vector3D(-20, 3, 0);
        RadarFrame frame = measure(plane, h, v);
        assertEquals(3, frame.returns().size());
        Vector3D origin = UP.scalarMultiply(R + h);
        for (RadarReturn ret : frame.returns()) {
            Vector3D b = NADIR.applyTo(BEAMS.get(ret.beam()));
            double expected = Vector3D.dotProduct(UP.scalarMultiply(R).subtract(origin), normal)
                    / Vector3D.dotProduct(normal, b);
            assertEquals(expected, ret.range(), 1e-6, "beam " + ret.beam() + " range on the slope (m)");
            assertEquals(Vector3D.dotProduct(b, v), ret.velocity(), 1e-9, "closing speed (m/s)");
        }
        // the 50° beam looks east, up the slope, so it is shorter than on flat ground: h cos 10° / cos(60°)... checked
        // against the plane formula above; on flat ground it would be h / cos 50°
        assertTrue(frame.returns().get(2).range() < h / Math.cos(Math.toRadians(50)));
    }

    @Test
    void aBeamThatMissesTheGroundReturnsNothing() {
        var sensor = new TerminalDescentSensor(new RadarGeometry(BEAMS, 0.0067, 0.05, 0.033, 6600),
                new FlatTerrain(SITE, 0, 0.25), new SplittableRandom(1), true);
        Rotation skyward = new Rotation(Vector3D.PLUS_I, Vector3D.PLUS_J, UP, Vector3D.PLUS_K);
        assertEquals(0, sensor.measure(0, UP.scalarMultiply(R + 2000), Vector3D.ZERO, skyward, List.of()).returns().size(),
                "beams pointed at the sky");
        assertEquals(0, measure(new FlatTerrain(SITE, 0, 0.25), 7000, Vector3D.ZERO).returns().size(),
                "beyond the 6.6 km maximum range");
    }

    @Test
    void theFallingHeatShieldIsMeasuredNotHidden() {
        var sensor = new TerminalDescentSensor(new RadarGeometry(BEAMS, 0.0067, 0.05, 0.033, 6600),
                new FlatTerrain(SITE, 0, 0.25), new SplittableRandom(1), true);
        Vector3D r = UP.scalarMultiply(R + 3000);
        var shield = new TerminalDescentSensor.Obstacle(UP.scalarMultiply(R + 2500), new Vector3D(-90, 0, 0), 2.25);
        RadarFrame frame = sensor.measure(0, r, new Vector3D(-60, 0, 0), NADIR, List.of(shield));
        assertEquals(500 - 2.25, frame.returns().get(0).range(), 1e-6, "the nadir beam hits the shield's near side");
        assertEquals(-30, frame.returns().get(0).velocity(), 1e-9, "opening at the 30 m/s the shield falls faster");
    }
}
