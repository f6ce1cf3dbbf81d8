package org.skycrane.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An ellipse in the east-north plane of a target: a contour of constant Mahalanobis distance
 * {@code scale} of a fitted 2-D normal (see {@link LandingEllipse#ellipse(double)}).
 *
 * @param centreEast  east offset of the centre from the target (m)
 * @param centreNorth north offset of the centre from the target (m)
 * @param majorAxis   full length of the major axis, 2·k·√λ₁ (m)
 * @param minorAxis   full length of the minor axis, 2·k·√λ₂ (m), at most {@code majorAxis}
 * @param azimuth     of the major axis, clockwise from north, in [0, π) (rad)
 * @param scale       k, the Mahalanobis distance of the contour (dimensionless)
 */
public record Ellipse(double centreEast, double centreNorth, double majorAxis, double minorAxis,
                      double azimuth, double scale) {

    public Ellipse {
        if (!Double.isFinite(centreEast) || !Double.isFinite(centreNorth)) {
            throw new IllegalArgumentException("ellipse centre must be finite (m): " + centreEast + ", " + centreNorth);
        }
        if (!(minorAxis >= 0) || !(majorAxis >= minorAxis) || Double.isInfinite(majorAxis)) {
            throw new IllegalArgumentException("ellipse axes must satisfy 0 <= minor <= major < inf (m): "
                    + majorAxis + ", " + minorAxis);
        }
        if (!(azimuth >= 0 && azimuth < Math.PI)) {
            throw new IllegalArgumentException("ellipse azimuth must be in [0, pi) (rad): " + azimuth);
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("ellipse scale must be positive and finite: " + scale);
        }
    }

    /** Half the major axis (m). */
    public double semiMajorAxis() {
        return majorAxis / 2;
    }

    /** Half the minor axis (m). */
    public double semiMinorAxis() {
        return minorAxis / 2;
    }

    /** Azimuth of the major axis in degrees in [0, 180), for output. */
    public double azimuthDeg() {
        return Math.toDegrees(azimuth);
    }

    /** The centre as a point. */
    public EastNorth centre() {
        return new EastNorth(centreEast, centreNorth);
    }

    /** Area π a b (m²). */
    public double area() {
        return Math.PI * semiMajorAxis() * semiMinorAxis();
    }

    /**
     * Whether the point ({@code east}, {@code north}) (m) lies inside or on the ellipse, that is
     * (u/a)² + (v/b)² ≤ 1 in the frame of its axes. For the ellipse of a fitted normal this is the
     * Mahalanobis distance ≤ {@code scale}. A degenerate ellipse (minor axis 0) contains only the
     * points of its major axis.
     */
    public boolean contains(double east, double north) {
        double dEast = east - centreEast;
        double dNorth = north - centreNorth;
        double sin = Math.sin(azimuth);
        double cos = Math.cos(azimuth);
        double along = dEast * sin + dNorth * cos;       // along the major axis
        double across = dEast * cos - dNorth * sin;      // along the minor axis
        double a = semiMajorAxis();
        double b = semiMinorAxis();
        if (b == 0) {
            return across == 0 && Math.abs(along) <= a;
        }
        double u = along / a;
        double v = across / b;
        return u * u + v * v <= 1.0;
    }

    /** {@link #contains(double, double)} for a point. */
    public boolean contains(EastNorth point) {
        return contains(point.east(), point.north());
    }

    /**
     * The outline as a closed ring of {@code vertices + 1} points, the last equal to the first,
     * counter-clockwise seen from above with east to the right and north up (the exterior-ring
     * orientation RFC 7946 §3.1.6 asks for). The first vertex is the end of the major axis that
     * lies along {@link #azimuth()} from the centre.
     *
     * @param vertices distinct points on the outline, at least 3
     */
    public List<EastNorth> outline(int vertices) {
        if (vertices < 3) {
            throw new IllegalArgumentException("an ellipse outline needs at least 3 vertices: " + vertices);
        }
        double sin = Math.sin(azimuth);
        double cos = Math.cos(azimuth);
        // Unit vectors (east, north): major axis (sin az, cos az); minor axis, 90° counter-clockwise of it.
        double a = semiMajorAxis();
        double b = semiMinorAxis();
        List<EastNorth> ring = new ArrayList<>(vertices + 1);
        for (int i = 0; i < vertices; i++) {
            double t = 2 * Math.PI * i / vertices;
            double along = a * Math.cos(t);
            double across = b * Math.sin(t);
            ring.add(new EastNorth(centreEast + along * sin - across * cos,
                                   centreNorth + along * cos + across * sin));
        }
        ring.add(ring.get(0));
        return Collections.unmodifiableList(ring);
    }
}
