package org.skycrane.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * One published figure.
     *
     * @param event     event name
     * @param quantity  which quantity (see SOURCES.md beside the tables)
     * @param value     published value
     * @param unit      its unit
     * @param tolerance accepted difference
     * @param source    where it comes from
     * @param tag       confidence tag (P, S, D)
     */
    public record Row(String event, String quantity, double value, String unit, double tolerance, String source,
                      String tag) {
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
                        Double.parseDouble(f.get(4)), f.get(5), f.get(6)));
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
        EdlEvent e = EdlEvent.valueOf(event);
        Optional<EventRecord> record = result.timeline().first(e);
        if (record.isEmpty()) {
            return Double.NaN;
        }
        var c = record.get().conditions();
        return switch (quantity) {
            case "t_s" -> c.time();
            case "height_above_ground_m" -> c.heightAboveGround();
            case "altitude_m" -> c.altitude();
            case "speed_mps" -> c.speed();
            case "t_after_deploy_s" -> c.time() - result.timeline().timeOf(EdlEvent.PARACHUTE_DEPLOY);
            case "t_after_sky_crane_s" -> c.time() - result.timeline().timeOf(EdlEvent.SKY_CRANE_START);
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
