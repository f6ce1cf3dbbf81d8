package org.skycrane.render.gl;

import java.nio.FloatBuffer;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * A 4×4 matrix in double precision, stored column-major as OpenGL expects. Built and multiplied on the
 * CPU in double; converted to float only for upload, after the camera position has been subtracted
 * (camera-relative rendering), so that kilometre-scale coordinates do not lose centimetres.
 */
public final class Matrix4 {

    /** Column-major entries: m[col * 4 + row]. */
    final double[] m;

    private Matrix4(double[] m) {
        this.m = m;
    }

    /** The identity. */
    public static Matrix4 identity() {
        double[] a = new double[16];
        a[0] = a[5] = a[10] = a[15] = 1;
        return new Matrix4(a);
    }

    /** Entry at (row, col). */
    public double get(int row, int col) {
        return m[col * 4 + row];
    }

    private void set(int row, int col, double v) {
        m[col * 4 + row] = v;
    }

    /** this × other. */
    public Matrix4 times(Matrix4 other) {
        double[] r = new double[16];
        for (int col = 0; col < 4; col++) {
            for (int row = 0; row < 4; row++) {
                double s = 0;
                for (int k = 0; k < 4; k++) {
                    s += m[k * 4 + row] * other.m[col * 4 + k];
                }
                r[col * 4 + row] = s;
            }
        }
        return new Matrix4(r);
    }

    /** This matrix applied to the point (x, y, z, 1): the four homogeneous components. */
    public double[] transform(double x, double y, double z) {
        double[] out = new double[4];
        for (int row = 0; row < 4; row++) {
            out[row] = m[row] * x + m[4 + row] * y + m[8 + row] * z + m[12 + row];
        }
        return out;
    }

    /**
     * The transform body → local-minus-origin: scale per axis, then rotate by {@code attitude}, then
     * translate by {@code translation} (already relative to the camera).
     */
    public static Matrix4 model(Vector3D translation, Rotation attitude, Vector3D scale) {
        Matrix4 a = identity();
        Vector3D[] axes = {attitude.applyTo(Vector3D.PLUS_I), attitude.applyTo(Vector3D.PLUS_J),
            attitude.applyTo(Vector3D.PLUS_K)};
        double[] s = {scale.getX(), scale.getY(), scale.getZ()};
        for (int col = 0; col < 3; col++) {
            a.set(0, col, axes[col].getX() * s[col]);
            a.set(1, col, axes[col].getY() * s[col]);
            a.set(2, col, axes[col].getZ() * s[col]);
        }
        a.set(0, 3, translation.getX());
        a.set(1, 3, translation.getY());
        a.set(2, 3, translation.getZ());
        return a;
    }

    /** A matrix whose three rows (upper-left 3×3) are the given vectors, and no translation. */
    public static Matrix4 rows(Vector3D r0, Vector3D r1, Vector3D r2) {
        Matrix4 a = identity();
        Vector3D[] r = {r0, r1, r2};
        for (int row = 0; row < 3; row++) {
            a.set(row, 0, r[row].getX());
            a.set(row, 1, r[row].getY());
            a.set(row, 2, r[row].getZ());
        }
        return a;
    }

    /** A general matrix from row-major values. */
    public static Matrix4 ofRows(double... rowMajor) {
        Matrix4 a = new Matrix4(new double[16]);
        for (int row = 0; row < 4; row++) {
            for (int col = 0; col < 4; col++) {
                a.set(row, col, rowMajor[row * 4 + col]);
            }
        }
        return a;
    }

    /** The upper-left 3×3 block's inverse transpose, column-major, for transforming normals. */
    public float[] normalMatrix() {
        double a = get(0, 0), b = get(0, 1), c = get(0, 2);
        double d = get(1, 0), e = get(1, 1), f = get(1, 2);
        double g = get(2, 0), h = get(2, 1), i = get(2, 2);
        double det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
        // Inverse transpose = cofactor matrix / det.
        double[][] cof = {
            {e * i - f * h, -(d * i - f * g), d * h - e * g},
            {-(b * i - c * h), a * i - c * g, -(a * h - b * g)},
            {b * f - c * e, -(a * f - c * d), a * e - b * d}};
        float[] out = new float[9];
        for (int col = 0; col < 3; col++) {
            for (int row = 0; row < 3; row++) {
                out[col * 3 + row] = (float) (cof[row][col] / det);
            }
        }
        return out;
    }

    /** Writes the entries as floats, column-major, into {@code buffer} (16 values) and rewinds it. */
    public FloatBuffer put(FloatBuffer buffer) {
        buffer.clear();
        for (double v : m) {
            buffer.put((float) v);
        }
        buffer.flip();
        return buffer;
    }
}
