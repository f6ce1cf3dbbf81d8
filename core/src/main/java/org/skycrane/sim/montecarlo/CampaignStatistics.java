package org.skycrane.sim.montecarlo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.skycrane.SafeFiles;
import org.skycrane.scenario.FaultSpec;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.Outcome;
import org.skycrane.sim.Touchdown;
import org.skycrane.stats.Ellipse;
import org.skycrane.stats.LandingEllipse;
import org.skycrane.stats.StreamingQuantiles;
import org.skycrane.stats.WorstCases;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statistics of a campaign, computed from its {@code cases.csv} alone, so that the local
 * runner, a resumed run and the Spark job give the same bytes. Memory: two doubles per case (the
 * landing points, kept so the ellipse is fitted in case order, which makes its last bits
 * independent of the order rows were written in) plus fixed-size sketches; counts, percentiles
 * (DDSketch-style {@link StreamingQuantiles}, 0.1 % relative accuracy) and worst cases do not depend
 * on the row order at all.
 *
 * @param scenario    scenario name
 * @param seed        campaign seed
 * @param cases       cases asked for
 * @param completed   cases found in the file
 * @param outcomes    count per outcome, by name
 * @param criteria    success criteria
 * @param successes   cases meeting every criterion
 * @param failedBy    cases failing each criterion
 * @param fit         2-D normal fitted to the touchdown points (m from the target); null with fewer than 2
 * @param inside99    share of touchdown points inside the fitted normal's 99 % ellipse
 * @param inside3     share inside the fitted normal's 3-sigma ellipse
 * @param ofCases     the ellipse holding 99 % of the touchdown points: the fitted normal's ellipse
 *                    (same centre, shape and azimuth) scaled to the 99th percentile of the points'
 *                    Mahalanobis distances; null without a fit
 * @param insideOfCases share of touchdown points inside {@code ofCases} (0.99 up to ties and rounding)
 * @param percentiles p1, p50, p99 of each key figure
 * @param worst       the cases farthest from the target
 * @param safeLandings cases that landed with the rover on safe ground (slope and rock height within the sky
 *                    crane's limits); a rover set down safely and then hit by its descent stage is not counted
 * @param byFault     per fault kind ({@code none} for the cases without a fault): the cases that suffered
 *                    it, how many of them met every criterion, and the same two counts for the cases with
 *                    that kind alone, in the order of {@link FaultSpec#KINDS};
 *                    empty for a scenario without faults or fault rates
 */
public record CampaignStatistics(String scenario, long seed, int cases, long completed, Map<Outcome, Long> outcomes,
                                 Criteria criteria, long successes, Map<String, Long> failedBy, LandingEllipse fit,
                                 double inside99, double inside3, Ellipse ofCases, double insideOfCases,
                                 Map<String, double[]> percentiles, List<WorstCases.Entry> worst,
                                 long safeLandings, Map<String, long[]> byFault) {

    /** Share of the cases the empirical ellipse holds. */
    public static final double OF_CASES = 0.99;

    /** File name of the summary in a campaign directory. */
    public static final String SUMMARY = "summary.json";
    /** The version of the campaign summary's layout (docs/summary-schema.md); raised when a key changes meaning or goes. */
    public static final int SCHEMA_VERSION = 1;

    /** Percentiles reported. */
    public static final double[] PERCENTILES = {1, 50, 99};

    /** Number of worst cases reported. */
    public static final int WORST = 10;

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Reads {@code casesFile} (cases 0 to {@code cases} − 1 of campaign {@code seed}). */
    public static CampaignStatistics of(Scenario scenario, long seed, int cases, Path casesFile) throws IOException {
        Criteria criteria = Criteria.of(scenario);
        double[] east = new double[cases];
        double[] north = new double[cases];
        Arrays.fill(east, Double.NaN);
        Arrays.fill(north, Double.NaN);
        Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        Map<String, Long> failedBy = new LinkedHashMap<>();
        for (String c : List.of("outcome", "vertical_speed", "horizontal_speed", "propellant", "deploy_box")) {
            failedBy.put(c, 0L);
        }
        Map<String, StreamingQuantiles> sketches = new LinkedHashMap<>();
        for (String k : List.of("miss_m", "touchdown_vertical_speed_mps", "touchdown_horizontal_speed_mps",
                "propellant_left_kg", "deploy_mach", "deploy_dynamic_pressure_pa", "deploy_height_m",
                "peak_deceleration_g", "peak_heat_rate_w_per_cm2")) {
            sketches.put(k, new StreamingQuantiles());
        }
        WorstCases worst = WorstCases.largest(WORST);
        Map<String, long[]> byFault = new LinkedHashMap<>();
        long[] counts = new long[3];                              // completed, successes, safe landings
        CasesFile.forEachCase(casesFile, cases, r -> {
            counts[0]++;
            outcomes.merge(r.outcome(), 1L, Long::sum);
            List<String> failed = criteria.failed(r);
            if (failed.isEmpty()) {
                counts[1]++;
            }
            List<String> kinds = r.faultKinds().isEmpty() ? List.of("none") : r.faultKinds();
            Set<String> distinct = new LinkedHashSet<>(kinds);
            for (String kind : distinct) {
                long[] c = byFault.computeIfAbsent(kind, x -> new long[4]);
                c[0]++;
                c[1] += failed.isEmpty() ? 1 : 0;
                if (distinct.size() == 1) {
                    c[2]++;
                    c[3] += failed.isEmpty() ? 1 : 0;
                }
            }
            for (String f : failed) {
                failedBy.merge(f, 1L, Long::sum);
            }
            if (r.outcome() == Outcome.LANDED && Boolean.TRUE.equals(r.safe())) {
                counts[2]++;
            }
            if (r.touchedDown()) {
                east[(int) r.caseId()] = r.east();
                north[(int) r.caseId()] = r.north();
                worst.offer(r.caseId(), r.miss());
            }
            double[] values = {r.miss(), r.verticalSpeed(), r.horizontalSpeed(), r.propellant(), r.deployMach(),
                    r.deployPressure(), r.deployHeight(), r.peakDeceleration(), r.peakHeatRate()};
            int i = 0;
            for (StreamingQuantiles q : sketches.values()) {
                double v = values[i++];
                if (Double.isFinite(v)) {
                    q.add(v);
                }
            }
        });
        LandingEllipse fit = LandingEllipse.EMPTY;
        for (int k = 0; k < cases; k++) {
            if (!Double.isNaN(east[k])) {
                fit = fit.add(east[k], north[k]);
            }
        }
        double inside99 = Double.NaN;
        double inside3 = Double.NaN;
        Ellipse ofCases = null;
        double insideOfCases = Double.NaN;
        if (fit.count() >= 2 && fit.minorVariance() > 0) {
            // A point is inside the ellipse at scale k when its Mahalanobis distance is at most k.
            double[] distance = new double[(int) fit.count()];
            int n = 0;
            for (int k = 0; k < cases; k++) {
                if (!Double.isNaN(east[k])) {
                    distance[n++] = fit.mahalanobisDistance(east[k], north[k]);
                }
            }
            Arrays.sort(distance);
            // nearest rank: the smallest distance with at least 99 % of the points at or within it
            double kOfCases = distance[(int) Math.ceil(OF_CASES * n) - 1];
            inside99 = shareWithin(distance, LandingEllipse.K_99);
            inside3 = shareWithin(distance, LandingEllipse.K_3_SIGMA);
            if (kOfCases > 0) {
                ofCases = fit.ellipse(kOfCases);
                insideOfCases = shareWithin(distance, kOfCases);
            }
        }
        Map<String, double[]> percentiles = new LinkedHashMap<>();
        for (var e : sketches.entrySet()) {
            double[] p = new double[PERCENTILES.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = e.getValue().count() == 0 ? Double.NaN : e.getValue().percentile(PERCENTILES[i]);
            }
            percentiles.put(e.getKey(), p);
        }
        return new CampaignStatistics(scenario.name(), seed, cases, counts[0], outcomes, criteria, counts[1], failedBy,
                fit.count() >= 2 && fit.minorVariance() > 0 ? fit : null, inside99, inside3, ofCases, insideOfCases,
                percentiles, worst.worst(), counts[2], scenario.faults().isEmpty() && scenario.faultRates().isEmpty()
                        ? Map.of() : ordered(byFault));
    }

    /** The counts per fault kind in a fixed order: none first, then the kinds in their declared order. */
    private static Map<String, long[]> ordered(Map<String, long[]> byFault) {
        Map<String, long[]> out = new LinkedHashMap<>();
        List<String> order = new java.util.ArrayList<>(List.of("none"));
        order.addAll(FaultSpec.KINDS);
        for (String k : order) {
            if (byFault.containsKey(k)) {
                out.put(k, byFault.get(k));
            }
        }
        return out;
    }

    /** Share of the sorted {@code distances} at most {@code k}. */
    private static double shareWithin(double[] distances, double k) {
        int i = Arrays.binarySearch(distances, k);
        int within;
        if (i < 0) {
            within = -i - 1;
        } else {
            within = i;
            while (within < distances.length && distances[within] <= k) {
                within++;
            }
        }
        return (double) within / distances.length;
    }

    /** Share of completed cases that met every criterion. */
    public double successRate() {
        return completed == 0 ? Double.NaN : (double) successes / completed;
    }

    /**
     * Share of completed cases that landed with the rover on safe ground: a figure of the site and the
     * flight, not a success criterion (without terrain-relative navigation a hazardous site is
     * expected to lose some).
     */
    public double landingSafety() {
        return completed == 0 ? Double.NaN : (double) safeLandings / completed;
    }

    /** Binomial standard error of {@link #landingSafety()}: √(p (1 − p) / n). */
    public double landingSafetyError() {
        double p = landingSafety();
        return completed == 0 ? Double.NaN : Math.sqrt(p * (1 - p) / completed);
    }

    /** The summary as JSON text: results only (no times, dates, hosts or thread counts). */
    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema_version", SCHEMA_VERSION);
        m.put("scenario", scenario);
        m.put("seed", seed);
        m.put("cases", cases);
        m.put("completed", completed);
        m.put("outcomes", outcomes);
        Map<String, Object> success = new LinkedHashMap<>();
        success.put("criteria", criteria.toJson());
        success.put("successes", successes);
        success.put("rate", round(successRate(), 6));
        success.put("failed_by_criterion", failedBy);
        m.put("success", success);
        Map<String, Object> safety = new LinkedHashMap<>();
        safety.put("safe_landings", safeLandings);
        safety.put("probability", round(landingSafety(), 6));
        safety.put("standard_error", round(landingSafetyError(), 6));
        safety.put("limits", String.format(Locale.ROOT, "slope over %.0f m at most %.0f deg, rocks at most "
                + "%.2f m under the rover (MSL engineering constraints); a figure, not a success criterion",
                Touchdown.HAZARDS.baseline(), Math.toDegrees(Touchdown.HAZARDS.maxSlope()),
                Touchdown.HAZARDS.maxRockHeight()));
        m.put("landing_safety", safety);
        Map<String, Object> faults = new LinkedHashMap<>();
        for (var e : byFault.entrySet()) { // only for a scenario with faults or fault rates
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("cases", e.getValue()[0]);
            f.put("successes", e.getValue()[1]);
            f.put("rate", round((double) e.getValue()[1] / e.getValue()[0], 6));
            f.put("alone_cases", e.getValue()[2]);
            f.put("alone_successes", e.getValue()[3]);
            faults.put(e.getKey(), f);
        }
        if (!faults.isEmpty()) {
            m.put("success_by_fault", faults);
        }
        Map<String, Object> landing = new LinkedHashMap<>();
        landing.put("frame", "local east-north plane of the target (azimuthal equidistant), km");
        landing.put("touchdowns", fit == null ? 0 : fit.count());
        if (fit != null) {
            landing.put("mean_east_km", round(fit.meanEast() / 1000, 6));
            landing.put("mean_north_km", round(fit.meanNorth() / 1000, 6));
            landing.put("sigma_east_km", round(Math.sqrt(fit.varianceEast()) / 1000, 6));
            landing.put("sigma_north_km", round(Math.sqrt(fit.varianceNorth()) / 1000, 6));
            landing.put("correlation", round(fit.covariance() / Math.sqrt(fit.varianceEast() * fit.varianceNorth()), 6));
            landing.put("ellipse_99_fitted_normal", ellipse(FITTED_NORMAL, fit.ellipse99(), 0.99, inside99));
            if (ofCases != null) {
                landing.put("ellipse_99_of_cases", ellipse(OF_CASES_TEXT, ofCases,
                        LandingEllipse.probabilityInside(ofCases.scale()), insideOfCases));
            }
            landing.put("ellipse_3_sigma_fitted_normal", ellipse("the fitted normal's 3-sigma contour (k = 3)",
                    fit.ellipse3Sigma(), LandingEllipse.probabilityInside(3), inside3));
        }
        m.put("landing", landing);
        Map<String, Object> pct = new LinkedHashMap<>();
        for (var e : percentiles.entrySet()) {
            Map<String, Object> p = new LinkedHashMap<>();
            for (int i = 0; i < PERCENTILES.length; i++) {
                p.put("p" + (int) PERCENTILES[i], round(e.getValue()[i], 6));
            }
            pct.put(e.getKey(), p);
        }
        m.put("percentiles", pct);
        m.put("percentile_method", "streaming quantile sketch, 0.1 % relative accuracy (nearest rank)");
        m.put("worst_by_miss_distance", worst.stream().map(w -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("case", w.caseId());
            x.put("miss_km", round(w.value() / 1000, 6));
            return x;
        }).toList());
        return JSON.writeValueAsString(m) + "\n";
    }

    /** Writes {@code summary.json} into {@code dir}, whole or not at all. */
    public void write(Path dir) throws IOException {
        SafeFiles.writeString(dir.resolve(SUMMARY), toJson());
    }

    /** Cases whose simulation threw (outcome ERROR): programming errors. */
    public long errors() {
        return outcomes.getOrDefault(Outcome.ERROR, 0L);
    }

    /** Whether every case asked for is in the file and landed. */
    public boolean allLanded() {
        return completed == cases && outcomes.getOrDefault(Outcome.LANDED, 0L) == cases;
    }

    /** What the fitted normal's 99 % ellipse is, in words. */
    public static final String FITTED_NORMAL = "the contour holding 99 % of the 2-D normal fitted to the touchdown "
            + "points (their mean and covariance); it holds 99 % of the cases only if they are normally distributed";

    /** What the empirical ellipse is, in words. */
    public static final String OF_CASES_TEXT = "the fitted normal's ellipse (same centre, shape and azimuth) scaled "
            + "until it holds 99 % of the touchdown points: the 99th percentile of their Mahalanobis distances";

    private static Map<String, Object> ellipse(String what, Ellipse e, double probability, double inside) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("what", what);
        m.put("k", round(e.scale(), 6));
        m.put("normal_probability", round(probability, 6));
        m.put("major_axis_km", round(e.majorAxis() / 1000, 6));
        m.put("minor_axis_km", round(e.minorAxis() / 1000, 6));
        m.put("azimuth_deg", round(e.azimuthDeg(), 4));
        m.put("centre_east_km", round(e.centreEast() / 1000, 6));
        m.put("centre_north_km", round(e.centreNorth() / 1000, 6));
        m.put("centre_offset_km", round(Math.hypot(e.centreEast(), e.centreNorth()) / 1000, 6));
        m.put("share_inside", round(inside, 6));
        return m;
    }

    /** Rounded for reading; NaN becomes null. Deterministic: the input bits decide the output. */
    private static Object round(double v, int digits) {
        if (!Double.isFinite(v)) {
            return null;
        }
        return new java.math.BigDecimal(v).setScale(digits, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
                .doubleValue();
    }
}
