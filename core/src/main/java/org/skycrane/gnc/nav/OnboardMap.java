package org.skycrane.gnc.nav;

import java.util.Objects;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.hipparchus.util.FastMath;

/**
 * The flight software's digital elevation model of the landing site: heights above the datum
 * sphere on a square grid of {@code posting} metres about the map's centre, as a mission makes one
 * from orbital data (coarser than the ground, smoothed, with a vertical error of its own). The
 * navigation filter predicts its radar ranges on it; it never sees the ground itself.
 *
 * <p>Outside the grid the nearest edge height holds, so heights far from the site are those at the
 * map's rim. Heights are bilinear between posts, normals from the grid's gradient.
 */
public final class OnboardMap {

    /** Lags of the structure function: posting × 2^k for k below this. */
    public static final int LAGS = 12;

    /**
     * Where a ray meets the map.
     *
     * @param range  from the ray's origin (m)
     * @param point  Mars-fixed (m)
     * @param normal upward unit surface normal, Mars-fixed
     * @param up     local vertical at the hit, Mars-fixed
     */
    public record Hit(double range, Vector3D point, Vector3D normal, Vector3D up) {
    }

    /** A smooth field added to the posts' heights (m) at map coordinates (m): the map product's own error. */
    public interface Correction {
        /** Height added at map coordinates east, north (m). */
        double at(double east, double north);

        /** A bound on the magnitude of the added heights' gradient (m/m), for the ray casts' steps. */
        double maxSlope();
    }

    private final MapProjection projection;
    private final double posting;
    private final double perPosting;
    private final int size;
    private final float[] heights;
    private final double verticalError;
    private final double unresolvedRelief;
    private final double errorCorrelation;
    private final double maxSlope;
    private final SlopePyramid slopes;
    private final double[] structure;
    private final Correction correction;

    /**
     * What the map's constructor derives from its posts alone, which costs a pass over every post per
     * lag (worth keeping beside the posts in a cache).
     *
     * @param maxEdgeSlope the steepest height difference between neighbouring posts over the posting (m/m)
     * @param structure    mean squared height difference at lags posting × 2^k, k below {@link #LAGS} (m²)
     * @param blockSlopes  the steepest cell edge of each block of 4 × 4 cells (m/m), {@link #blockSlopes}
     */
    public record Relief(double maxEdgeSlope, double[] structure, float[] blockSlopes) {
        public Relief {
            if (structure.length != LAGS) {
                throw new IllegalArgumentException("the structure function has " + LAGS + " lags, not "
                        + structure.length);
            }
            structure = structure.clone();
            blockSlopes = blockSlopes.clone();
        }

        /** The relief of {@code size}² posts {@code heights} (row-major, from the south-west) {@code posting} m apart. */
        public static Relief of(int size, float[] heights, double posting) {
            double slope = 0;
            for (int j = 0; j < size; j++) {
                for (int i = 0; i + 1 < size; i++) {
                    slope = Math.max(slope, Math.abs((double) heights[j * size + i + 1] - heights[j * size + i]) / posting);
                    slope = Math.max(slope, Math.abs((double) heights[(i + 1) * size + j] - heights[i * size + j]) / posting);
                }
            }
            double[] structure = new double[LAGS];
            for (int k = 0; k < LAGS; k++) {
                int lag = 1 << k;
                double sum = 0;
                long n = 0;
                for (int j = 0; j < size; j++) {
                    for (int i = 0; i + lag < size; i++) {
                        double a = (double) heights[j * size + i + lag] - heights[j * size + i];
                        double b = (double) heights[(i + lag) * size + j] - heights[i * size + j];
                        sum += a * a + b * b;
                        n += 2;
                    }
                }
                structure[k] = n == 0 ? (k == 0 ? 0 : structure[k - 1]) : sum / n;
            }
            return new Relief(slope, structure, blockSlopes(size, heights, posting));
        }

        /**
         * The steepest edge (m/m) of each block of 4 × 4 cells of the posts, row-major from the
         * south-west, {@link #blockCount} of them: the local bound the ray casts step by.
         */
        public static float[] blockSlopes(int size, float[] heights, double posting) {
            return SlopePyramid.base(heights, size, posting);
        }

        /** How many {@link #blockSlopes} a map of {@code size} posts a side has. */
        public static int blockCount(int size) {
            int w = SlopePyramid.baseWidth(size);
            return w * w;
        }

        @Override
        public double[] structure() {
            return structure.clone();
        }

        @Override
        public float[] blockSlopes() {
            return blockSlopes.clone();
        }
    }

    /**
     * @param projection    map coordinates
     * @param posting       grid spacing (m)
     * @param size          posts per side (odd: the centre post is the map's origin)
     * @param heights       row-major, north rows of east posts, from the south-west corner (m above the datum)
     * @param verticalError 1σ of the map's own height error (m), as its producer states it
     * @param errorCorrelation the distance (m) at which that error's correlation falls to 1/e, as stated
     */
    public OnboardMap(MapProjection projection, double posting, int size, float[] heights, double verticalError,
                      double errorCorrelation) {
        this(projection, posting, size, heights, verticalError, errorCorrelation,
                Relief.of(checked(posting, size, heights), heights, posting));
    }

    /** {@code size}, after checking the grid is one a map can be made of. */
    private static int checked(double posting, int size, float[] heights) {
        if (!(posting > 0) || size < 3 || size % 2 == 0 || heights.length != size * size) {
            throw new IllegalArgumentException("map needs a positive posting and an odd size >= 3 with size² heights");
        }
        return size;
    }

    /** As the constructor above, with the posts' {@link Relief} already known (it must be theirs). */
    public OnboardMap(MapProjection projection, double posting, int size, float[] heights, double verticalError,
                      double errorCorrelation, Relief relief) {
        this.projection = Objects.requireNonNull(projection);
        this.errorCorrelation = errorCorrelation;
        this.correction = null;
        this.posting = posting;
        this.perPosting = 1 / posting;
        this.size = checked(posting, size, heights);
        this.heights = heights.clone();
        this.verticalError = verticalError;
        this.unresolvedRelief = 0;
        Objects.requireNonNull(relief, "relief");
        this.maxSlope = relief.maxEdgeSlope();
        this.slopes = new SlopePyramid(relief.blockSlopes(), this.size, posting);
        this.structure = relief.structure();
    }

    private OnboardMap(OnboardMap base, Correction correction, double unresolvedRelief) {
        this.projection = base.projection;
        this.posting = base.posting;
        this.perPosting = base.perPosting;
        this.size = base.size;
        this.heights = base.heights;
        this.verticalError = base.verticalError;
        this.unresolvedRelief = unresolvedRelief;
        this.errorCorrelation = base.errorCorrelation;
        this.maxSlope = base.maxSlope;
        this.slopes = base.slopes;
        this.structure = base.structure;
        this.correction = correction;
    }

    /**
     * This map with {@code error} added to its heights (the posts are shared): the map product as
     * delivered, whose error the structure function, taken from the posts alone, leaves out.
     */
    public OnboardMap withError(Correction error) {
        return new OnboardMap(this, Objects.requireNonNull(error), unresolvedRelief);
    }

    /**
     * This map stating {@code sigma} (m) as the RMS of the ground's relief below its posting: rocks and
     * small craters that its posts average away and a radar footprint of a few metres resolves. A
     * producer measures it from the finer DEM the map was made from; none stated, it is 0.
     */
    public OnboardMap withUnresolvedRelief(double sigma) {
        if (!(sigma >= 0)) {
            throw new IllegalArgumentException("unresolved relief must be >= 0 m, got " + sigma);
        }
        return new OnboardMap(this, correction, sigma);
    }

    /** RMS of the ground's relief below the map's posting (m), as stated ({@link #withUnresolvedRelief}). */
    public double unresolvedRelief() {
        return unresolvedRelief;
    }

    /** Distance (m) at which the map error's correlation falls to 1/e: ρ(d) = exp(−d²/L²). */
    public double errorCorrelation() {
        return errorCorrelation;
    }

    /** The map's coordinates. */
    public MapProjection projection() {
        return projection;
    }

    /** 1σ height error of the map (m). */
    public double verticalError() {
        return verticalError;
    }

    /** Half the map's width (m). */
    public double halfWidth() {
        return posting * (size - 1) / 2.0;
    }

    /** Height above the datum (m) at map coordinates (m). */
    public double height(double east, double north) {
        double x = clamp(east * perPosting + (size - 1) * 0.5);
        double y = clamp(north * perPosting + (size - 1) * 0.5);
        int i = Math.min((int) x, size - 2);
        int j = Math.min((int) y, size - 2);
        double fx = x - i;
        double fy = y - j;
        double c = correction == null ? 0 : correction.at(east, north);
        return c + (1 - fy) * ((1 - fx) * post(i, j) + fx * post(i + 1, j)) + fy * ((1 - fx) * post(i, j + 1)
                + fx * post(i + 1, j + 1));
    }

    /** Height of a Mars-fixed position (m) above the map directly below it (m). */
    public double heightAboveGround(Vector3D marsFixed) {
        double[] m = projection.toMap(marsFixed);
        return m[2] - height(m[0], m[1]);
    }

    /** Upward unit normal of the map at map coordinates (m), Mars-fixed. */
    public Vector3D normal(double east, double north) {
        return normal(east, north, projection.axes(east, north));
    }

    /** {@link #normal(double, double)} with the local axes there already known. */
    private Vector3D normal(double east, double north, Vector3D[] axes) {
        double dhde = (height(east + posting / 2, north) - height(east - posting / 2, north)) / posting;
        double dhdn = (height(east, north + posting / 2) - height(east, north - posting / 2)) / posting;
        return new Vector3D(-dhde, axes[0], -dhdn, axes[1], 1, axes[2]).normalize();
    }

    /**
     * Mean squared difference of the posts' heights {@code distance} (m) apart (m²), the structure
     * function of the ground as the map resolves it (its own error left out), interpolated in the logarithm of the lag and constant beyond the largest.
     */
    public double structureFunction(double distance) {
        double k = FastMath.log(Math.max(distance, 1e-9) / posting) / FastMath.log(2);
        if (k <= 0) {
            return structure[0] * Math.max(distance, 0) / posting;
        }
        if (k >= LAGS - 1) {
            return structure[LAGS - 1];
        }
        int i = (int) k;
        return structure[i] + (k - i) * (structure[i + 1] - structure[i]);
    }

    /**
     * First intersection of a ray with the map, by sphere tracing (steps no longer than the height
     * above the map allows at the map's steepest slope within the step's reach, over-relaxed where the
     * steps' ends cover the longer step), then regula falsi on the bracket, to 1 cm.
     *
     * <p>The slope bound is local: a step from a point at height f above the map, on a ray descending at
     * cos θ from the vertical, can be no longer than f / cos θ (the ray's height above the sphere falls by
     * at most that rate), so it moves at most f tan θ horizontally; the steepest of the map's cells within
     * that reach (and a posting more) bounds the ground's rise under it. Far above rough relief the reach
     * covers it and the bound is the map's steepest; near a smooth floor it is the floor's own.
     *
     * @return the hit, or null when none within {@code maxRange} (m)
     */
    public Hit rayCast(Vector3D origin, Vector3D direction, double maxRange) {
        Vector3D d = direction.normalize();
        double s = 0;
        double[] at = projection.toMap(origin); // map coordinates of the march's present point
        double f = at[2] - height(at[0], at[1]);
        if (f <= 0) {
            return hit(origin, d, 0);
        }
        double descent = -Vector3D.dotProduct(d, origin.normalize());
        double across = FastMath.sqrt(Math.max(0, 1 - descent * descent));
        // a bilinear patch's gradient is at most √2 times its steepest edge; the added error has its own
        double errorSlope = correction == null ? 0 : correction.maxSlope();
        double globalRate = Math.max(descent, 0) + (FastMath.sqrt(2) * maxSlope + errorSlope) * across + 1e-3;
        double perRadius = 1 / origin.getNorm();
        while (s < maxRange) {
            double rate = globalRate;
            if (descent > 0.05) { // the steepest cell within reach of any step from here
                // along the ray the local vertical turns by at most the distance over the radius, so the
                // ray's sine from it stays below the origin's plus that angle, up to the step's end (the
                // ray's cosine falls, so the origin's bounds the descent); 2 % more reach for the map's scale
                double sideways = Math.min(1, across + (s + f / descent) * perRadius);
                double reach = 1.02 * f / descent * sideways + posting;
                rate = descent + (FastMath.sqrt(2) * slopes.steepest(at[0], at[1], reach) + errorSlope) * sideways
                        + 1e-3;
            }
            // over-relaxation as in the terrain's ray marcher: a longer step, 0.9 of the longest its two ends'
            // radii cover over flat ground, kept only when they do cover it
            double relaxation = descent > 0 ? 0.9 * 2 / (1 + descent / rate) : 0; // descending rays only
            if (relaxation >= 1.1 && relaxation * f / rate > 0.01 && s + relaxation * f / rate < maxRange) {
                double far = s + relaxation * f / rate;
                double[] farPoint = projection.toMap(new Vector3D(1, origin, far, d));
                double gFar = farPoint[2] - height(farPoint[0], farPoint[1]);
                if (gFar > 0 && 0.95 * (f + gFar) / rate >= far - s) { // 5 % for the ray's curvature
                    s = far;
                    f = gFar;
                    at = farPoint;
                    continue;
                }
            }
            double step = Math.max(f / rate, 0.01);
            double next = Math.min(s + step, maxRange);
            double[] nextPoint = projection.toMap(new Vector3D(1, origin, next, d));
            double g = nextPoint[2] - height(nextPoint[0], nextPoint[1]);
            if (g <= 0) {
                return refine(origin, d, s, next, f, g);
            }
            if (next >= maxRange) {
                return null;
            }
            s = next;
            f = g;
            at = nextPoint;
        }
        return null;
    }

    /** The crossing bracketed by [lo, hi] along the ray, of heights {@code flo} > 0 ≥ {@code fhi}: regula falsi (Illinois variant) to 1 cm. */
    private Hit refine(Vector3D origin, Vector3D d, double lo, double hi, double flo, double fhi) {
        int side = 0;
        for (int i = 0; i < 60 && hi - lo > 0.01; i++) {
            double t = (lo * fhi - hi * flo) / (fhi - flo);
            double ft = heightAboveGround(new Vector3D(1, origin, t, d));
            if (Math.abs(ft) < 0.005) {
                return hit(origin, d, t);
            }
            if (ft > 0) {
                lo = t;
                flo = ft;
                if (side == -1) {
                    fhi /= 2;
                }
                side = -1;
            } else {
                hi = t;
                fhi = ft;
                if (side == 1) {
                    flo /= 2;
                }
                side = 1;
            }
        }
        return hit(origin, d, 0.5 * (lo + hi));
    }

    private Hit hit(Vector3D origin, Vector3D d, double range) {
        Vector3D p = new Vector3D(1, origin, range, d);
        double[] m = projection.toMap(p);
        Vector3D[] axes = projection.axes(m[0], m[1]);
        return new Hit(range, p, normal(m[0], m[1], axes), axes[2]);
    }

    private double clamp(double x) {
        return Math.max(0, Math.min(size - 1, x));
    }

    private double post(int i, int j) {
        return heights[j * size + i];
    }
}
