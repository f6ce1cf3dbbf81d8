package org.skycrane.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

class LandingEllipseTest {

    // A known 2-D normal, shaped like a Mars landing dispersion: 3 km x 1 km (1 sigma), major axis
    // 60° east of north, centred 400 m east and 250 m south of the target.
    private static final double SIGMA_MAJOR = 3000.0;
    private static final double SIGMA_MINOR = 1000.0;
    private static final double AZIMUTH = Math.toRadians(60.0);
    private static final double MEAN_EAST = 400.0;
    private static final double MEAN_NORTH = -250.0;
    private static final int N = 100_000;

    /** N points from the known normal, seeded: u, v independent along the major and minor axes. */
    private static List<EastNorth> sample(long seed, int n) {
        Well19937c random = new Well19937c(seed);
        List<EastNorth> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double u = SIGMA_MAJOR * random.nextGaussian();
            double v = SIGMA_MINOR * random.nextGaussian();
            points.add(new EastNorth(MEAN_EAST + u * Math.sin(AZIMUTH) + v * Math.cos(AZIMUTH),
                                     MEAN_NORTH + u * Math.cos(AZIMUTH) - v * Math.sin(AZIMUTH)));
        }
        return points;
    }

    /**
     * Tolerances are 4 standard errors from normal theory (Anderson 1963, Ann. Math. Stat.
     * 34:122-148, distinct eigenvalues): sd(λ̂)/λ = √(2/(n−1)), so sd(√λ̂)/√λ = 1/√(2(n−1)) =
     * 0.224 % at n = 1e5; sd(azimuth) = √(λ₁λ₂/(n−1))/(λ₁−λ₂) = 1.19e-3 rad; sd(mean east) =
     * √(C_ee/n) = √(7e6/1e5) = 8.4 m, sd(mean north) = √(3e6/1e5) = 5.5 m. Over 300 seeds the
     * observed spreads were 0.226 %, 0.231 %, 1.15e-3 rad and 8.0 m.
     */
    @Test
    void fittedAxesAzimuthAndCentreMatchTheKnownNormalWithinFourStandardErrors() {
        LandingEllipse fit = LandingEllipse.of(sample(20261121L, N));
        Ellipse ellipse = fit.ellipse99();

        double relative = 4 / Math.sqrt(2.0 * (N - 1));
        double trueMajor = 2 * LandingEllipse.K_99 * SIGMA_MAJOR;
        double trueMinor = 2 * LandingEllipse.K_99 * SIGMA_MINOR;
        double azimuthTolerance = 4 * Math.sqrt(SIGMA_MAJOR * SIGMA_MAJOR * SIGMA_MINOR * SIGMA_MINOR / (N - 1))
                / (SIGMA_MAJOR * SIGMA_MAJOR - SIGMA_MINOR * SIGMA_MINOR);

        assertEquals(trueMajor, ellipse.majorAxis(), relative * trueMajor, "99 % major axis (m)");
        assertEquals(trueMinor, ellipse.minorAxis(), relative * trueMinor, "99 % minor axis (m)");
        assertEquals(Math.toDegrees(AZIMUTH), ellipse.azimuthDeg(), Math.toDegrees(azimuthTolerance),
                "azimuth of the major axis (deg)");
        assertEquals(MEAN_EAST, ellipse.centreEast(), 4 * Math.sqrt(7e6 / N), "centre east (m)");
        assertEquals(MEAN_NORTH, ellipse.centreNorth(), 4 * Math.sqrt(3e6 / N), "centre north (m)");
    }

    /**
     * Share of the sample inside its own fitted ellipse vs 1 − exp(−k²/2). Tolerance: 4 binomial
     * standard errors √(p(1−p)/n) (1.26e-3 and 1.33e-3). Fitting on the same sample only narrows
     * the spread: over 300 seeds it was 2.7e-4 and 2.8e-4, against binomial 3.1e-4 and 3.3e-4.
     */
    @Test
    void shareInsideThe99AndThreeSigmaEllipsesMatchesTheChiSquareProbability() {
        List<EastNorth> points = sample(7L, N);
        LandingEllipse fit = LandingEllipse.of(points);

        for (Ellipse ellipse : List.of(fit.ellipse99(), fit.ellipse3Sigma())) {
            double expected = LandingEllipse.probabilityInside(ellipse.scale());
            long inside = points.stream().filter(ellipse::contains).count();
            double tolerance = 4 * Math.sqrt(expected * (1 - expected) / N);
            assertEquals(expected, (double) inside / N, tolerance, "share inside the k = " + ellipse.scale() + " ellipse");
        }
    }

    @Test
    void ninetyNinePercentAndThreeSigmaScalesMatchTheirClosedForms() {
        assertEquals(Math.sqrt(-2 * Math.log(0.01)), LandingEllipse.K_99, 1e-15, "k of the 99 % ellipse");
        assertEquals(3.0348542587702925, LandingEllipse.K_99, 1e-15, "k of the 99 % ellipse, √9.2103403719761836");
        assertEquals(0.99, LandingEllipse.probabilityInside(LandingEllipse.K_99), 1e-15, "probability inside k_99");
        assertEquals(1 - Math.exp(-4.5), LandingEllipse.probabilityInside(3.0), 1e-15, "probability inside 3 sigma");
        assertEquals(0.98889, LandingEllipse.probabilityInside(3.0), 5e-6, "probability inside 3 sigma, 0.98889");
    }

    /** Four points (±1, 0), (0, ±2): by hand S_ee = 2, S_nn = 8, S_en = 0, n − 1 = 3. */
    @Test
    void fourPointsGiveTheHandComputedCovarianceAndANorthPointingAxis() {
        LandingEllipse fit = LandingEllipse.of(List.of(new EastNorth(1, 0), new EastNorth(-1, 0),
                new EastNorth(0, 2), new EastNorth(0, -2)));

        assertEquals(0.0, fit.meanEast(), 0.0, "mean east (m)");
        assertEquals(0.0, fit.meanNorth(), 0.0, "mean north (m)");
        assertEquals(2.0 / 3, fit.varianceEast(), 1e-15, "variance east (m²)");
        assertEquals(8.0 / 3, fit.varianceNorth(), 1e-15, "variance north (m²)");
        assertEquals(0.0, fit.covariance(), 0.0, "covariance (m²)");
        assertEquals(8.0 / 3, fit.majorVariance(), 1e-15, "major variance (m²)");
        assertEquals(2.0 / 3, fit.minorVariance(), 1e-15, "minor variance (m²)");
        assertEquals(0.0, fit.azimuth(), 0.0, "azimuth (rad): the long axis points north");
        Ellipse three = fit.ellipse3Sigma();
        assertEquals(6 * Math.sqrt(8.0 / 3), three.majorAxis(), 1e-14, "major axis 2·3·√(8/3) (m)");
        assertEquals(6 * Math.sqrt(2.0 / 3), three.minorAxis(), 1e-14, "minor axis 2·3·√(2/3) (m)");
    }

    /** Points on a line at a known bearing: the azimuth is that bearing folded into [0°, 180°). */
    @Test
    void azimuthIsMeasuredClockwiseFromNorthAndFoldedIntoHalfATurn() {
        for (double bearingDeg : new double[] {0, 30, 45, 90, 120, 135, 179, 210, 300}) {
            double bearing = Math.toRadians(bearingDeg);
            LandingEllipse fit = LandingEllipse.EMPTY;
            for (int i = -5; i <= 5; i++) {
                // a sideways spread, even in i so uncorrelated with the along-track offset, keeps the covariance regular
                double side = Math.abs(i) % 2 == 0 ? 1 : -1;
                fit = fit.add(i * 100 * Math.sin(bearing) + side * Math.cos(bearing),
                              i * 100 * Math.cos(bearing) - side * Math.sin(bearing));
            }
            assertEquals(bearingDeg % 180, fit.ellipse(1).azimuthDeg(), 1e-9, "azimuth (deg) of a line at " + bearingDeg);
        }
    }

    @Test
    void outlinePointsLieAtMahalanobisDistanceKAndFormAClosedCounterClockwiseRing() {
        LandingEllipse fit = LandingEllipse.of(sample(3L, 1000));
        Ellipse ellipse = fit.ellipse99();
        List<EastNorth> ring = ellipse.outline(72);

        assertThat(ring).hasSize(73);
        assertThat(ring.get(72)).isEqualTo(ring.get(0));
        double twiceArea = 0;
        for (int i = 0; i < 72; i++) {
            EastNorth p = ring.get(i);
            EastNorth q = ring.get(i + 1);
            twiceArea += p.east() * q.north() - q.east() * p.north();
            assertEquals(LandingEllipse.K_99, fit.mahalanobisDistance(p.east(), p.north()), 1e-9,
                    "Mahalanobis distance of outline vertex " + i);
        }
        assertThat(twiceArea).as("shoelace area: positive means counter-clockwise").isPositive();
        // A 72-gon inscribed in an ellipse has area (72/2π)·sin(2π/72)·πab (affine image of a circle).
        double inscribed = 72 / (2 * Math.PI) * Math.sin(2 * Math.PI / 72) * ellipse.area();
        assertEquals(inscribed, twiceArea / 2, 1e-9 * inscribed, "area of the outline polygon (m²)");
    }

    @Test
    void containsAgreesWithMahalanobisDistanceAtScaleK() {
        LandingEllipse fit = LandingEllipse.of(sample(11L, 2000));
        Ellipse ellipse = fit.ellipse3Sigma();
        for (EastNorth point : sample(12L, 2000)) {
            double distance = fit.mahalanobisDistance(point.east(), point.north());
            if (Math.abs(distance - 3.0) > 1e-9) {
                assertEquals(distance <= 3.0, ellipse.contains(point), "inside at Mahalanobis distance " + distance);
            }
        }
    }

    /** Chan et al. pairwise merge: any split gives the single-pass fit to rounding (1e-9 relative). */
    @Test
    void mergingPartialFitsGivesTheSinglePassFit() {
        List<EastNorth> points = sample(5L, 30_001);
        LandingEllipse whole = LandingEllipse.of(points);
        LandingEllipse merged = LandingEllipse.of(points.subList(0, 12_345))
                .merge(LandingEllipse.of(points.subList(12_345, 12_346)))
                .merge(LandingEllipse.of(points.subList(12_346, 30_001)));

        assertEquals(whole.count(), merged.count(), "count");
        assertEquals(whole.meanEast(), merged.meanEast(), 1e-9 * SIGMA_MAJOR, "mean east (m)");
        assertEquals(whole.meanNorth(), merged.meanNorth(), 1e-9 * SIGMA_MAJOR, "mean north (m)");
        assertEquals(whole.sumSquaresEast(), merged.sumSquaresEast(), 1e-9 * whole.sumSquaresEast(), "S_ee (m²)");
        assertEquals(whole.sumSquaresNorth(), merged.sumSquaresNorth(), 1e-9 * whole.sumSquaresNorth(), "S_nn (m²)");
        assertEquals(whole.sumCrossProducts(), merged.sumCrossProducts(), 1e-9 * whole.sumSquaresEast(), "S_en (m²)");
        assertThat(LandingEllipse.EMPTY.merge(whole)).isEqualTo(whole);
        assertThat(whole.merge(LandingEllipse.EMPTY)).isEqualTo(whole);
    }

    /** Fixed blocks of case numbers, merged in block order: the same bits however blocks are scheduled. */
    @Test
    void fixedBlocksMergedInBlockOrderAreBitIdenticalSequentialOrParallel() {
        List<EastNorth> points = sample(9L, 50_000);
        int block = 1000;
        List<LandingEllipse> parallelBlocks = IntStream.range(0, points.size() / block).parallel()
                .mapToObj(b -> LandingEllipse.of(points.subList(b * block, (b + 1) * block)))
                .toList();
        LandingEllipse parallel = LandingEllipse.EMPTY;
        for (LandingEllipse partial : parallelBlocks) {
            parallel = parallel.merge(partial);
        }
        LandingEllipse sequential = LandingEllipse.EMPTY;
        for (int b = 0; b < points.size() / block; b++) {
            sequential = sequential.merge(LandingEllipse.of(points.subList(b * block, (b + 1) * block)));
        }
        assertThat(parallel).isEqualTo(sequential);
    }

    /** Welford keeps a 1 m spread 1000 km from the target; Σx² − n x̄² would lose it all to cancellation. */
    @Test
    void smallSpreadFarFromTheTargetKeepsItsVariance() {
        List<EastNorth> points = sample(13L, 10_000).stream()
                .map(p -> new EastNorth(1e6 + (p.east() - MEAN_EAST) / SIGMA_MAJOR,
                                        1e6 + (p.north() - MEAN_NORTH) / SIGMA_MAJOR))
                .toList();
        double mean = points.stream().mapToDouble(EastNorth::east).average().orElseThrow();
        double twoPass = points.stream().mapToDouble(p -> (p.east() - mean) * (p.east() - mean)).sum() / (points.size() - 1);

        assertEquals(twoPass, LandingEllipse.of(points).varianceEast(), 1e-9 * twoPass,
                "east variance (m²) against the two-pass formula");
    }

    @Test
    void fewerThanTwoPointsHaveNoEllipseAndNonFinitePointsAreRefused() {
        LandingEllipse one = LandingEllipse.EMPTY.add(1, 2);
        assertThatThrownBy(one::ellipse99).isInstanceOf(IllegalStateException.class).hasMessageContaining("2 points");
        assertThatThrownBy(() -> one.add(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> one.add(0, Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LandingEllipse.scaleFor(1.0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pointsOnALineHaveADegenerateEllipseAndNoMahalanobisDistance() {
        LandingEllipse line = LandingEllipse.of(List.of(new EastNorth(0, 0), new EastNorth(3, 4), new EastNorth(6, 8)));
        Ellipse ellipse = line.ellipse(1);

        assertEquals(0.0, ellipse.minorAxis(), 1e-12, "minor axis (m) of collinear points");
        assertThat(ellipse.contains(3, 4)).isTrue();
        assertThat(ellipse.contains(3.1, 4)).isFalse();
        assertThatThrownBy(() -> line.mahalanobisDistance(1, 1)).isInstanceOf(IllegalStateException.class);
    }
}
