package org.skycrane.sim.montecarlo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import org.skycrane.flight.EdlEvent;
import org.skycrane.mars.Geodesy;
import org.skycrane.scenario.FaultSpec;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.EventRecord;
import org.skycrane.sim.FlightOptions;
import org.skycrane.sim.Outcome;
import org.skycrane.sim.Result;
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
 * @param outcome          how the case ended; {@link Outcome#ERROR} when its simulation threw
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
 * @param slopeDeg         slope of the ground under the rover at touchdown (deg)
 * @param rockHeight       tallest rock under the rover at touchdown (m)
 * @param safe             whether the ground under the rover was safe; null without a touchdown
 * @param profile          Mars-GRAM profile flown, or −1
 * @param drawn            dispersion values drawn, in the order of {@link Case#columns()}
 * @param reason           why a case did not land, or empty
 * @param faults           the kinds of fault the case suffered, joined by '+' in the order injected, or empty
 */
public record CaseResult(long caseId, long seed, Outcome outcome, double touchdownTime, double latitudeDeg,
                         double longitudeDeg, double east, double north, double miss, double verticalSpeed,
                         double horizontalSpeed, double propellant, double deployMach, double deployPressure,
                         double deployHeight, double peakDeceleration, double peakHeatRate, double slopeDeg,
                         double rockHeight, Boolean safe, int profile,
                         double[] drawn, String reason, String faults) {

    public CaseResult {
        faults = faults == null ? "" : faults;
    }

    /** A row of a case without faults. */
    public CaseResult(long caseId, long seed, Outcome outcome, double touchdownTime, double latitudeDeg,
                      double longitudeDeg, double east, double north, double miss, double verticalSpeed,
                      double horizontalSpeed, double propellant, double deployMach, double deployPressure,
                      double deployHeight, double peakDeceleration, double peakHeatRate, double slopeDeg,
                      double rockHeight, Boolean safe, int profile, double[] drawn, String reason) {
        this(caseId, seed, outcome, touchdownTime, latitudeDeg, longitudeDeg, east, north, miss, verticalSpeed,
                horizontalSpeed, propellant, deployMach, deployPressure, deployHeight, peakDeceleration, peakHeatRate,
                slopeDeg, rockHeight, safe, profile, drawn, reason, "");
    }

    /** The kinds of fault in this case, in order; empty without faults. */
    public List<String> faultKinds() {
        return faults.isEmpty() ? List.of() : List.of(faults.split("\\+"));
    }

    private static final List<String> FIXED = List.of("case", "seed", "outcome", "touchdown_time_s",
            "touchdown_lat_deg", "touchdown_lon_deg", "east_m", "north_m", "miss_m", "vertical_speed_mps",
            "horizontal_speed_mps", "propellant_kg", "deploy_mach", "deploy_q_pa", "deploy_height_m",
            "peak_decel_g", "peak_heat_w_per_cm2", "touchdown_slope_deg", "touchdown_rock_height_m", "touchdown_safe",
            "mars_gram_profile");

    /** Flies case {@code k} of campaign seed {@code seed}; never throws: a failure is a result. */
    public static CaseResult fly(Scenario nominal, long seed, long k) {
        Case c;
        try {
            c = Case.of(nominal, seed, k);
        } catch (RuntimeException e) {
            return failed(k, seed, new double[Draw.ALL.size()], -1, "drawing the case: " + describe(e));
        }
        try {
            Result r = new Simulation(nominal, c.truth(), FlightOptions.campaignCase()).run();
            return of(nominal, c, r);
        } catch (RuntimeException | StackOverflowError e) {
            CaseResult f = failed(k, seed, c.drawn(), c.profile(), describe(e));
            return new CaseResult(k, seed, f.outcome, f.touchdownTime, f.latitudeDeg, f.longitudeDeg, f.east, f.north,
                    f.miss, f.verticalSpeed, f.horizontalSpeed, f.propellant, f.deployMach, f.deployPressure,
                    f.deployHeight, f.peakDeceleration, f.peakHeatRate, f.slopeDeg, f.rockHeight, f.safe, f.profile,
                    f.drawn, f.reason, kinds(c.truth().faults(nominal)));
        }
    }

    /** The class and message of what a case threw, for its {@code reason}. */
    static String describe(Throwable e) {
        return e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
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
        Outcome outcome = r.outcome();
        String reason = r.reason() == null ? "" : r.reason();
        if (td != null) {
            for (double v : checked) {
                if (Double.isNaN(v) || Double.isInfinite(v)) {
                    outcome = Outcome.NUMERICAL_FAILURE;
                    reason = "non-finite touchdown or deploy figure";
                }
            }
        }
        return new CaseResult(c.caseId(), c.seed(), outcome, time, lat, lon, east, north, miss, vertical, horizontal,
                propellant, mach, q, height, r.peaks().decelerationEarthG(), r.peaks().heatRate() / 1e4,
                td == null ? nan : Math.toDegrees(td.slope()), td == null ? nan : td.rockHeight(),
                td == null ? null : td.safe(), c.profile(), c.drawn(), reason, kinds(c.truth().faults(nominal)));
    }

    private static String kinds(List<FaultSpec> faults) {
        return String.join("+", faults.stream().map(FaultSpec::kind).toList());
    }

    static CaseResult failed(long k, long seed, double[] drawn, int profile, String reason) {
        double n = Double.NaN;
        return new CaseResult(k, seed, Outcome.ERROR, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, null, profile,
                drawn, reason);
    }

    /** Whether the rover touched down (a landing point exists). */
    public boolean touchedDown() {
        return Double.isFinite(east) && Double.isFinite(north);
    }

    /** The CSV header line (no newline). */
    public static String header() {
        List<String> all = new ArrayList<>(FIXED);
        all.addAll(Case.columns());
        all.add("faults");
        all.add("reason");
        all.add("crc32");
        return String.join(",", all);
    }

    /** This result as one CSV line (no newline). */
    public String toCsv() {
        StringBuilder b = new StringBuilder(400);
        b.append(caseId).append(',').append(seed).append(',').append(outcome.name());
        for (double v : new double[] {touchdownTime, latitudeDeg, longitudeDeg, east, north, miss, verticalSpeed,
                horizontalSpeed, propellant, deployMach, deployPressure, deployHeight, peakDeceleration, peakHeatRate,
                slopeDeg, rockHeight}) {
            b.append(',').append(number(v));
        }
        b.append(',').append(safe == null ? "" : safe.toString());
        b.append(',').append(profile);
        for (double v : drawn) {
            b.append(',').append(number(v));
        }
        b.append(',').append(faults);
        b.append(',').append(quote(reason));
        String body = b.toString();
        return body + ',' + checksum(body);
    }

    /**
     * Parses a line written by {@link #toCsv()}.
     *
     * @throws IllegalArgumentException saying what is wrong when the line is not a whole, intact row
     *                                  (wrong field count, a number that does not parse, an unknown
     *                                  outcome, or a checksum that does not match the row)
     */
    public static CaseResult parse(String line) {
        int cut = line.lastIndexOf(',');
        if (cut < 0) {
            throw new IllegalArgumentException("not a row of " + CasesFile.NAME);
        }
        String body = line.substring(0, cut);
        if (!line.substring(cut + 1).equals(checksum(body))) {
            throw new IllegalArgumentException("checksum does not match the row (torn or edited)");
        }
        List<String> f = split(body);
        int fixed = FIXED.size();
        int expected = fixed + Draw.ALL.size() + 2;
        if (f.size() != expected) {
            throw new IllegalArgumentException("expected " + (expected + 1) + " fields, got " + (f.size() + 1));
        }
        double[] drawn = new double[Draw.ALL.size()];
        Outcome outcome;
        try {
            outcome = Outcome.valueOf(f.get(2));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown outcome '" + f.get(2) + "'");
        }
        try {
            for (int i = 0; i < drawn.length; i++) {
                drawn[i] = parseNumber(f.get(fixed + i));
            }
            return new CaseResult(Long.parseLong(f.get(0)), Long.parseLong(f.get(1)), outcome,
                    parseNumber(f.get(3)), parseNumber(f.get(4)), parseNumber(f.get(5)), parseNumber(f.get(6)),
                    parseNumber(f.get(7)), parseNumber(f.get(8)), parseNumber(f.get(9)), parseNumber(f.get(10)),
                    parseNumber(f.get(11)), parseNumber(f.get(12)), parseNumber(f.get(13)), parseNumber(f.get(14)),
                    parseNumber(f.get(15)), parseNumber(f.get(16)), parseNumber(f.get(17)), parseNumber(f.get(18)),
                    parseSafe(f.get(19)), Integer.parseInt(f.get(20)), drawn,
                    f.get(expected - 1), f.get(expected - 2));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a field is not a number (" + e.getMessage() + ")");
        }
    }

    /** CRC-32 of a row's text before its last field, as 8 hex digits: a torn or edited row does not match. */
    static String checksum(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return String.format(Locale.ROOT, "%08x", crc.getValue());
    }

    private static Boolean parseSafe(String s) {
        return switch (s) {
            case "" -> null;
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new NumberFormatException("touchdown_safe '" + s + "' is not true, false or empty");
        };
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
