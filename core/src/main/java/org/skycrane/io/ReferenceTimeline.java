package org.skycrane.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.skycrane.flight.EdlEvent;
import org.skycrane.sim.EventRecord;
import org.skycrane.sim.Impact;
import org.skycrane.sim.Result;

/**
 * Published EDL figures with tolerances (from {@code org/skycrane/reference/<scenario>-timeline.csv})
 * and the same quantities measured on a run. The nominal-run tests and {@code skycrane validate}
 * read the same table.
 */
public final class ReferenceTimeline {

    /** What a row proves (see SOURCES.md beside the tables). */
    public enum Basis {
        /** Predicted by the model; the tolerance is an acceptance criterion. */
        VALIDATED,
        /** A preset value was chosen to reproduce it. */
        FITTED,
        /** It follows from an input. */
        CONSTRUCTION,
        /** Shown beside the model, not asserted. */
        COMPARED;

        /** Whether a test asserts rows of this basis. */
        public boolean asserted() {
            return this != COMPARED;
        }
    }

    /**
     * One published figure.
     *
     * @param event     event name, or PEAKS, POWERED_DESCENT, IMPACT:body
     * @param quantity  which quantity (see SOURCES.md beside the tables)
     * @param value     published value
     * @param unit      its unit
     * @param tolerance accepted difference
     * @param basis     what the row proves
     * @param tag       confidence tag (P, S, D)
     * @param source    where it comes from
     */
    public record Row(String event, String quantity, double value, String unit, double tolerance, Basis basis,
                      String tag, String source) {
    }

    /**
     * A published figure beside the run's.
     *
     * @param row      the published figure
     * @param measured the run's value (NaN when the event did not happen)
     */
    public record Comparison(Row row, double measured) {
        /** Whether the run is within tolerance. */
        public boolean passes() {
            return Math.abs(measured - row.value()) <= row.tolerance();
        }

        /** Model minus published. */
        public double difference() {
            return measured - row.value();
        }

        /** The difference as a percentage of the published value. */
        public double percent() {
            return 100 * difference() / row.value();
        }
    }

    private ReferenceTimeline() {
    }

    /** Whether a built-in reference table exists for {@code scenario}. */
    public static boolean exists(String scenario) {
        return ReferenceTimeline.class.getResource(resource(scenario)) != null;
    }

    /** The published rows for a built-in scenario. */
    public static List<Row> rows(String scenario) {
        try (InputStream in = ReferenceTimeline.class.getResourceAsStream(resource(scenario))) {
            if (in == null) {
                throw new IllegalArgumentException("no reference timeline for " + scenario);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = splitCsv(line);
                rows.add(new Row(f.get(0), f.get(1), Double.parseDouble(f.get(2)), f.get(3),
                        Double.parseDouble(f.get(4)), Basis.valueOf(f.get(5).toUpperCase(Locale.ROOT)), f.get(6),
                        f.get(7)));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every published figure beside the run's value. */
    public static List<Comparison> compare(String scenario, Result result) {
        List<Comparison> out = new ArrayList<>();
        for (Row row : rows(scenario)) {
            out.add(new Comparison(row, measure(result, row.event(), row.quantity())));
        }
        return out;
    }

    /** The value of {@code quantity} at {@code event} in a run; NaN when it did not happen. */
    public static double measure(Result result, String event, String quantity) {
        if (event.equals("PEAKS")) {
            return switch (quantity) {
                case "deceleration_g" -> result.peaks().decelerationEarthG();
                case "parachute_load_n" -> result.peaks().parachuteLoad();
                case "parachute_inflation_g" -> result.peaks().parachuteInflationG();
                default -> throw new IllegalArgumentException("unknown peak " + quantity);
            };
        }
        if (event.equals("POWERED_DESCENT") && quantity.equals("propellant_used_kg")) {
            return SummaryWriter.propellantAt(result, EdlEvent.POWERED_DESCENT_START)
                    - SummaryWriter.propellantAt(result, EdlEvent.BRIDLE_CUT);
        }
        if (event.startsWith("IMPACT:")) {
            String body = event.substring("IMPACT:".length());
            Optional<Impact> impact = result.impacts().stream().filter(i -> i.body().equals(body)).findFirst();
            return impact.map(i -> switch (quantity) {
                case "t_s" -> i.time();
                case "speed_mps" -> i.speed();
                case "distance_from_rover_m" -> i.distanceFromRover();
                default -> throw new IllegalArgumentException("unknown impact quantity " + quantity);
            }).orElse(Double.NaN);
        }
        EdlEvent e = EdlEvent.valueOf(event);
        Optional<EventRecord> record = result.timeline().first(e);
        if (record.isEmpty()) {
            return Double.NaN;
        }
        var c = record.get().conditions();
        if (quantity.startsWith("t_after_") || quantity.startsWith("t_before_")) {
            boolean after = quantity.startsWith("t_after_");
            String other = quantity.substring(after ? 8 : 9, quantity.length() - 2).toUpperCase(Locale.ROOT);
            double since = c.time() - result.timeline().timeOf(EdlEvent.valueOf(other));
            return after ? since : -since;
        }
        return switch (quantity) {
            case "t_s" -> c.time();
            case "height_above_ground_m" -> c.heightAboveGround();
            case "altitude_m" -> c.altitude();
            case "speed_mps" -> c.speed();
            case "mach" -> c.mach();
            case "dynamic_pressure_pa" -> c.dynamicPressure();
            case "propellant_kg" -> record.get().propellant();
            case "vertical_speed_mps" -> result.touchdown() == null ? Double.NaN : result.touchdown().verticalSpeed();
            case "distance_from_rover_m" -> result.impacts().stream().filter(i -> i.body().equals("descent_stage"))
                    .mapToDouble(Impact::distanceFromRover).findFirst().orElse(Double.NaN);
            default -> throw new IllegalArgumentException("unknown quantity " + quantity);
        };
    }

    private static String resource(String scenario) {
        return "/org/skycrane/reference/" + scenario + "-timeline.csv";
    }

    private static List<String> splitCsv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        fields.add(current.toString());
        return fields;
    }
}
