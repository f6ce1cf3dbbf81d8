package org.skycrane.sim.montecarlo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.skycrane.flight.EdlEvent;
import org.skycrane.sim.EventRecord;
import org.skycrane.mars.Geodesy;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.Result;
import org.skycrane.sim.FlightOptions;
import org.skycrane.sim.Simulation;
import org.skycrane.stats.EastNorth;
import org.skycrane.stats.TargetPlane;

/**
 * What one case of a campaign produced, flat: one row of {@code cases.csv}. Missing values (no
 * touchdown, no deploy) are NaN and written as empty fields. Numbers are written with
 * {@link Double#toString}, which reads back to the same double, so statistics computed from the file
 * equal those computed in memory.
 *
 * @param caseId           k
 * @param seed             the campaign seed
 * @param outcome          {@link org.skycrane.sim.Outcome} name, or EXCEPTION when the case threw
 * @param touchdownTime    s after entry interface
 * @param latitudeDeg      touchdown latitude (deg)
 * @param longitudeDeg     touchdown east longitude (deg)
 * @param east             touchdown east of the target (m)
 * @param north            touchdown north of the target (m)
 * @param miss             ground distance from the target (m)
 * @param verticalSpeed    touchdown vertical speed (m/s, downward positive)
 * @param horizontalSpeed  touchdown horizontal speed (m/s)
 * @param propellant       propellant left at touchdown (kg)
 * @param deployMach       Mach number at parachute deploy
 * @param deployPressure   dynamic pressure at parachute deploy (Pa)
 * @param deployHeight     height above the landing site at parachute deploy (m)
 * @param peakDeceleration Earth g
 * @param peakHeatRate     W/cm²
 * @param profile          Mars-GRAM profile flown, or −1
 * @param drawn            dispersion values drawn, in the order of {@link Case#columns()}
 * @param reason           why a case did not land, or empty
 */
public record CaseResult(long caseId, long seed, String outcome, double touchdownTime, double latitudeDeg,
                         double longitudeDeg, double east, double north, double miss, double verticalSpeed,
                         double horizontalSpeed, double propellant, double deployMach, double deployPressure,
                         double deployHeight, double peakDeceleration, double peakHeatRate, int profile,
                         double[] drawn, String reason) {

    /** Outcome recorded for a case whose simulation threw. */
    public static final String EXCEPTION = "EXCEPTION";

    private static final List<String> FIXED = List.of("case", "seed", "outcome", "touchdown_time_s",
            "touchdown_lat_deg", "touchdown_lon_deg", "east_m", "north_m", "miss_m", "vertical_speed_mps",
            "horizontal_speed_mps", "propellant_kg", "deploy_mach", "deploy_q_pa", "deploy_height_m",
            "peak_decel_g", "peak_heat_w_per_cm2", "mars_gram_profile");

    /** Flies case {@code k} of campaign seed {@code seed}; never throws: a failure is a result. */
    public static CaseResult fly(Scenario nominal, long seed, long k) {
        Case c;
        try {
            c = Case.of(nominal, seed, k);
        } catch (RuntimeException e) {
            return failed(k, seed, new double[Draw.ALL.size()], -1, "drawing the case: " + e);
        }
        try {
            Result r = new Simulation(nominal, c.truth(), FlightOptions.asWritten(false)).run();
            return of(nominal, c, r);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(k, seed, c.drawn(), c.profile(), e.toString());
        }
    }

    /** The row of a finished simulation. */
    static CaseResult of(Scenario nominal, Case c, Result r) {
        double nan = Double.NaN;
        double time = nan;
        double lat = nan;
        double lon = nan;
        double east = nan;
        double north = nan;
        double miss = nan;
        double vertical = nan;
        double horizontal = nan;
        double propellant = nan;
        var td = r.touchdown();
        if (td != null) {
            time = td.time();
            lat = Math.toDegrees(td.latitude());
            lon = Math.toDegrees(td.longitude());
            var t = r.target();
            EastNorth en = new TargetPlane(t.latitude(), t.longitude(), t.radius()).eastNorthOf(td.latitude(),
                    td.longitude());
            east = en.east();
            north = en.north();
            miss = t.distance(Geodesy.position(td.latitude(), td.longitude(), t.radius()));
            vertical = td.verticalSpeed();
            horizontal = td.horizontalSpeed();
            propellant = td.propellantRemaining();
        }
        double mach = nan;
        double q = nan;
        double height = nan;
        EventRecord deploy = r.timeline().first(EdlEvent.PARACHUTE_DEPLOY).orElse(null);
        if (deploy != null) {
            mach = deploy.conditions().mach();
            q = deploy.conditions().dynamicPressure();
            height = deploy.conditions().heightAboveGround();
        }
        double[] checked = {time, lat, lon, east, north, miss, vertical, horizontal, propellant, mach, q, height};
        String outcome = r.outcome().name();
        String reason = r.reason() == null ? "" : r.reason();
        if (td != null) {
            for (double v : checked) {
                if (Double.isNaN(v) || Double.isInfinite(v)) {
                    outcome = org.skycrane.sim.Outcome.NUMERICAL_FAILURE.name();
                    reason = "non-finite touchdown or deploy figure";
                }
            }
        }
        return new CaseResult(c.caseId(), c.seed(), outcome, time, lat, lon, east, north, miss, vertical, horizontal,
                propellant, mach, q, height, r.peaks().decelerationEarthG(), r.peaks().heatRate() / 1e4, c.profile(),
                c.drawn(), reason);
    }

    static CaseResult failed(long k, long seed, double[] drawn, int profile, String reason) {
        double n = Double.NaN;
        return new CaseResult(k, seed, EXCEPTION, n, n, n, n, n, n, n, n, n, n, n, n, n, n, profile, drawn, reason);
    }

    /** Whether the rover touched down (a landing point exists). */
    public boolean touchedDown() {
        return Double.isFinite(east) && Double.isFinite(north);
    }

    /** The CSV header line (no newline). */
    public static String header() {
        List<String> all = new ArrayList<>(FIXED);
        all.addAll(Case.columns());
        all.add("reason");
        return String.join(",", all);
    }

    /** This result as one CSV line (no newline). */
    public String toCsv() {
        StringBuilder b = new StringBuilder(400);
        b.append(caseId).append(',').append(seed).append(',').append(outcome);
        for (double v : new double[] {touchdownTime, latitudeDeg, longitudeDeg, east, north, miss, verticalSpeed,
                horizontalSpeed, propellant, deployMach, deployPressure, deployHeight, peakDeceleration, peakHeatRate}) {
            b.append(',').append(number(v));
        }
        b.append(',').append(profile);
        for (double v : drawn) {
            b.append(',').append(number(v));
        }
        b.append(',').append(quote(reason));
        return b.toString();
    }

    /** Parses a line written by {@link #toCsv()}. */
    public static CaseResult parse(String line) {
        List<String> f = split(line);
        int fixed = FIXED.size();
        int expected = fixed + Draw.ALL.size() + 1;
        if (f.size() != expected) {
            throw new IllegalArgumentException("expected " + expected + " fields, got " + f.size());
        }
        double[] drawn = new double[Draw.ALL.size()];
        for (int i = 0; i < drawn.length; i++) {
            drawn[i] = parseNumber(f.get(fixed + i));
        }
        return new CaseResult(Long.parseLong(f.get(0)), Long.parseLong(f.get(1)), f.get(2),
                parseNumber(f.get(3)), parseNumber(f.get(4)), parseNumber(f.get(5)), parseNumber(f.get(6)),
                parseNumber(f.get(7)), parseNumber(f.get(8)), parseNumber(f.get(9)), parseNumber(f.get(10)),
                parseNumber(f.get(11)), parseNumber(f.get(12)), parseNumber(f.get(13)), parseNumber(f.get(14)),
                parseNumber(f.get(15)), parseNumber(f.get(16)), Integer.parseInt(f.get(17)), drawn,
                f.get(expected - 1));
    }

    static String number(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }

    static double parseNumber(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    private static String quote(String s) {
        if (s.isEmpty()) {
            return "";
        }
        String flat = s.replace('\n', ' ').replace('\r', ' ');
        return '"' + flat.replace("\"", "\"\"") + '"';
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "case %d: %s", caseId, outcome);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseResult r && r.toCsv().equals(toCsv());
    }

    @Override
    public int hashCode() {
        return toCsv().hashCode();
    }
}
