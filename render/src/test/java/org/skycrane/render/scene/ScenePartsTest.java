package org.skycrane.render.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.RotationConvention;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;

class ScenePartsTest {

    /** IEC 61966-2-1: the D65 white point (0.3127, 0.3290) at Y = 1 is linear sRGB (1, 1, 1) (to the matrix's 4 digits). */
    @Test
    void d65WhiteIsSrgbWhiteAndTheTransferFunctionRoundTrips() {
        Rgb white = Rgb.fromChromaticity(0.3127, 0.3290, 1.0);
        assertEquals(1, white.r(), 2e-3, "red");
        assertEquals(1, white.g(), 2e-3, "green");
        assertEquals(1, white.b(), 2e-3, "blue");
        for (int code = 0; code < 256; code++) {
            assertEquals(code, Rgb.linearToSrgb(Rgb.srgbToLinear(code)), "sRGB code round trip");
        }
        // ((128/255 + 0.055) / 1.055)^2.4 = 0.21586, the standard's decoding of code 128.
        assertEquals(0.21586, Rgb.srgbToLinear(128), 1e-5, "sRGB 128 in linear light");
    }

    /** Every vertex normal of an ellipsoid is the unit gradient of x²/a² + y²/b² + z²/c² at that vertex. */
    @Test
    void ellipsoidNormalsAreTheSurfaceGradient() {
        double a = 3;
        double b = 2;
        double c = 1;
        Mesh m = Shapes.ellipsoid(a, b, c, 24, 12);
        float[] v = m.interleaved();
        for (int i = 0; i < m.vertexCount(); i++) {
            double x = v[8 * i];
            double y = v[8 * i + 1];
            double z = v[8 * i + 2];
            assertEquals(1, x * x / (a * a) + y * y / (b * b) + z * z / (c * c), 1e-5, "vertex on the surface");
            Vector3D g = new Vector3D(x / (a * a), y / (b * b), z / (c * c)).normalize();
            Vector3D n = new Vector3D(v[8 * i + 3], v[8 * i + 4], v[8 * i + 5]);
            if (Math.abs(z) < c - 1e-6) {
                assertEquals(0, Vector3D.angle(g, n), 1e-5, "normal vs gradient (rad) at vertex " + i);
            }
        }
        assertEquals(3, m.boundingRadius(), 1e-6, "bounding radius (m)");
    }

    /** Box: 24 vertices, 12 triangles, normals away from the centre; frustum and cylinder sides radially outward, caps axial. */
    @Test
    void boxFrustumAndCylinderNormalsPointOutward() {
        Mesh box = Shapes.box(2, 3, 4);
        assertEquals(24, box.vertexCount(), "box vertices");
        assertEquals(12, box.triangleCount(), "box triangles");
        float[] v = box.interleaved();
        for (int i = 0; i < box.vertexCount(); i++) {
            Vector3D p = new Vector3D(v[8 * i], v[8 * i + 1], v[8 * i + 2]);
            Vector3D n = new Vector3D(v[8 * i + 3], v[8 * i + 4], v[8 * i + 5]);
            assertTrue(n.dotProduct(p) > 0, "box normal " + n + " at " + p);
        }
        Mesh cylinder = Shapes.closedCylinder(1, 2, 12);
        v = cylinder.interleaved();
        for (int i = 0; i < cylinder.vertexCount(); i++) {
            Vector3D p = new Vector3D(v[8 * i], v[8 * i + 1], v[8 * i + 2]);
            Vector3D n = new Vector3D(v[8 * i + 3], v[8 * i + 4], v[8 * i + 5]);
            if (Math.abs(n.getZ()) > 0.5) {
                assertEquals(p.getZ() > 1 ? 1 : -1, n.getZ(), 1e-6, "cap normal at " + p);
            } else {
                assertTrue(n.dotProduct(new Vector3D(p.getX(), p.getY(), 0)) > 0, "side normal " + n + " at " + p);
            }
        }
        // The slanted side of a frustum of radii 2 -> 0.5 over 3 m leans outward by atan(1.5 / 3).
        float[] f = Shapes.coneFrustum(2, 0.5, 3, 16).interleaved();
        assertEquals(Math.atan(1.5 / 3), Math.asin(f[5]), 1e-6, "frustum normal elevation (rad)");
    }

    @Test
    void poseFromARigidMatrixMatchesTheRotationAndTranslation() {
        Rotation r = new Rotation(new Vector3D(1, 2, 3), 0.7, RotationConvention.VECTOR_OPERATOR);
        Vector3D t = new Vector3D(10, -20, 30);
        Vector3D x = r.applyTo(Vector3D.PLUS_I);
        Vector3D y = r.applyTo(Vector3D.PLUS_J);
        Vector3D z = r.applyTo(Vector3D.PLUS_K);
        double[] m = {
            x.getX(), y.getX(), z.getX(), t.getX(),
            x.getY(), y.getY(), z.getY(), t.getY(),
            x.getZ(), y.getZ(), z.getZ(), t.getZ(),
            0, 0, 0, 1};
        Pose p = Pose.fromMatrix(m);
        Vector3D body = new Vector3D(0.3, -1.2, 2.5);
        assertEquals(0, Vector3D.distance(t.add(r.applyTo(body)), p.toLocal(body)), 1e-12, "transformed point (m)");
        Pose along = Pose.along(new Vector3D(1, 1, 1), new Vector3D(1, 1, 5));
        assertEquals(0, Vector3D.distance(new Vector3D(1, 1, 3), along.toLocal(new Vector3D(0, 0, 2))), 1e-12,
                "a point along the segment (m)");
    }

    @Test
    void heightFieldInterpolatesBilinearlyAndRefusesBadInput() {
        HeightField f = HeightField.sample(100, 200, 2.0, 3, 3, (e, n) -> 0.5 * (e - 100) + 0.25 * (n - 200) , (e, n) -> 0);
        // A plane is reproduced exactly by bilinear interpolation.
        assertEquals(0.5 * 1.3 + 0.25 * 2.9, f.heightAt(101.3, 202.9), 1e-6, "height (m)");
        double[] n = f.normal(1, 1);
        assertEquals(0, new Vector3D(n[0], n[1], n[2]).dotProduct(new Vector3D(1, 0, 0.5)), 1e-6, "normal ⟂ east slope");
        assertThrows(IllegalArgumentException.class, () -> new HeightField(0, 0, 1, 2, 2, new float[3], new int[4]));
        assertThrows(IllegalArgumentException.class, () -> new HeightField(0, 0, 1, 2, 2,
                new float[] {0, 0, Float.NaN, 0}, new int[4]));
    }

    /** Airmass profile: 1 at the horizon, (1 − e^−τ)/(1 − e^−τ m₀) at the zenith. */
    @Test
    void skyProfileIsNormalisedToTheHorizon() {
        double tau = 0.6;
        assertEquals(1, MarsSky.profile(tau, 0), 1e-12, "horizon");
        assertEquals(-Math.expm1(-tau) / -Math.expm1(-tau * MarsSky.HORIZON_AIRMASS), MarsSky.profile(tau, 1), 1e-12,
                "zenith");
        assertTrue(MarsSky.profile(tau, 0.5) > MarsSky.profile(tau, 1), "brighter at 30° than at the zenith");
        assertEquals(Math.toRadians(0.175), MarsSky.SUN_ANGULAR_RADIUS, Math.toRadians(0.001), "Sun's angular radius");
    }
}
