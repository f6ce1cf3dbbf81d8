package org.skycrane.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.skycrane.SafeFiles;
import org.skycrane.report.terrain.TerrainPictures;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.Outcome;
import org.skycrane.sim.Touchdown;
import org.skycrane.sim.montecarlo.CampaignStatistics;
import org.skycrane.sim.montecarlo.CasesFile;
import org.skycrane.stats.EastNorth;
import org.skycrane.stats.Ellipse;
import org.skycrane.stats.TargetPlane;
import org.skycrane.terrain.HazardMap;
import org.skycrane.terrain.MapPoint;
import org.skycrane.terrain.Terrain;

/**
 * What a finished campaign shows, the same from every engine: the terminal table, the plots
 * (landing scatter with its ellipses, deploy box, touchdown speed and propellant histograms, PNG
 * and SVG) and {@code landing.geojson}. The plots read the cases file again, streaming.
 */
public final class CampaignReport {

    /** The landing ellipse labels, the same in the table, the plot legend and the GeoJSON. */
    public static final String FITTED_99 = "fitted normal, 99 %";
    /** Largest side of the hazard-map picture under the landing scatter (px). */
    static final int UNDERLAY_PIXELS = 600;
    /** Largest half side of that picture (m): beyond it the hazard checks cost more than the campaign's plots. */
    static final double UNDERLAY_MAX_HALF_WIDTH = 20_000;
    /** Label of the ellipse holding 99 % of the cases. */
    public static final String OF_CASES_99 = "holds 99 % of cases";
    /** Label of the fitted normal's 3-sigma ellipse. */
    public static final String FITTED_3_SIGMA = "fitted normal, 3-sigma";

    /** Every file {@link #writePlots} may write, to remove stale ones from an earlier campaign. */
    public static final List<String> FILES = List.of("landing.geojson", "landing.png", "deploy.png",
            "touchdown-speed.png", "propellant.png", "landing.svg", "deploy.svg", "touchdown-speed.svg",
            "propellant.svg");

    private CampaignReport() {
    }

    /** The terminal table: outcomes, success and the landing ellipses, percentiles, worst cases. */
    public static String table(CampaignStatistics st) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s: %d of %d cases, seed %d%n", st.scenario(), st.completed(), st.cases(),
                st.seed()));
        b.append(String.format(Locale.ROOT, "outcomes: %s%n", st.outcomes()));
        b.append(String.format(Locale.ROOT, "success: %d (%.2f %%); failed by criterion %s%n", st.successes(),
                100 * st.successRate(), st.failedBy()));
        if (!st.byFault().isEmpty()) {
            b.append(String.format(Locale.ROOT, "%-24s %9s %9s %9s %11s %9s%n", "success per fault kind", "cases",
                    "successes", "rate", "alone: cases", "successes"));
            for (var e : st.byFault().entrySet()) {
                long[] c = e.getValue();
                b.append(String.format(Locale.ROOT, "%-24s %9d %9d %8.1f%% %11d %9d%n", e.getKey(), c[0], c[1],
                        100.0 * c[1] / c[0], c[2], c[3]));
            }
        }
        if (st.fit() != null) {
            b.append(String.format(Locale.ROOT, "%-24s %9s %9s %7s %22s %13s%n", "landing ellipse", "major km",
                    "minor km", "az deg", "centre E, N (km)", "cases inside"));
            row(b, FITTED_99, st.fit().ellipse99(), st.inside99());
            if (st.ofCases() != null) {
                row(b, OF_CASES_99, st.ofCases(), st.insideOfCases());
            }
            row(b, FITTED_3_SIGMA, st.fit().ellipse3Sigma(), st.inside3());
        }
        b.append(String.format(Locale.ROOT, "%-32s %10s %10s %10s%n", "percentiles", "p1", "p50", "p99"));
        for (var e : st.percentiles().entrySet()) {
            double[] p = e.getValue();
            b.append(String.format(Locale.ROOT, "%-32s %10.3f %10.3f %10.3f%n", e.getKey(), p[0], p[1], p[2]));
        }
        if (!st.worst().isEmpty()) {
            b.append("worst by miss distance: ");
            b.append(String.join(", ", st.worst().stream().limit(5)
                    .map(w -> String.format(Locale.ROOT, "case %d (%.2f km)", w.caseId(), w.value() / 1000)).toList()));
            b.append(System.lineSeparator());
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Ellipse e, double inside) {
        b.append(String.format(Locale.ROOT, "%-24s %9.2f %9.2f %7.1f %10.2f, %10.2f %12.1f%%%n", name,
                e.majorAxis() / 1000, e.minorAxis() / 1000, e.azimuthDeg(), e.centreEast() / 1000,
                e.centreNorth() / 1000, 100 * inside));
    }

    /**
     * Writes the plots and {@code landing.geojson} into {@code dir}, all renamed into place together
     * once complete; with {@code plots} false writes none. Either way removes those of {@link #FILES}
     * that this call did not write, so no plot of an earlier campaign sits beside a newer summary.
     *
     * @return the names of the files written
     */
    public static List<String> writePlots(Scenario s, CampaignStatistics st, Path dir, boolean plots)
            throws IOException {
        List<Path> all = FILES.stream().map(dir::resolve).toList();
        List<String> files = new ArrayList<>();
        try (SafeFiles.Batch batch = SafeFiles.batch()) {
            if (plots) {
                write(batch, s, st, dir, files);
            }
            batch.commit(all);
        }
        return files;
    }

    private static void write(SafeFiles.Batch batch, Scenario s, CampaignStatistics st, Path dir, List<String> files)
            throws IOException {
        List<EastNorth> landed = new ArrayList<>();
        List<EastNorth> other = new ArrayList<>();
        DoubleList mach = new DoubleList();
        DoubleList q = new DoubleList();
        DoubleList vertical = new DoubleList();
        DoubleList horizontal = new DoubleList();
        DoubleList propellant = new DoubleList();
        var t = s.target();
        TargetPlane plane = TargetPlane.ofDegrees(t.latitudeDeg(), t.longitudeDeg(),
                s.site().areoidRadius() + t.elevation());
        int stride = Math.max(1, st.cases() / 100_000);    // scatter of at most ~100k points
        Path cases = dir.resolve(CasesFile.NAME);
        batch.write(dir.resolve("landing.geojson"), tmp -> {
            try (GeoJsonWriter geo = GeoJsonWriter.open(tmp, plane)) {
                geo.target(s.name() + " target");
                if (st.fit() != null) {
                    geo.ellipse(FITTED_99, st.fit().ellipse99(), st.inside99());
                    if (st.ofCases() != null) {
                        geo.ellipse(OF_CASES_99, st.ofCases(), st.insideOfCases());
                    }
                    geo.ellipse(FITTED_3_SIGMA, st.fit().ellipse3Sigma(), st.inside3());
                }
                CasesFile.forEachCase(cases, st.cases(), r -> {
                    if (r.touchedDown()) {
                        EastNorth p = new EastNorth(r.east(), r.north());
                        geo.landing(r.caseId(), p, r.outcome().name());
                        if (r.caseId() % stride == 0) {
                            (r.outcome() == Outcome.LANDED ? landed : other).add(p);
                        }
                        vertical.add(r.verticalSpeed());
                        horizontal.add(r.horizontalSpeed());
                        propellant.add(r.propellant());
                    }
                    if (Double.isFinite(r.deployMach()) && Double.isFinite(r.deployPressure())) {
                        mach.add(r.deployMach());
                        q.add(r.deployPressure());
                    }
                });
            }
        });
        files.add("landing.geojson");
        String title = s.name() + ", " + st.completed() + " cases, seed " + st.seed();
        LandingScatterPlot scatter = new LandingScatterPlot("Landing dispersion: " + title);
        if (!landed.isEmpty()) {
            scatter.points("Landed", landed);
        }
        if (!other.isEmpty()) {
            scatter.points("Touched down, not landed", other);
        }
        if (st.fit() != null) {
            scatter.ellipse(legend(FITTED_99, st.fit().ellipse99(), st.inside99()), st.fit().ellipse99());
            if (st.ofCases() != null) {
                scatter.ellipse(legend(OF_CASES_99, st.ofCases(), st.insideOfCases()), st.ofCases());
            }
        }
        if (s.terrain().synthetic()) {
            hazardUnderlay(scatter, s, landed, other, st.fit() == null ? null : st.fit().ellipse99());
        }
        DeployBoxPlot box = new DeployBoxPlot("Parachute deploy: " + title)
                .box(st.criteria().maxDeployMach(), st.criteria().maxDeployPressure())
                .points(mach.toArray(), q.toArray());
        double[] v = vertical.toArray();
        double vMax = Math.max(2.0, Math.ceil(max(v) * 2) / 2);
        HistogramPlot speed = new HistogramPlot("Touchdown speed: " + title, "Touchdown speed (m/s)")
                .bins(0, vMax, 40).values("Vertical", v).values("Horizontal", horizontal.toArray())
                .event("vertical limit", st.criteria().maxVerticalSpeed());
        double[] p = propellant.toArray();
        double pMin = Math.min(0, Math.floor(min(p) / 10) * 10);
        double pMax = Math.max(pMin + 10, Math.ceil(max(p) / 10) * 10);
        HistogramPlot fuel = new HistogramPlot("Propellant left: " + title, "Propellant left at touchdown (kg)")
                .bins(pMin, pMax, 40).values("Propellant", p).event("zero margin", 0.0);
        for (String ext : List.of("png", "svg")) {
            batch.write(dir.resolve("landing." + ext), scatter::write);
            batch.write(dir.resolve("deploy." + ext), box::write);
            batch.write(dir.resolve("touchdown-speed." + ext), speed::write);
            batch.write(dir.resolve("propellant." + ext), fuel::write);
            files.addAll(List.of("landing." + ext, "deploy." + ext, "touchdown-speed." + ext, "propellant." + ext));
        }
    }

    /**
     * Puts the site's hazard map under the landing scatter: a square centred on the target that holds
     * every point and the 99 % ellipse with a margin (half as wide again), at most {@link #UNDERLAY_PIXELS} pixels a side.
     * It is the hazard map's quick look (the hazard of touching down at each pixel's centre, see
     * {@link HazardMap#preview}): the map product on 10 m cells would cost minutes for a 14 km square.
     */
    private static void hazardUnderlay(LandingScatterPlot scatter, Scenario s, List<EastNorth> landed,
            List<EastNorth> other, Ellipse ellipse99) {
        double reach = 1000;
        for (List<EastNorth> group : List.of(landed, other)) {
            for (EastNorth p : group) {
                reach = Math.max(reach, Math.max(Math.abs(p.east()), Math.abs(p.north())));
            }
        }
        if (ellipse99 != null) {
            for (EastNorth p : ellipse99.outline(90)) {
                reach = Math.max(reach, Math.max(Math.abs(p.east()), Math.abs(p.north())));
            }
        }
        double half = Math.min(1.5 * reach, UNDERLAY_MAX_HALF_WIDTH);   // the equal-scale plot widens one axis
        Terrain ground = s.environment().terrain();
        MapPoint target = ground.frame().toMap(s.targetPosition());
        double pixel = Math.max(2 * half / UNDERLAY_PIXELS, 1.0);
        int size = (int) Math.ceil(2 * half / pixel);
        var picture = new TerrainPictures(ground, target.east(), target.north(), pixel, size)
                .hazardPreview(new HazardMap(ground, Touchdown.HAZARDS));
        double edge = size * pixel / 2;
        scatter.underlay(picture, -edge, edge, -edge, edge, String.format(Locale.ROOT,
                "touchdown hazard every %.0f m (green safe, red slope, magenta rock)", pixel));
    }

    /** "fitted normal, 99 %: 1.86 x 1.32 km, 95.4 % inside". */
    static String legend(String name, Ellipse e, double inside) {
        return String.format(Locale.ROOT, "%s: %.2f x %.2f km, %.1f %% inside", name, e.majorAxis() / 1000,
                e.minorAxis() / 1000, 100 * inside);
    }

    private static double max(double[] v) {
        return v.length == 0 ? 1 : Arrays.stream(v).max().orElse(1);
    }

    private static double min(double[] v) {
        return v.length == 0 ? 0 : Arrays.stream(v).min().orElse(0);
    }

    /** A growable array of doubles. */
    private static final class DoubleList {
        private double[] values = new double[1024];
        private int size;

        void add(double v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        double[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
