package org.skycrane.render.scene;

/**
 * Simple solids in their body frame (m). Axisymmetric shapes have their axis along body +Z; their
 * texture coordinate u runs once round the axis (u = azimuth / 2π, azimuth from +X toward +Y) and v
 * along the profile as documented on each shape, so a canopy texture painted in gores (u) and
 * rings (v) maps directly. {@code segments} is the number of facets round the axis.
 */
public final class Shapes {

    private Shapes() {
    }

    /**
     * A frustum of a cone, open at both ends (no caps): radius {@code bottomRadius} at z = 0,
     * {@code topRadius} at z = {@code height}; v = z / height. A radius of zero gives a cone.
     */
    public static Mesh coneFrustum(double bottomRadius, double topRadius, double height, int segments) {
        checkSegments(segments);
        if (!(height > 0) || bottomRadius < 0 || topRadius < 0 || bottomRadius + topRadius == 0) {
            throw new IllegalArgumentException("frustum needs height > 0 and radii >= 0, not both 0 (m): "
                    + bottomRadius + ", " + topRadius + ", " + height);
        }
        MeshBuilder b = new MeshBuilder();
        appendFrustumSide(b, bottomRadius, topRadius, height, segments);
        return b.build();
    }

    /** An open cylinder of {@code radius} from z = 0 to z = {@code length}; v = z / length. */
    public static Mesh cylinder(double radius, double length, int segments) {
        return coneFrustum(radius, radius, length, segments);
    }

    /** A closed cylinder: the side of {@link #cylinder} plus disks at both ends. */
    public static Mesh closedCylinder(double radius, double length, int segments) {
        MeshBuilder b = new MeshBuilder();
        appendFrustumSide(b, radius, radius, length, segments);
        appendDisk(b, 0, radius, 0, -1, segments);
        appendDisk(b, 0, radius, length, +1, segments);
        return b.build();
    }

    /**
     * A flat annulus in the plane z = 0 facing +Z, from {@code innerRadius} (0 for a full disk) to
     * {@code outerRadius}; v = (r − inner) / (outer − inner).
     */
    public static Mesh disk(double innerRadius, double outerRadius, int segments) {
        MeshBuilder b = new MeshBuilder();
        appendDisk(b, innerRadius, outerRadius, 0, +1, segments);
        return b.build();
    }

    /**
     * A spherical cap (a dome) of sphere radius {@code radius} about the origin, from the pole
     * (+Z) down to polar angle {@code maxPolarAngle} (rad, π/2 for a hemisphere, π for a sphere);
     * v = polar angle / maxPolarAngle, so v = 0 at the apex. Good for a canopy's crown.
     */
    public static Mesh dome(double radius, double maxPolarAngle, int segments, int rings) {
        return ellipsoidPart(radius, radius, radius, maxPolarAngle, segments, rings);
    }

    /** A sphere of {@code radius}; v = polar angle / π from +Z. */
    public static Mesh sphere(double radius, int segments, int rings) {
        return ellipsoidPart(radius, radius, radius, Math.PI, segments, rings);
    }

    /** An ellipsoid with semi-axes a, b, c along body X, Y, Z (m), with true ellipsoid normals. */
    public static Mesh ellipsoid(double a, double b, double c, int segments, int rings) {
        return ellipsoidPart(a, b, c, Math.PI, segments, rings);
    }

    /** A box of full sizes {@code sx × sy × sz} (m) centred on the origin; each face has uv 0..1. */
    public static Mesh box(double sx, double sy, double sz) {
        if (!(sx > 0 && sy > 0 && sz > 0)) {
            throw new IllegalArgumentException("box sizes must be positive (m): " + sx + ", " + sy + ", " + sz);
        }
        MeshBuilder b = new MeshBuilder();
        double x = sx / 2;
        double y = sy / 2;
        double z = sz / 2;
        // Each face: normal, then two in-plane axes (e1 × e2 = normal) with their half sizes.
        double[][] faces = {
            {1, 0, 0, 0, 1, 0, 0, 0, 1}, {-1, 0, 0, 0, 0, 1, 0, 1, 0},
            {0, 1, 0, 0, 0, 1, 1, 0, 0}, {0, -1, 0, 1, 0, 0, 0, 0, 1},
            {0, 0, 1, 1, 0, 0, 0, 1, 0}, {0, 0, -1, 0, 1, 0, 1, 0, 0}};
        for (double[] f : faces) {
            int first = -1;
            for (int k = 0; k < 4; k++) {
                double s = (k == 1 || k == 2) ? 1 : -1;
                double t = (k >= 2) ? 1 : -1;
                double px = f[0] * x + s * f[3] * x + t * f[6] * x;
                double py = f[1] * y + s * f[4] * y + t * f[7] * y;
                double pz = f[2] * z + s * f[5] * z + t * f[8] * z;
                int v = b.vertex(px, py, pz, f[0], f[1], f[2], (s + 1) / 2, (t + 1) / 2);
                if (first < 0) {
                    first = v;
                }
            }
            b.quad(first, first + 1, first + 2, first + 3);
        }
        return b.build();
    }

    private static Mesh ellipsoidPart(double a, double b, double c, double maxPolar, int segments, int rings) {
        checkSegments(segments);
        if (rings < 1) {
            throw new IllegalArgumentException("rings must be at least 1: " + rings);
        }
        if (!(a > 0 && b > 0 && c > 0) || !(maxPolar > 0 && maxPolar <= Math.PI)) {
            throw new IllegalArgumentException("ellipsoid needs positive semi-axes (m) and a polar extent in (0, π]");
        }
        MeshBuilder m = new MeshBuilder();
        int rowLength = segments + 1;
        for (int r = 0; r <= rings; r++) {
            double polar = maxPolar * r / rings;
            double sp = Math.sin(polar);
            double cp = Math.cos(polar);
            for (int s = 0; s <= segments; s++) {
                double az = 2 * Math.PI * s / segments;
                double ux = sp * Math.cos(az);
                double uy = sp * Math.sin(az);
                // Normal of x²/a² + y²/b² + z²/c² = 1 at (a ux, b uy, c cp) is (ux / a, uy / b, cp / c).
                double nx = ux / a;
                double ny = uy / b;
                double nz = cp / c;
                if (sp == 0) {
                    nx = 0;
                    ny = 0;
                }
                m.vertex(a * ux, b * uy, c * cp, nx, ny, nz, (double) s / segments, (double) r / rings);
            }
        }
        for (int r = 0; r < rings; r++) {
            for (int s = 0; s < segments; s++) {
                int i0 = r * rowLength + s;
                int i1 = (r + 1) * rowLength + s;
                m.quad(i0, i1, i1 + 1, i0 + 1);
            }
        }
        return m.build();
    }

    /** Side of a frustum; the outward normal of the slanted side is (h cos a, h sin a, r0 − r1), normalised. */
    private static void appendFrustumSide(MeshBuilder b, double r0, double r1, double h, int segments) {
        checkSegments(segments);
        int base = -1;
        for (int ring = 0; ring <= 1; ring++) {
            double r = ring == 0 ? r0 : r1;
            for (int s = 0; s <= segments; s++) {
                double a = 2 * Math.PI * s / segments;
                int v = b.vertex(r * Math.cos(a), r * Math.sin(a), ring * h, h * Math.cos(a), h * Math.sin(a), r0 - r1,
                        (double) s / segments, ring);
                if (base < 0) {
                    base = v;
                }
            }
        }
        for (int s = 0; s < segments; s++) {
            b.quad(base + s, base + s + 1, base + segments + 1 + s + 1, base + segments + 1 + s);
        }
    }

    private static void appendDisk(MeshBuilder b, double inner, double outer, double z, int facing, int segments) {
        checkSegments(segments);
        if (inner < 0 || !(outer > inner)) {
            throw new IllegalArgumentException("annulus needs 0 <= inner < outer (m): " + inner + ", " + outer);
        }
        int base = -1;
        for (int ring = 0; ring <= 1; ring++) {
            double r = ring == 0 ? inner : outer;
            for (int s = 0; s <= segments; s++) {
                double a = 2 * Math.PI * s / segments;
                int v = b.vertex(r * Math.cos(a), r * Math.sin(a), z, 0, 0, facing, (double) s / segments, ring);
                if (base < 0) {
                    base = v;
                }
            }
        }
        for (int s = 0; s < segments; s++) {
            int i0 = base + s;
            int i1 = base + segments + 1 + s;
            if (facing > 0) {
                b.quad(i0, i0 + 1, i1 + 1, i1);
            } else {
                b.quad(i0, i1, i1 + 1, i0 + 1);
            }
        }
    }

    private static void checkSegments(int segments) {
        if (segments < 3) {
            throw new IllegalArgumentException("at least 3 segments round the axis: " + segments);
        }
    }
}
