package org.skycrane.stats;

/**
 * A 2-D normal fitted to landing points in the east-north plane of the target, accumulated one
 * point at a time in O(1) memory, and the ellipses derived from it.
 *
 * <p>Points are added with Welford's update (Welford 1962, <i>Technometrics</i> 4(3):419-420,
 * extended to the cross product) and partial fits are merged with the pairwise formulas of Chan,
 * Golub &amp; LeVeque (1979), "Updating formulae and a pairwise algorithm for computing sample
 * variances", Stanford STAN-CS-79-773, eq. 2.1b. Both avoid the cancellation of the textbook
 * Σx² − n x̄² formula, which matters here because dispersions (km) are small against offsets.
 *
 * <p>Values, not accumulators: {@link #add} and {@link #merge} return new fits. The result of
 * adding or merging depends, in the last bits, on the order; a campaign that wants the same bits
 * for any thread count builds one fit per fixed block of case numbers, in case order, and merges
 * the blocks in block order.
 *
 * <p>The covariance is the unbiased sample covariance (divisor n − 1). For a 2-D normal, the
 * probability of lying within Mahalanobis distance k of the mean is 1 − exp(−k²/2) (the χ²
 * distribution with 2 degrees of freedom), which {@link #probabilityInside(double)} returns.
 *
 * @param count            number of points (≥ 0)
 * @param meanEast         mean east offset from the target (m); 0 when empty
 * @param meanNorth        mean north offset from the target (m); 0 when empty
 * @param sumSquaresEast   Σ (east − mean)² (m²)
 * @param sumSquaresNorth  Σ (north − mean)² (m²)
 * @param sumCrossProducts Σ (east − mean)(north − mean) (m²)
 */
public record LandingEllipse(long count, double meanEast, double meanNorth,
                             double sumSquaresEast, double sumSquaresNorth, double sumCrossProducts) {

    /** k of the ellipse holding 99 % of a 2-D normal: √(−2 ln 0.01) ≈ 3.0349. */
    public static final double K_99 = scaleFor(0.99);

    /** k of the "3-sigma" ellipse, which holds 1 − exp(−4.5) ≈ 98.89 % of a 2-D normal. */
    public static final double K_3_SIGMA = 3.0;

    /** The fit of no points. */
    public static final LandingEllipse EMPTY = new LandingEllipse(0, 0.0, 0.0, 0.0, 0.0, 0.0);

    public LandingEllipse {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0: " + count);
        }
        if (!Double.isFinite(meanEast) || !Double.isFinite(meanNorth) || !Double.isFinite(sumCrossProducts)) {
            throw new IllegalArgumentException("means and cross products must be finite");
        }
        if (!(sumSquaresEast >= 0) || !(sumSquaresNorth >= 0)
                || Double.isInfinite(sumSquaresEast) || Double.isInfinite(sumSquaresNorth)) {
            throw new IllegalArgumentException("sums of squares must be finite and >= 0 (m²): "
                    + sumSquaresEast + ", " + sumSquaresNorth);
        }
    }

    /** The fit of the given points. */
    public static LandingEllipse of(Iterable<EastNorth> points) {
        LandingEllipse fit = EMPTY;
        for (EastNorth point : points) {
            fit = fit.add(point);
        }
        return fit;
    }

    /** This fit with one more point ({@code east}, {@code north}) (m) from the target. */
    public LandingEllipse add(double east, double north) {
        if (!Double.isFinite(east) || !Double.isFinite(north)) {
            throw new IllegalArgumentException("landing point must be finite (m): " + east + ", " + north);
        }
        long n = count + 1;
        double dEast = east - meanEast;
        double dNorth = north - meanNorth;
        double newMeanEast = meanEast + dEast / n;
        double newMeanNorth = meanNorth + dNorth / n;
        return new LandingEllipse(n, newMeanEast, newMeanNorth,
                sumSquaresEast + dEast * (east - newMeanEast),
                sumSquaresNorth + dNorth * (north - newMeanNorth),
                sumCrossProducts + dEast * (north - newMeanNorth));
    }

    /** This fit with one more point. */
    public LandingEllipse add(EastNorth point) {
        return add(point.east(), point.north());
    }

    /** The fit of the points of this one and of {@code other} together. */
    public LandingEllipse merge(LandingEllipse other) {
        if (other.count == 0) {
            return this;
        }
        if (count == 0) {
            return other;
        }
        long n = count + other.count;
        double dEast = other.meanEast - meanEast;
        double dNorth = other.meanNorth - meanNorth;
        double weight = (double) count * other.count / n;           // nA nB / n
        double share = (double) other.count / n;                     // nB / n
        return new LandingEllipse(n,
                meanEast + dEast * share,
                meanNorth + dNorth * share,
                sumSquaresEast + other.sumSquaresEast + dEast * dEast * weight,
                sumSquaresNorth + other.sumSquaresNorth + dNorth * dNorth * weight,
                sumCrossProducts + other.sumCrossProducts + dEast * dNorth * weight);
    }

    /** The mean landing point, relative to the target. */
    public EastNorth mean() {
        return new EastNorth(meanEast, meanNorth);
    }

    /** Sample variance of the east offsets (m²); needs at least 2 points. */
    public double varianceEast() {
        return sumSquaresEast / degreesOfFreedom();
    }

    /** Sample variance of the north offsets (m²); needs at least 2 points. */
    public double varianceNorth() {
        return sumSquaresNorth / degreesOfFreedom();
    }

    /** Sample covariance of east and north offsets (m²); needs at least 2 points. */
    public double covariance() {
        return sumCrossProducts / degreesOfFreedom();
    }

    /** Larger eigenvalue λ₁ of the covariance matrix: the variance along the major axis (m²). */
    public double majorVariance() {
        return (sumSquaresEast + sumSquaresNorth) / 2 / degreesOfFreedom() + halfEigenGap();
    }

    /** Smaller eigenvalue λ₂ of the covariance matrix: the variance along the minor axis (m²). */
    public double minorVariance() {
        return Math.max(0.0, (sumSquaresEast + sumSquaresNorth) / 2 / degreesOfFreedom() - halfEigenGap());
    }

    /**
     * Azimuth of the major axis, clockwise from north, in [0, π) (rad): ½ atan2(2 c_en, c_nn − c_ee).
     * For a circular scatter every direction is a major axis and this returns π/2.
     */
    public double azimuth() {
        degreesOfFreedom();
        double angle = 0.5 * Math.atan2(2 * sumCrossProducts, sumSquaresNorth - sumSquaresEast);
        return angle < 0 ? angle + Math.PI : angle + 0.0;     // + 0.0 turns −0.0 into 0.0
    }

    /**
     * Mahalanobis distance of ({@code east}, {@code north}) (m) from the mean: √(dᵀ C⁻¹ d).
     *
     * @throws IllegalStateException with fewer than 2 points or a singular covariance (all points on a line)
     */
    public double mahalanobisDistance(double east, double north) {
        double cEE = varianceEast();
        double cNN = varianceNorth();
        double cEN = covariance();
        double determinant = cEE * cNN - cEN * cEN;
        if (!(determinant > 0)) {
            throw new IllegalStateException("landing covariance is singular (points on a line): det = " + determinant);
        }
        double dEast = east - meanEast;
        double dNorth = north - meanNorth;
        double squared = (dEast * dEast * cNN - 2 * dEast * dNorth * cEN + dNorth * dNorth * cEE) / determinant;
        return Math.sqrt(Math.max(0.0, squared));
    }

    /**
     * The ellipse at Mahalanobis distance {@code k}: axes 2·k·√λ₁ and 2·k·√λ₂ (m), centred on the mean.
     *
     * @throws IllegalStateException with fewer than 2 points
     */
    public Ellipse ellipse(double k) {
        return new Ellipse(meanEast, meanNorth,
                2 * k * Math.sqrt(majorVariance()), 2 * k * Math.sqrt(minorVariance()), azimuth(), k);
    }

    /** The ellipse holding 99 % of the fitted normal ({@link #K_99}). */
    public Ellipse ellipse99() {
        return ellipse(K_99);
    }

    /** The 3-sigma ellipse ({@link #K_3_SIGMA}), holding 98.89 % of the fitted normal. */
    public Ellipse ellipse3Sigma() {
        return ellipse(K_3_SIGMA);
    }

    /** Probability that a 2-D normal point lies within Mahalanobis distance {@code k}: 1 − exp(−k²/2). */
    public static double probabilityInside(double k) {
        return -Math.expm1(-k * k / 2);
    }

    /** The k whose ellipse holds {@code probability} of a 2-D normal: √(−2 ln(1 − p)). */
    public static double scaleFor(double probability) {
        if (!(probability > 0 && probability < 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1): " + probability);
        }
        return Math.sqrt(-2 * Math.log1p(-probability));
    }

    private double halfEigenGap() {
        return Math.hypot((sumSquaresEast - sumSquaresNorth) / 2, sumCrossProducts) / degreesOfFreedom();
    }

    private double degreesOfFreedom() {
        if (count < 2) {
            throw new IllegalStateException("a landing ellipse needs at least 2 points, got " + count);
        }
        return count - 1;
    }
}
